import type { SecretListEntry } from '@aws-sdk/client-secrets-manager';
import { TEST_ACCOUNT } from '../../harness/aws.js';

export const NOW = new Date('2026-12-01T12:00:00Z');
export const daysAgo = (n: number) => new Date(NOW.getTime() - n * 86_400_000);
export const secretArn = (name: string, region = 'us-east-1') => `arn:aws:secretsmanager:${region}:${TEST_ACCOUNT}:secret:${name}-AbCdEf`;

/** A ListSecrets entry as AWS returns it for a secret without rotation, created 10 days before NOW. */
export function secret(name: string, extra: Partial<SecretListEntry> = {}, region = 'us-east-1'): SecretListEntry {
  return {
    ARN: secretArn(name, region),
    Name: name,
    CreatedDate: daysAgo(10),
    LastChangedDate: daysAgo(10),
    SecretVersionsToStages: { 'a1b2c3d4-5678-90ab-cdef-EXAMPLE11111': ['AWSCURRENT'] },
    PrimaryRegion: region,
    ...extra,
  };
}

/** Rotation configured with a Lambda function every 30 days, last run `days` ago. */
export const rotating = (days: number): Partial<SecretListEntry> => ({
  RotationEnabled: true,
  RotationLambdaARN: `arn:aws:lambda:us-east-1:${TEST_ACCOUNT}:function:rotate`,
  RotationRules: { AutomaticallyAfterDays: 30 },
  LastRotatedDate: daysAgo(days),
});
