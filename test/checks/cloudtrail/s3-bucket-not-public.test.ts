import { CloudTrailClient, DescribeTrailsCommand } from '@aws-sdk/client-cloudtrail';
import { GetBucketAclCommand, GetBucketPolicyCommand, GetPublicAccessBlockCommand, ListBucketsCommand, S3Client } from '@aws-sdk/client-s3';
import { GetPublicAccessBlockCommand as GetAccountPublicAccessBlockCommand, S3ControlClient } from '@aws-sdk/client-s3-control';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import check from '../../../checks/cloudtrail/s3-bucket-not-public.js';
import { awsError } from '../../harness/aws.js';
import { runCheck } from '../../harness/run-check.js';
import { trail } from './fixtures.js';

const ct = mockClient(CloudTrailClient);
const s3 = mockClient(S3Client);
const s3c = mockClient(S3ControlClient);
const ALL_USERS = 'http://acs.amazonaws.com/groups/global/AllUsers';
beforeEach(() => {
  ct.reset();
  s3.reset();
  s3c.reset();
  s3c.on(GetAccountPublicAccessBlockCommand).rejects(awsError('NoSuchPublicAccessBlockConfiguration', { status: 404 }));
  s3.on(GetPublicAccessBlockCommand).rejects(awsError('NoSuchPublicAccessBlockConfiguration', { status: 404 }));
  s3.on(GetBucketPolicyCommand).rejects(awsError('NoSuchBucketPolicy', { status: 404 }));
  s3.on(GetBucketAclCommand).resolves({ Grants: [] });
});

describe('cloudtrail.s3-bucket-not-public', () => {
  it('FAIL for a trail bucket readable by AllUsers; PASS for a private one', async () => {
    ct.on(DescribeTrailsCommand).resolves({ trailList: [trail('open', { S3BucketName: 'open-logs' }), trail('closed', { S3BucketName: 'closed-logs' })] });
    s3.on(ListBucketsCommand).resolves({ Buckets: [{ Name: 'open-logs', BucketRegion: 'us-east-1' }, { Name: 'closed-logs', BucketRegion: 'us-east-1' }] });
    s3.on(GetBucketAclCommand, { Bucket: 'open-logs' }).resolves({ Grants: [{ Grantee: { Type: 'Group', URI: ALL_USERS }, Permission: 'READ' }] });
    expect(await runCheck(check)).toMatchObject([
      { status: 'PASS', resource: { id: 'closed' }, evidence: { S3BucketName: 'closed-logs' } },
      { status: 'FAIL', resource: { id: 'open' }, message: expect.stringContaining('READ to AllUsers'), srm: { duty: 'incident-response' } },
    ]);
  });

  it('FAIL for a policy granting Principal "*" (string form) s3:GetObject; Block Public Access neutralises it', async () => {
    ct.on(DescribeTrailsCommand).resolves({ trailList: [trail('t', { S3BucketName: 'b' })] });
    s3.on(ListBucketsCommand).resolves({ Buckets: [{ Name: 'b', BucketRegion: 'us-east-1' }] });
    s3.on(GetBucketPolicyCommand).resolves({ Policy: JSON.stringify({ Version: '2012-10-17', Statement: [{ Sid: 'Everyone', Effect: 'Allow', Principal: '*', Action: 's3:GetObject', Resource: 'arn:aws:s3:::b/*' }] }) });
    expect(await runCheck(check)).toMatchObject([{ status: 'FAIL', message: expect.stringContaining('Everyone') }]);
    s3c.on(GetAccountPublicAccessBlockCommand).resolves({ PublicAccessBlockConfiguration: { BlockPublicAcls: true, IgnorePublicAcls: true, BlockPublicPolicy: true, RestrictPublicBuckets: true } });
    expect(await runCheck(check)).toMatchObject([{ status: 'PASS', evidence: { RestrictPublicBuckets: true } }]);
  });

  it('ERROR for a bucket in another account and for a denied ACL read', async () => {
    ct.on(DescribeTrailsCommand).resolves({ trailList: [trail('org', { S3BucketName: 'archive' }), trail('t', { S3BucketName: 'b' })] });
    s3.on(ListBucketsCommand).resolves({ Buckets: [{ Name: 'b', BucketRegion: 'us-east-1' }] });
    s3.on(GetBucketAclCommand).rejects(awsError('AccessDenied', { status: 403 }));
    expect(await runCheck(check)).toMatchObject([
      { status: 'ERROR', resource: { id: 'org' }, message: expect.stringContaining('archive') },
      { status: 'ERROR', resource: { id: 't' }, message: expect.stringContaining('s3:GetBucketAcl') },
    ]);
  });
});
