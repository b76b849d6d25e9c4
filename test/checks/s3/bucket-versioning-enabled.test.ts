import { GetBucketVersioningCommand, ListBucketsCommand, S3Client } from '@aws-sdk/client-s3';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import check from '../../../checks/s3/bucket-versioning-enabled.js';
import { awsError } from '../../harness/aws.js';
import { runCheck } from '../../harness/run-check.js';

const s3 = mockClient(S3Client);
beforeEach(() => s3.reset());
const buckets = (...names: string[]) => s3.on(ListBucketsCommand).resolves({ Buckets: names.map((Name) => ({ Name, BucketRegion: 'us-east-1' })) });

describe('s3.bucket-versioning-enabled', () => {
  it('PASS Enabled; FAIL Suspended and never versioned (no Status element)', async () => {
    buckets('on', 'paused', 'never');
    s3.on(GetBucketVersioningCommand, { Bucket: 'on' }).resolves({ Status: 'Enabled' })
      .on(GetBucketVersioningCommand, { Bucket: 'paused' }).resolves({ Status: 'Suspended' })
      .on(GetBucketVersioningCommand, { Bucket: 'never' }).resolves({});
    expect(await runCheck(check)).toMatchObject([
      { status: 'FAIL', resource: { id: 'never' }, evidence: { Status: null } },
      { status: 'PASS', resource: { id: 'on', type: 'AWS::S3::Bucket' }, evidence: { Status: 'Enabled' }, srm: { duty: 'incident-response', serviceModel: 'SaaS' } },
      { status: 'FAIL', resource: { id: 'paused' }, evidence: { Status: 'Suspended' } },
    ]);
  });

  it('ERROR naming s3:GetBucketVersioning for the bucket that cannot be read', async () => {
    buckets('denied');
    s3.on(GetBucketVersioningCommand).rejects(awsError('AccessDenied'));
    expect(await runCheck(check)).toMatchObject([{ status: 'ERROR', resource: { id: 'denied' }, message: expect.stringContaining('s3:GetBucketVersioning') }]);
  });
});
