import { GetBucketOwnershipControlsCommand, ListBucketsCommand, S3Client } from '@aws-sdk/client-s3';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import check from '../../../checks/s3/bucket-acls-disabled.js';
import { awsError } from '../../harness/aws.js';
import { runCheck } from '../../harness/run-check.js';

const s3 = mockClient(S3Client);
beforeEach(() => s3.reset());
const buckets = (...names: string[]) => s3.on(ListBucketsCommand).resolves({ Buckets: names.map((Name) => ({ Name, BucketRegion: 'us-east-1' })) });
const owner = (ObjectOwnership: 'BucketOwnerEnforced' | 'BucketOwnerPreferred' | 'ObjectWriter') => ({ OwnershipControls: { Rules: [{ ObjectOwnership }] } });

describe('s3.bucket-acls-disabled', () => {
  it('PASS BucketOwnerEnforced; FAIL preferred, object writer, and no setting (an old bucket: ACLs enabled)', async () => {
    buckets('enforced', 'preferred', 'writer', 'old');
    s3.on(GetBucketOwnershipControlsCommand, { Bucket: 'enforced' }).resolves(owner('BucketOwnerEnforced'))
      .on(GetBucketOwnershipControlsCommand, { Bucket: 'preferred' }).resolves(owner('BucketOwnerPreferred'))
      .on(GetBucketOwnershipControlsCommand, { Bucket: 'writer' }).resolves(owner('ObjectWriter'))
      .on(GetBucketOwnershipControlsCommand, { Bucket: 'old' }).rejects(awsError('OwnershipControlsNotFoundError'));
    expect(await runCheck(check)).toMatchObject([
      { status: 'PASS', resource: { id: 'enforced' }, evidence: { ObjectOwnership: 'BucketOwnerEnforced' }, srm: { duty: 'identity-access' } },
      { status: 'FAIL', resource: { id: 'old' }, evidence: { ObjectOwnership: null } },
      { status: 'FAIL', resource: { id: 'preferred' }, evidence: { ObjectOwnership: 'BucketOwnerPreferred' } },
      { status: 'FAIL', resource: { id: 'writer' }, evidence: { ObjectOwnership: 'ObjectWriter' } },
    ]);
  });

  it('ERROR naming s3:GetBucketOwnershipControls when denied', async () => {
    buckets('denied');
    s3.on(GetBucketOwnershipControlsCommand).rejects(awsError('AccessDenied'));
    expect(await runCheck(check)).toMatchObject([{ status: 'ERROR', resource: { id: 'denied' }, message: expect.stringContaining('s3:GetBucketOwnershipControls') }]);
  });
});
