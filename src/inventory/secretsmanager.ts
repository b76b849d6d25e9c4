import type { SecretListEntry } from '@aws-sdk/client-secrets-manager';
import type { Aws } from '../aws/call.js';
import { parseOrInvalid } from '../aws/invalid-data.js';
import { parsePolicyDocument, type PolicyDocument } from '../lib/iam-policy.js';
import { memo } from './memo.js';

/** Memoized Secrets Manager data sets of one account. Metadata only: the scan never reads a secret value. */
export function secretsmanagerInventory(aws: Aws) {
  return {
    /**
     * The region's secrets (not those scheduled for deletion), 100 a page: rotation settings,
     * LastRotatedDate, LastAccessedDate (a date, omitted when never retrieved), CreatedDate,
     * OwningService and PrimaryRegion in one bulk call.
     */
    secrets: memo((region: string): Promise<SecretListEntry[]> =>
      aws.paginate('secretsmanager', region, 'ListSecrets', (NextToken) => ({ MaxResults: 100, ...(NextToken ? { NextToken } : {}) }), (o) => ({
        items: o.SecretList,
        next: o.NextToken,
      }))),

    /** The parsed resource-based policy of one secret; null when it has none. Unparseable is an error. */
    secretPolicy: memo(async (region: string, secretArn: string): Promise<PolicyDocument | null> => {
      const out = await aws.send('secretsmanager', region, 'GetResourcePolicy', { SecretId: secretArn });
      if (!out.ResourcePolicy) return null;
      return parseOrInvalid({ service: 'secretsmanager', operation: 'GetResourcePolicy', account: aws.account, region }, `policy of ${secretArn}`, () => parsePolicyDocument(out.ResourcePolicy!));
    }),
  };
}

export type SecretsmanagerInventory = ReturnType<typeof secretsmanagerInventory>;
