import { GetBucketLoggingCommand, ListBucketsCommand, S3Client } from '@aws-sdk/client-s3';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import check from '../../../checks/s3/bucket-access-logging-enabled.js';
import { awsError } from '../../harness/aws.js';
import { runCheck } from '../../harness/run-check.js';

const s3 = mockClient(S3Client);
beforeEach(() => s3.reset());

const buckets = (...names: string[]) => s3.on(ListBucketsCommand).resolves({ Buckets: names.map((Name) => ({ Name, BucketRegion: 'us-east-1' })) });

describe('s3.bucket-access-logging-enabled', () => {
  it('PASS with a target bucket; FAIL when GetBucketLogging returns no LoggingEnabled', async () => {
    buckets('data', 'scratch');
    s3.on(GetBucketLoggingCommand, { Bucket: 'data' }).resolves({ LoggingEnabled: { TargetBucket: 'access-logs', TargetPrefix: 'data/' } })
      .on(GetBucketLoggingCommand, { Bucket: 'scratch' }).resolves({});
    expect(await runCheck(check)).toMatchObject([
      { status: 'PASS', resource: { id: 'data', arn: 'arn:aws:s3:::data' }, srm: { layer: 'operations', duty: 'logging', owner: 'customer' }, evidence: { TargetBucket: 'access-logs', TargetPrefix: 'data/' } },
      { status: 'FAIL', resource: { id: 'scratch' }, evidence: { LoggingEnabled: null } },
    ]);
  });

  it('ERROR naming s3:GetBucketLogging for the bucket that cannot be read', async () => {
    buckets('denied', 'data');
    s3.on(GetBucketLoggingCommand, { Bucket: 'denied' }).rejects(awsError('AccessDenied'))
      .on(GetBucketLoggingCommand, { Bucket: 'data' }).resolves({ LoggingEnabled: { TargetBucket: 'access-logs', TargetPrefix: '' } });
    expect(await runCheck(check)).toMatchObject([
      { status: 'PASS', resource: { id: 'data' } },
      { status: 'ERROR', resource: { id: 'denied' }, message: expect.stringContaining('s3:GetBucketLogging') },
    ]);
  });
});
