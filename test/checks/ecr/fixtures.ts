import type { Repository } from '@aws-sdk/client-ecr';

export const ACCOUNT = '111122223333';

/** A repository as DescribeRepositories returns it (AWS defaults: MUTABLE, no scan on push, AES256). */
export function repo(name: string, extra: Partial<Repository> = {}): Repository {
  return {
    repositoryArn: `arn:aws:ecr:us-east-1:${ACCOUNT}:repository/${name}`,
    registryId: ACCOUNT,
    repositoryName: name,
    repositoryUri: `${ACCOUNT}.dkr.ecr.us-east-1.amazonaws.com/${name}`,
    createdAt: new Date('2026-01-10T00:00:00Z'),
    imageTagMutability: 'MUTABLE',
    imageScanningConfiguration: { scanOnPush: false },
    encryptionConfiguration: { encryptionType: 'AES256' },
    ...extra,
  };
}

export const policyText = (statements: object[]) => JSON.stringify({ Version: '2012-10-17', Statement: statements });
