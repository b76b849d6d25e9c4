import { GetBucketVersioningCommand, ListBucketsCommand, S3Client } from '@aws-sdk/client-s3';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import check from '../../../checks/s3/bucket-mfa-delete.js';
import { awsError } from '../../harness/aws.js';
import { runCheck } from '../../harness/run-check.js';

const s3 = mockClient(S3Client);
beforeEach(() => s3.reset());

const buckets = (...names: string[]) => s3.on(ListBucketsCommand).resolves({ Buckets: names.map((Name) => ({ Name, BucketRegion: 'us-east-1' })) });

describe('s3.bucket-mfa-delete', () => {
  it('PASS when versioning and MFA Delete are Enabled; FAIL otherwise', async () => {
    buckets('mfa', 'versioned', 'suspended', 'never');
    s3.on(GetBucketVersioningCommand, { Bucket: 'mfa' }).resolves({ Status: 'Enabled', MFADelete: 'Enabled' })
      .on(GetBucketVersioningCommand, { Bucket: 'versioned' }).resolves({ Status: 'Enabled', MFADelete: 'Disabled' })
      // Suspending versioning keeps the MFADelete setting, but versions are no longer kept.
      .on(GetBucketVersioningCommand, { Bucket: 'suspended' }).resolves({ Status: 'Suspended', MFADelete: 'Enabled' })
      // A never-versioned bucket: GetBucketVersioning returns neither element.
      .on(GetBucketVersioningCommand, { Bucket: 'never' }).resolves({});
    expect(await runCheck(check)).toMatchObject([
      { status: 'PASS', resource: { id: 'mfa', type: 'AWS::S3::Bucket' }, srm: { layer: 'operations', duty: 'incident-response', owner: 'customer' }, evidence: { Status: 'Enabled', MFADelete: 'Enabled' } },
      { status: 'FAIL', resource: { id: 'never' }, evidence: { Status: null, MFADelete: null } },
      { status: 'FAIL', resource: { id: 'suspended' }, evidence: { Status: 'Suspended', MFADelete: 'Enabled' } },
      { status: 'FAIL', resource: { id: 'versioned' }, evidence: { Status: 'Enabled', MFADelete: 'Disabled' } },
    ]);
  });

  it('ERROR naming s3:GetBucketVersioning for the bucket that cannot be read', async () => {
    buckets('denied', 'never');
    s3.on(GetBucketVersioningCommand, { Bucket: 'denied' }).rejects(awsError('AccessDenied'))
      .on(GetBucketVersioningCommand, { Bucket: 'never' }).resolves({});
    expect(await runCheck(check)).toMatchObject([
      { status: 'ERROR', resource: { id: 'denied' }, message: expect.stringContaining('s3:GetBucketVersioning') },
      { status: 'FAIL', resource: { id: 'never' } },
    ]);
  });
});
