import { GetBucketTaggingCommand, GetObjectLockConfigurationCommand, ListBucketsCommand, S3Client } from '@aws-sdk/client-s3';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import check from '../../../checks/s3/evidence-bucket-object-lock.js';
import { awsError } from '../../harness/aws.js';
import { runCheck } from '../../harness/run-check.js';

const s3 = mockClient(S3Client);
beforeEach(() => s3.reset());
const buckets = (...names: string[]) => s3.on(ListBucketsCommand).resolves({ Buckets: names.map((Name) => ({ Name, BucketRegion: 'us-east-1' })) });
const evidenceTag = { TagSet: [{ Key: 'purpose', Value: 'evidence' }] };

describe('s3.evidence-bucket-object-lock', () => {
  it('PASS with a long enough default retention; FAIL short, without retention, or without Object Lock; other buckets not judged', async () => {
    buckets('locked', 'short', 'noretention', 'unlocked', 'other');
    for (const b of ['locked', 'short', 'noretention', 'unlocked']) s3.on(GetBucketTaggingCommand, { Bucket: b }).resolves(evidenceTag);
    s3.on(GetBucketTaggingCommand, { Bucket: 'other' }).rejects(awsError('NoSuchTagSet'));
    s3.on(GetObjectLockConfigurationCommand, { Bucket: 'locked' }).resolves({ ObjectLockConfiguration: { ObjectLockEnabled: 'Enabled', Rule: { DefaultRetention: { Mode: 'COMPLIANCE', Years: 1 } } } })
      .on(GetObjectLockConfigurationCommand, { Bucket: 'short' }).resolves({ ObjectLockConfiguration: { ObjectLockEnabled: 'Enabled', Rule: { DefaultRetention: { Mode: 'GOVERNANCE', Days: 30 } } } })
      .on(GetObjectLockConfigurationCommand, { Bucket: 'noretention' }).resolves({ ObjectLockConfiguration: { ObjectLockEnabled: 'Enabled' } })
      .on(GetObjectLockConfigurationCommand, { Bucket: 'unlocked' }).rejects(awsError('ObjectLockConfigurationNotFoundError'));
    expect(await runCheck(check)).toMatchObject([
      { status: 'PASS', resource: { id: 'locked' }, evidence: { ObjectLockEnabled: 'Enabled', Mode: 'COMPLIANCE', Years: 1, purpose: { Key: 'purpose', Value: 'evidence' } }, srm: { duty: 'incident-response' } },
      { status: 'FAIL', resource: { id: 'noretention' }, evidence: { ObjectLockEnabled: 'Enabled', Days: null, Years: null } },
      { status: 'FAIL', resource: { id: 'short' }, evidence: { Days: 30 } },
      { status: 'FAIL', resource: { id: 'unlocked' }, evidence: { ObjectLockEnabled: null } },
    ]);
  });

  it('ERROR naming s3:GetBucketObjectLockConfiguration when denied', async () => {
    buckets('denied');
    s3.on(GetBucketTaggingCommand).resolves(evidenceTag);
    s3.on(GetObjectLockConfigurationCommand).rejects(awsError('AccessDenied'));
    expect(await runCheck(check)).toMatchObject([{ status: 'ERROR', resource: { id: 'denied' }, message: expect.stringContaining('s3:GetBucketObjectLockConfiguration') }]);
  });
});
