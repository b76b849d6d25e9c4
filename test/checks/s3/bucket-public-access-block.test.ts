import { GetPublicAccessBlockCommand, ListBucketsCommand, S3Client } from '@aws-sdk/client-s3';
import { GetPublicAccessBlockCommand as GetAccountPublicAccessBlockCommand, S3ControlClient } from '@aws-sdk/client-s3-control';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import check from '../../../checks/s3/bucket-public-access-block.js';
import { awsError } from '../../harness/aws.js';
import { runCheck } from '../../harness/run-check.js';

const s3 = mockClient(S3Client);
const s3c = mockClient(S3ControlClient);
beforeEach(() => {
  s3.reset();
  s3c.reset();
});

const ALL = { BlockPublicAcls: true, IgnorePublicAcls: true, BlockPublicPolicy: true, RestrictPublicBuckets: true };
const NONE = { BlockPublicAcls: false, IgnorePublicAcls: false, BlockPublicPolicy: false, RestrictPublicBuckets: false };
const buckets = (...names: string[]) => s3.on(ListBucketsCommand).resolves({ Buckets: names.map((Name) => ({ Name, BucketRegion: 'us-east-1' })) });
const accountPab = (cfg: typeof ALL | null) =>
  cfg ? s3c.on(GetAccountPublicAccessBlockCommand).resolves({ PublicAccessBlockConfiguration: cfg }) : s3c.on(GetAccountPublicAccessBlockCommand).rejects(awsError('NoSuchPublicAccessBlockConfiguration'));

describe('s3.bucket-public-access-block', () => {
  it('PASS when the bucket has all four on; FAIL when the bucket has none and the account none', async () => {
    buckets('locked', 'open');
    accountPab(null);
    s3.on(GetPublicAccessBlockCommand, { Bucket: 'locked' }).resolves({ PublicAccessBlockConfiguration: ALL })
      .on(GetPublicAccessBlockCommand, { Bucket: 'open' }).rejects(awsError('NoSuchPublicAccessBlockConfiguration'));
    expect(await runCheck(check)).toMatchObject([
      { status: 'PASS', resource: { id: 'locked', arn: 'arn:aws:s3:::locked', type: 'AWS::S3::Bucket' }, evidence: { bucket: ALL, account: null } },
      { status: 'FAIL', resource: { id: 'open' }, evidence: { bucket: null, account: null } },
    ]);
  });

  it('PASS when the account settings cover what the bucket leaves off (per-flag OR)', async () => {
    buckets('mixed');
    accountPab({ ...NONE, BlockPublicPolicy: true, RestrictPublicBuckets: true });
    s3.on(GetPublicAccessBlockCommand).resolves({ PublicAccessBlockConfiguration: { ...NONE, BlockPublicAcls: true, IgnorePublicAcls: true } });
    expect(await runCheck(check)).toMatchObject([
      { status: 'PASS', evidence: { bucket: { BlockPublicAcls: true, RestrictPublicBuckets: false }, account: { BlockPublicAcls: false, RestrictPublicBuckets: true } } },
    ]);
  });

  it('FAIL naming a flag off at both levels', async () => {
    buckets('almost');
    accountPab({ ...ALL, RestrictPublicBuckets: false });
    s3.on(GetPublicAccessBlockCommand).resolves({ PublicAccessBlockConfiguration: { ...ALL, RestrictPublicBuckets: false } });
    const [f] = await runCheck(check);
    expect(f).toMatchObject({ status: 'FAIL', resource: { id: 'almost' } });
    expect(f!.message).toContain('RestrictPublicBuckets');
    expect(f!.message).not.toContain('BlockPublicAcls');
  });

  it('ERROR for the one bucket whose settings cannot be read; the others keep their verdict', async () => {
    buckets('denied', 'locked');
    accountPab(null);
    s3.on(GetPublicAccessBlockCommand, { Bucket: 'locked' }).resolves({ PublicAccessBlockConfiguration: ALL })
      .on(GetPublicAccessBlockCommand, { Bucket: 'denied' }).rejects(awsError('AccessDenied'));
    expect(await runCheck(check)).toMatchObject([
      { status: 'ERROR', resource: { id: 'denied' }, message: expect.stringContaining('s3:GetBucketPublicAccessBlock') },
      { status: 'PASS', resource: { id: 'locked' } },
    ]);
  });

  it('ERROR per bucket when the account settings cannot be read; one ERROR when ListBuckets is denied', async () => {
    buckets('a');
    s3c.on(GetAccountPublicAccessBlockCommand).rejects(awsError('AccessDenied'));
    s3.on(GetPublicAccessBlockCommand).resolves({ PublicAccessBlockConfiguration: ALL });
    expect(await runCheck(check)).toMatchObject([{ status: 'ERROR', resource: { id: 'a' }, message: expect.stringContaining('s3:GetAccountPublicAccessBlock') }]);

    s3.reset();
    s3.on(ListBucketsCommand).rejects(awsError('AccessDenied'));
    expect(await runCheck(check)).toMatchObject([{ status: 'ERROR', message: expect.stringContaining('s3:ListAllMyBuckets') }]);
  });

  it('no findings for an account without buckets', async () => {
    s3.on(ListBucketsCommand).resolves({ Buckets: [] });
    expect(await runCheck(check)).toEqual([]);
  });
});
