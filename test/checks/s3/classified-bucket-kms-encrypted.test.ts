import { GetBucketEncryptionCommand, GetBucketTaggingCommand, ListBucketsCommand, S3Client } from '@aws-sdk/client-s3';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import check from '../../../checks/s3/classified-bucket-kms-encrypted.js';
import { awsError } from '../../harness/aws.js';
import { runCheck } from '../../harness/run-check.js';

const s3 = mockClient(S3Client);
beforeEach(() => s3.reset());
const buckets = (...names: string[]) => s3.on(ListBucketsCommand).resolves({ Buckets: names.map((Name) => ({ Name, BucketRegion: 'us-east-1' })) });
const tagged = (Value: string) => ({ TagSet: [{ Key: 'data-classification', Value }] });
const sse = (SSEAlgorithm: 'AES256' | 'aws:kms' | 'aws:kms:dsse', KMSMasterKeyID?: string) => ({ ServerSideEncryptionConfiguration: { Rules: [{ ApplyServerSideEncryptionByDefault: { SSEAlgorithm, ...(KMSMasterKeyID ? { KMSMasterKeyID } : {}) } }] } });

describe('s3.classified-bucket-kms-encrypted', () => {
  it('PASS SSE-KMS, FAIL SSE-S3 for classified buckets; unclassified and untagged buckets are not judged', async () => {
    buckets('kms', 'sses3', 'public-site', 'untagged');
    s3.on(GetBucketTaggingCommand, { Bucket: 'kms' }).resolves(tagged('Confidential'))
      .on(GetBucketTaggingCommand, { Bucket: 'sses3' }).resolves(tagged('restricted'))
      .on(GetBucketTaggingCommand, { Bucket: 'public-site' }).resolves(tagged('public'))
      .on(GetBucketTaggingCommand, { Bucket: 'untagged' }).rejects(awsError('NoSuchTagSet'));
    s3.on(GetBucketEncryptionCommand, { Bucket: 'kms' }).resolves(sse('aws:kms', 'arn:aws:kms:us-east-1:111122223333:key/k'))
      .on(GetBucketEncryptionCommand, { Bucket: 'sses3' }).resolves(sse('AES256'));
    expect(await runCheck(check)).toMatchObject([
      { status: 'PASS', resource: { id: 'kms' }, evidence: { classification: { Key: 'data-classification', Value: 'Confidential' }, SSEAlgorithm: ['aws:kms'], KMSMasterKeyID: 'arn:aws:kms:us-east-1:111122223333:key/k' }, srm: { duty: 'data-encryption' } },
      { status: 'FAIL', resource: { id: 'sses3' }, evidence: { SSEAlgorithm: ['AES256'] } },
    ]);
    expect(s3.commandCalls(GetBucketEncryptionCommand)).toHaveLength(2);
  });

  it('FAIL when no default encryption is returned; the tag comes from the options', async () => {
    buckets('b');
    s3.on(GetBucketTaggingCommand).resolves({ TagSet: [{ Key: 'class', Value: 'pii' }] });
    s3.on(GetBucketEncryptionCommand).rejects(awsError('ServerSideEncryptionConfigurationNotFoundError'));
    expect(await runCheck(check, { options: { tagKey: 'class', tagValues: ['pii'] } })).toMatchObject([{ status: 'FAIL', evidence: { SSEAlgorithm: [] } }]);
  });

  it('ERROR naming s3:GetBucketTagging when the tags cannot be read', async () => {
    buckets('denied');
    s3.on(GetBucketTaggingCommand).rejects(awsError('AccessDenied'));
    expect(await runCheck(check)).toMatchObject([{ status: 'ERROR', resource: { id: 'denied' }, message: expect.stringContaining('s3:GetBucketTagging') }]);
  });
});
