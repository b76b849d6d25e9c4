import { DescribeRepositoriesCommand, ECRClient, ListTagsForResourceCommand } from '@aws-sdk/client-ecr';
import { DescribeKeyCommand, KMSClient } from '@aws-sdk/client-kms';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import check from '../../../checks/ecr/repository-cmk-encrypted.js';
import { awsError } from '../../harness/aws.js';
import { runCheck } from '../../harness/run-check.js';
import { ACCOUNT, repo } from './fixtures.js';

const ecr = mockClient(ECRClient);
const kms = mockClient(KMSClient);
beforeEach(() => {
  ecr.reset();
  kms.reset();
});
const CMK = `arn:aws:kms:us-east-1:${ACCOUNT}:key/1234abcd-12ab-34cd-56ef-1234567890ab`;
const AWS_ECR_KEY = `arn:aws:kms:us-east-1:${ACCOUNT}:key/0000aaaa-12ab-34cd-56ef-1234567890ab`;
const tags = (name: string, value?: string) => ecr.on(ListTagsForResourceCommand, { resourceArn: repo(name).repositoryArn }).resolves({ tags: value === undefined ? [] : [{ Key: 'Data-Classification', Value: value }] });

describe('ecr.repository-cmk-encrypted', () => {
  it('judges classified repositories only: customer key PASS; AES256, aws/ecr or an unnamed KMS key FAIL', async () => {
    ecr.on(DescribeRepositoriesCommand).resolves({
      repositories: [
        repo('cmk', { encryptionConfiguration: { encryptionType: 'KMS', kmsKey: CMK } }),
        repo('aes'),
        repo('managed', { encryptionConfiguration: { encryptionType: 'KMS', kmsKey: AWS_ECR_KEY } }),
        repo('unnamed', { encryptionConfiguration: { encryptionType: 'KMS_DSSE' } }),
        repo('public-images'),
        repo('untagged'),
      ],
    });
    tags('cmk', 'confidential');
    tags('aes', 'Restricted');
    tags('managed', 'confidential');
    tags('unnamed', 'restricted');
    tags('public-images', 'public');
    tags('untagged');
    kms.on(DescribeKeyCommand, { KeyId: '1234abcd-12ab-34cd-56ef-1234567890ab' }).resolves({ KeyMetadata: { KeyId: 'x', KeyManager: 'CUSTOMER' } });
    kms.on(DescribeKeyCommand, { KeyId: '0000aaaa-12ab-34cd-56ef-1234567890ab' }).resolves({ KeyMetadata: { KeyId: 'y', KeyManager: 'AWS' } });
    expect(await runCheck(check)).toMatchObject([
      { status: 'FAIL', resource: { id: 'aes' }, evidence: { 'data-classification': 'Restricted', encryptionType: 'AES256', kmsKey: null } },
      { status: 'PASS', resource: { id: 'cmk', arn: repo('cmk').repositoryArn }, evidence: { encryptionType: 'KMS', kmsKey: CMK, KeyManager: 'CUSTOMER' }, srm: { duty: 'data-encryption', serviceModel: 'PaaS', owner: 'customer' } },
      { status: 'FAIL', resource: { id: 'managed' }, evidence: { kmsKey: AWS_ECR_KEY, KeyManager: 'AWS' } },
      { status: 'FAIL', resource: { id: 'unnamed' }, evidence: { encryptionType: 'KMS_DSSE', kmsKey: null } },
    ]);
    expect(kms.commandCalls(DescribeKeyCommand)).toHaveLength(2);
  });

  it('the tag key and the classes are options', async () => {
    ecr.on(DescribeRepositoriesCommand).resolves({ repositories: [repo('aes')] });
    ecr.on(ListTagsForResourceCommand).resolves({ tags: [{ Key: 'class', Value: 'secret' }] });
    expect(await runCheck(check, { options: { classificationTag: 'class', cmkRequiredFor: ['secret'] } })).toMatchObject([{ status: 'FAIL', evidence: { class: 'secret' } }]);
  });

  it('ERROR for the repository whose tags or key cannot be read, naming the permission', async () => {
    ecr.on(DescribeRepositoriesCommand).resolves({ repositories: [repo('no-tags'), repo('no-key', { encryptionConfiguration: { encryptionType: 'KMS', kmsKey: CMK } })] });
    ecr.on(ListTagsForResourceCommand, { resourceArn: repo('no-tags').repositoryArn }).rejects(awsError('AccessDeniedException'));
    tags('no-key', 'confidential');
    kms.on(DescribeKeyCommand).rejects(awsError('AccessDeniedException'));
    expect(await runCheck(check)).toMatchObject([
      { status: 'ERROR', resource: { id: 'no-key' }, message: expect.stringContaining('kms:DescribeKey') },
      { status: 'ERROR', resource: { id: 'no-tags' }, message: expect.stringContaining('ecr:ListTagsForResource') },
    ]);
  });
});
