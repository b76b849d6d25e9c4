import { DescribeClusterCommand, EKSClient, ListClustersCommand } from '@aws-sdk/client-eks';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import check from '../../../checks/eks/secrets-encrypted-with-cmk.js';
import { awsError } from '../../harness/aws.js';
import { runCheck } from '../../harness/run-check.js';
import { ACCOUNT, eksCluster } from './fixtures.js';

const eks = mockClient(EKSClient);
beforeEach(() => eks.reset());

const KEY = `arn:aws:kms:us-east-1:${ACCOUNT}:key/1234abcd-12ab-34cd-56ef-1234567890ab`;
const clusters = {
  'a-cmk': eksCluster('a-cmk', { encryptionConfig: [{ resources: ['secrets'], provider: { keyArn: KEY } }] }),
  'b-default': eksCluster('b-default', { version: '1.33' }),
  'c-old': eksCluster('c-old', { version: '1.27', encryptionConfig: [] }),
};

describe('eks.secrets-encrypted-with-cmk', () => {
  it('PASS with a customer key for secrets; FAIL otherwise, saying whether the AWS-owned default applies', async () => {
    eks.on(ListClustersCommand).resolves({ clusters: Object.keys(clusters) });
    for (const [name, cluster] of Object.entries(clusters)) eks.on(DescribeClusterCommand, { name }).resolves({ cluster });
    expect(await runCheck(check)).toMatchObject([
      { status: 'PASS', resource: { id: 'a-cmk' }, evidence: { keyArn: KEY, resources: ['secrets'] } },
      { status: 'FAIL', resource: { id: 'b-default' }, evidence: { keyArn: null, version: '1.33', awsOwnedKeyDefaultEncryption: true } },
      { status: 'FAIL', resource: { id: 'c-old' }, evidence: { keyArn: null, version: '1.27', awsOwnedKeyDefaultEncryption: false } },
    ]);
  });

  it('ERROR naming the permission when DescribeCluster is denied', async () => {
    eks.on(ListClustersCommand).resolves({ clusters: ['x'] });
    eks.on(DescribeClusterCommand).rejects(awsError('AccessDeniedException'));
    expect(await runCheck(check)).toMatchObject([{ status: 'ERROR', resource: { id: 'x' }, message: expect.stringContaining('eks:DescribeCluster') }]);
  });
});
