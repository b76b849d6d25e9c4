import { CloudTrailClient, DescribeTrailsCommand } from '@aws-sdk/client-cloudtrail';
import { GetObjectLockConfigurationCommand, ListBucketsCommand, S3Client } from '@aws-sdk/client-s3';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import check from '../../../checks/cloudtrail/s3-bucket-object-lock.js';
import { awsError } from '../../harness/aws.js';
import { runCheck } from '../../harness/run-check.js';
import { trail } from './fixtures.js';

const ct = mockClient(CloudTrailClient);
const s3 = mockClient(S3Client);
beforeEach(() => {
  ct.reset();
  s3.reset();
});
const buckets = (...names: string[]) => s3.on(ListBucketsCommand).resolves({ Buckets: names.map((Name) => ({ Name, BucketRegion: 'us-east-1' })) });

describe('cloudtrail.s3-bucket-object-lock', () => {
  it('PASS with a long enough default retention (days or years); FAIL without lock, without a rule, or too short', async () => {
    ct.on(DescribeTrailsCommand).resolves({ trailList: ['days', 'years', 'none', 'norule', 'short'].map((n) => trail(n, { S3BucketName: `${n}-b` })) });
    buckets('days-b', 'years-b', 'none-b', 'norule-b', 'short-b');
    s3.on(GetObjectLockConfigurationCommand, { Bucket: 'days-b' }).resolves({ ObjectLockConfiguration: { ObjectLockEnabled: 'Enabled', Rule: { DefaultRetention: { Mode: 'COMPLIANCE', Days: 400 } } } });
    s3.on(GetObjectLockConfigurationCommand, { Bucket: 'years-b' }).resolves({ ObjectLockConfiguration: { ObjectLockEnabled: 'Enabled', Rule: { DefaultRetention: { Mode: 'GOVERNANCE', Years: 1 } } } });
    s3.on(GetObjectLockConfigurationCommand, { Bucket: 'none-b' }).rejects(awsError('ObjectLockConfigurationNotFoundError', { status: 404 }));
    s3.on(GetObjectLockConfigurationCommand, { Bucket: 'norule-b' }).resolves({ ObjectLockConfiguration: { ObjectLockEnabled: 'Enabled' } });
    s3.on(GetObjectLockConfigurationCommand, { Bucket: 'short-b' }).resolves({ ObjectLockConfiguration: { ObjectLockEnabled: 'Enabled', Rule: { DefaultRetention: { Mode: 'COMPLIANCE', Days: 30 } } } });
    const findings = await runCheck(check);
    expect(Object.fromEntries(findings.map((f) => [f.resource.id, f.status]))).toEqual({ days: 'PASS', years: 'PASS', none: 'FAIL', norule: 'FAIL', short: 'FAIL' });
    expect(findings.find((f) => f.resource.id === 'none')).toMatchObject({ message: expect.stringContaining('does not have Object Lock'), evidence: { ObjectLockEnabled: null }, srm: { duty: 'incident-response' } });
    expect(findings.find((f) => f.resource.id === 'norule')).toMatchObject({ message: expect.stringContaining('no default retention') });
    expect(findings.find((f) => f.resource.id === 'years')).toMatchObject({ evidence: { Mode: 'GOVERNANCE', Years: 1 } });
  });

  it('the minimum comes from config', async () => {
    ct.on(DescribeTrailsCommand).resolves({ trailList: [trail('t', { S3BucketName: 'b' })] });
    buckets('b');
    s3.on(GetObjectLockConfigurationCommand).resolves({ ObjectLockConfiguration: { ObjectLockEnabled: 'Enabled', Rule: { DefaultRetention: { Mode: 'COMPLIANCE', Days: 90 } } } });
    expect(await runCheck(check, { options: { minRetentionDays: 90 } })).toMatchObject([{ status: 'PASS' }]);
  });

  it('ERROR when the bucket is in another account, and when the configuration is denied', async () => {
    ct.on(DescribeTrailsCommand).resolves({ trailList: [trail('org', { S3BucketName: 'archive' }), trail('t', { S3BucketName: 'b' })] });
    buckets('b');
    s3.on(GetObjectLockConfigurationCommand).rejects(awsError('AccessDenied', { status: 403 }));
    expect(await runCheck(check)).toMatchObject([
      { status: 'ERROR', resource: { id: 'org' }, message: expect.stringContaining('archive') },
      { status: 'ERROR', resource: { id: 't' }, message: expect.stringContaining('s3:GetBucketObjectLockConfiguration') },
    ]);
  });
});
