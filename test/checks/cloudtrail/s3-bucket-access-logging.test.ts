import { CloudTrailClient, DescribeTrailsCommand } from '@aws-sdk/client-cloudtrail';
import { GetBucketLoggingCommand, ListBucketsCommand, S3Client } from '@aws-sdk/client-s3';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import check from '../../../checks/cloudtrail/s3-bucket-access-logging.js';
import { awsError } from '../../harness/aws.js';
import { runCheck } from '../../harness/run-check.js';
import { trail } from './fixtures.js';

const ct = mockClient(CloudTrailClient);
const s3 = mockClient(S3Client);
beforeEach(() => {
  ct.reset();
  s3.reset();
});

describe('cloudtrail.s3-bucket-access-logging', () => {
  it('PASS when the trail bucket logs access, FAIL when it does not', async () => {
    ct.on(DescribeTrailsCommand).resolves({ trailList: [trail('good', { S3BucketName: 'logged' }), trail('bad', { S3BucketName: 'unlogged' })] });
    s3.on(ListBucketsCommand).resolves({ Buckets: [{ Name: 'logged', BucketRegion: 'us-east-1' }, { Name: 'unlogged', BucketRegion: 'us-east-1' }] });
    s3.on(GetBucketLoggingCommand, { Bucket: 'logged' }).resolves({ LoggingEnabled: { TargetBucket: 'access-logs', TargetPrefix: 'logged/' } });
    s3.on(GetBucketLoggingCommand, { Bucket: 'unlogged' }).resolves({});
    expect(await runCheck(check)).toMatchObject([
      { status: 'FAIL', resource: { id: 'bad' }, evidence: { S3BucketName: 'unlogged', LoggingEnabled: null }, srm: { duty: 'incident-response' } },
      { status: 'PASS', resource: { id: 'good' }, evidence: { LoggingEnabled: { TargetBucket: 'access-logs' } } },
    ]);
  });

  it('ERROR, never PASS, when the bucket lives in another account', async () => {
    ct.on(DescribeTrailsCommand).resolves({ trailList: [trail('org', { S3BucketName: 'central-log-archive' })] });
    s3.on(ListBucketsCommand).resolves({ Buckets: [] });
    expect(await runCheck(check)).toMatchObject([{ status: 'ERROR', resource: { id: 'org' }, message: expect.stringContaining('central-log-archive'), evidence: { S3BucketName: 'central-log-archive' } }]);
  });

  it('ERROR for the trail whose bucket logging is denied', async () => {
    ct.on(DescribeTrailsCommand).resolves({ trailList: [trail('t', { S3BucketName: 'b' })] });
    s3.on(ListBucketsCommand).resolves({ Buckets: [{ Name: 'b', BucketRegion: 'us-east-1' }] });
    s3.on(GetBucketLoggingCommand).rejects(awsError('AccessDenied'));
    expect(await runCheck(check)).toMatchObject([{ status: 'ERROR', resource: { id: 't' }, message: expect.stringContaining('s3:GetBucketLogging') }]);
  });

  it('makes no S3 call in a region without trails homed there', async () => {
    ct.on(DescribeTrailsCommand).resolves({ trailList: [trail('t', { HomeRegion: 'eu-west-1' })] });
    expect(await runCheck(check, { region: 'us-east-1' })).toEqual([]);
    expect(s3.commandCalls(ListBucketsCommand)).toHaveLength(0);
  });
});
