import {
  CreateBucketCommand,
  PutBucketAclCommand,
  PutBucketEncryptionCommand,
  PutBucketLoggingCommand,
  PutBucketPolicyCommand,
  PutBucketVersioningCommand,
  PutPublicAccessBlockCommand,
  S3Client,
} from '@aws-sdk/client-s3';
import { PutPublicAccessBlockCommand as PutAccountPublicAccessBlockCommand, S3ControlClient } from '@aws-sdk/client-s3-control';
import { beforeAll, describe, expect, it } from 'vitest';
import { InventoryError } from '../../../src/aws/errors.js';
import accountPublicAccessBlock from '../../../checks/s3/account-public-access-block.js';
import bucketAccessLoggingEnabled from '../../../checks/s3/bucket-access-logging-enabled.js';
import bucketMfaDelete from '../../../checks/s3/bucket-mfa-delete.js';
import bucketNotPublic from '../../../checks/s3/bucket-not-public.js';
import bucketPublicAccessBlock from '../../../checks/s3/bucket-public-access-block.js';
import bucketSecureTransport from '../../../checks/s3/bucket-secure-transport.js';
import { motoEndpoint, motoInventory, seedClient } from '../../harness/moto-account.js';
import { runCheck } from '../../harness/run-check.js';

const INVENTORY_ACCOUNT = '230000000001';
const CHECKS_ACCOUNT = '230000000002';
const LOCKED_ACCOUNT = '230000000003';

const ALL = { BlockPublicAcls: true, IgnorePublicAcls: true, BlockPublicPolicy: true, RestrictPublicBuckets: true };
const doc = (...Statement: object[]) => JSON.stringify({ Version: '2012-10-17', Statement });
const denyHttp = (b: string) => ({
  Sid: 'DenyInsecureTransport', Effect: 'Deny', Principal: '*', Action: 's3:*',
  Resource: [`arn:aws:s3:::${b}`, `arn:aws:s3:::${b}/*`], Condition: { Bool: { 'aws:SecureTransport': 'false' } },
});
/** Server access log delivery as AWS recommends it: a bucket policy for the logging service principal. */
const logDelivery = (b: string) => ({ Sid: 'S3ServerAccessLogs', Effect: 'Allow', Principal: { Service: 'logging.s3.amazonaws.com' }, Action: 's3:PutObject', Resource: `arn:aws:s3:::${b}/*` });
const publicRead = (b: string) => ({ Sid: 'PublicRead', Effect: 'Allow', Principal: '*', Action: 's3:GetObject', Resource: `arn:aws:s3:::${b}/*` });

/** S3 Control against an emulator needs the plain endpoint (the SDK would prefix the account id to the host). */
const s3control = (account: string) => seedClient(S3ControlClient, account, 'us-east-1', { endpointProvider: () => ({ url: new URL(motoEndpoint()) }) });

async function createBucket(s3: S3Client, Bucket: string, region = 'us-east-1'): Promise<void> {
  await s3.send(new CreateBucketCommand({ Bucket, ...(region === 'us-east-1' ? {} : { CreateBucketConfiguration: { LocationConstraint: region as 'eu-west-1' } }) }));
}

describe('s3 inventory against moto', () => {
  beforeAll(async () => {
    const s3 = seedClient(S3Client, INVENTORY_ACCOUNT);
    const eu = seedClient(S3Client, INVENTORY_ACCOUNT, 'eu-west-1');
    await createBucket(s3, 'int-s3-east');
    await createBucket(s3, 'int-s3-logs');
    await createBucket(eu, 'int-s3-west', 'eu-west-1');
    await createBucket(s3, 'int-s3-garbled');
    await s3.send(new PutPublicAccessBlockCommand({ Bucket: 'int-s3-east', PublicAccessBlockConfiguration: { ...ALL, RestrictPublicBuckets: false } }));
    await s3.send(new PutBucketPolicyCommand({ Bucket: 'int-s3-east', Policy: doc(denyHttp('int-s3-east')) }));
    // AWS rejects a malformed policy with MalformedPolicy; moto stores it, which lets us test the getter's parse error.
    await s3.send(new PutBucketPolicyCommand({ Bucket: 'int-s3-garbled', Policy: '{"Version":"2012-10-17","Statement":[{' }));
    await s3.send(new PutBucketAclCommand({ Bucket: 'int-s3-east', ACL: 'public-read' }));
    await s3.send(new PutBucketEncryptionCommand({ Bucket: 'int-s3-east', ServerSideEncryptionConfiguration: { Rules: [{ ApplyServerSideEncryptionByDefault: { SSEAlgorithm: 'AES256' } }] } }));
    await s3.send(new PutBucketVersioningCommand({ Bucket: 'int-s3-east', VersioningConfiguration: { Status: 'Enabled' } }));
    await s3.send(new PutBucketPolicyCommand({ Bucket: 'int-s3-logs', Policy: doc(logDelivery('int-s3-logs')) }));
    await s3.send(new PutBucketLoggingCommand({ Bucket: 'int-s3-east', BucketLoggingStatus: { LoggingEnabled: { TargetBucket: 'int-s3-logs', TargetPrefix: 'east/' } } }));
  });

  it('lists buckets with their regions; moto returns no BucketRegion, so GetBucketLocation is asked once per bucket', async () => {
    const { inventory, stats } = motoInventory(INVENTORY_ACCOUNT);
    const buckets = await inventory.s3.buckets();
    expect(buckets.map((b) => [b.name, b.region, b.arn]).sort()).toEqual([
      ['int-s3-east', 'us-east-1', 'arn:aws:s3:::int-s3-east'],
      ['int-s3-garbled', 'us-east-1', 'arn:aws:s3:::int-s3-garbled'],
      ['int-s3-logs', 'us-east-1', 'arn:aws:s3:::int-s3-logs'],
      ['int-s3-west', 'eu-west-1', 'arn:aws:s3:::int-s3-west'],
    ]);
    await inventory.s3.buckets();
    expect(stats.byOperation.get('s3:ListBuckets')).toBe(1);
    expect(stats.byOperation.get('s3:GetBucketLocation')).toBe(4);
  });

  it('reads each per-bucket data set in the bucket\'s region; absent settings are null', async () => {
    const { inventory, errors } = motoInventory(INVENTORY_ACCOUNT);
    const byName = Object.fromEntries((await inventory.s3.buckets()).map((b) => [b.name, b]));
    const east = byName['int-s3-east']!;
    const west = byName['int-s3-west']!;

    expect(await inventory.s3.publicAccessBlock(east)).toEqual({ ...ALL, RestrictPublicBuckets: false });
    expect(await inventory.s3.publicAccessBlock(west)).toBeNull();

    const policy = await inventory.s3.bucketPolicy(east);
    expect(policy?.Statement).toEqual([expect.objectContaining({ Sid: 'DenyInsecureTransport', Effect: 'Deny', Condition: { Bool: { 'aws:SecureTransport': ['false'] } } })]);
    expect(await inventory.s3.bucketPolicy(west)).toBeNull();

    // moto answers GetBucketPolicyStatus with nothing usable (AWS returns PolicyStatus.IsPublic for a bucket with a policy).
    expect((await inventory.s3.policyStatus(east))?.IsPublic).toBeUndefined();

    const acl = await inventory.s3.acl(east);
    expect(acl.Grants).toEqual(expect.arrayContaining([
      expect.objectContaining({ Grantee: expect.objectContaining({ Type: 'Group', URI: 'http://acs.amazonaws.com/groups/global/AllUsers' }), Permission: 'READ' }),
    ]));

    expect(await inventory.s3.encryption(east)).toEqual({ Rules: [expect.objectContaining({ ApplyServerSideEncryptionByDefault: { SSEAlgorithm: 'AES256' } })] });
    // moto gives new buckets no default encryption; AWS has applied SSE-S3 to every new bucket since January 2023.
    expect(await inventory.s3.encryption(west)).toBeNull();

    // moto never returns MFADelete (AWS returns it once a bucket was configured with it).
    expect(await inventory.s3.versioning(east)).toEqual({ Status: 'Enabled' });
    expect(await inventory.s3.versioning(west)).toEqual({});

    expect(await inventory.s3.logging(east)).toMatchObject({ TargetBucket: 'int-s3-logs', TargetPrefix: 'east/' });
    expect(await inventory.s3.logging(west)).toBeNull();
    expect(errors).toEqual([]);
  });

  it('a bucket policy that is not valid JSON rejects with an invalid-data InventoryError', async () => {
    const { inventory } = motoInventory(INVENTORY_ACCOUNT);
    const garbled = (await inventory.s3.buckets()).find((b) => b.name === 'int-s3-garbled')!;
    const err = await inventory.s3.bucketPolicy(garbled).then(() => undefined, (e: unknown) => e);
    expect(err).toBeInstanceOf(InventoryError);
    expect(err).toMatchObject({ kind: 'invalid-data', operation: 'GetBucketPolicy', iamAction: 's3:GetBucketPolicy' });
  });

  it('reads the account Block Public Access through the plain S3 Control endpoint: null until configured', async () => {
    const ACCOUNT = '230000000004';
    expect(await motoInventory(ACCOUNT).inventory.s3.accountPublicAccessBlock()).toBeNull();
    await s3control(ACCOUNT).send(new PutAccountPublicAccessBlockCommand({ AccountId: ACCOUNT, PublicAccessBlockConfiguration: { ...ALL, IgnorePublicAcls: false } }));
    const { inventory, stats } = motoInventory(ACCOUNT);
    expect(await inventory.s3.accountPublicAccessBlock()).toEqual({ ...ALL, IgnorePublicAcls: false });
    expect(stats.byOperation.get('s3control:GetPublicAccessBlock')).toBe(1);
  });
});

describe('s3 checks against moto', () => {
  beforeAll(async () => {
    const s3 = seedClient(S3Client, CHECKS_ACCOUNT);
    for (const b of ['chk-open', 'chk-locked', 'chk-logs', 'chk-garbled']) await createBucket(s3, b);
    await s3.send(new PutBucketPolicyCommand({ Bucket: 'chk-open', Policy: doc(denyHttp('chk-open'), publicRead('chk-open')) }));
    await s3.send(new PutBucketAclCommand({ Bucket: 'chk-open', ACL: 'public-read' }));
    await s3.send(new PutPublicAccessBlockCommand({ Bucket: 'chk-locked', PublicAccessBlockConfiguration: ALL }));
    await s3.send(new PutBucketVersioningCommand({ Bucket: 'chk-locked', VersioningConfiguration: { Status: 'Enabled' } }));
    await s3.send(new PutBucketPolicyCommand({ Bucket: 'chk-logs', Policy: doc(logDelivery('chk-logs')) }));
    await s3.send(new PutBucketLoggingCommand({ Bucket: 'chk-locked', BucketLoggingStatus: { LoggingEnabled: { TargetBucket: 'chk-logs', TargetPrefix: 'locked/' } } }));
    await s3.send(new PutBucketPolicyCommand({ Bucket: 'chk-garbled', Policy: '{"Statement": [' }));

    const locked = seedClient(S3Client, LOCKED_ACCOUNT);
    await createBucket(locked, 'lck-plain');
    await s3control(LOCKED_ACCOUNT).send(new PutAccountPublicAccessBlockCommand({ AccountId: LOCKED_ACCOUNT, PublicAccessBlockConfiguration: ALL }));
  });

  const verdicts = async (check: Parameters<typeof runCheck>[0], account = CHECKS_ACCOUNT) =>
    Object.fromEntries((await runCheck(check, { account, inventory: motoInventory(account).inventory })).map((f) => [f.resource.id, f.status]));

  it('s3.account-public-access-block: FAIL when never configured, PASS with all four on', async () => {
    expect(await verdicts(accountPublicAccessBlock)).toEqual({ [CHECKS_ACCOUNT]: 'FAIL' });
    expect(await verdicts(accountPublicAccessBlock, LOCKED_ACCOUNT)).toEqual({ [LOCKED_ACCOUNT]: 'PASS' });
  });

  it('s3.bucket-public-access-block: bucket-level or account-level settings count', async () => {
    // moto applies no Block Public Access to new buckets; AWS has turned it on for every new bucket since April 2023.
    expect(await verdicts(bucketPublicAccessBlock)).toEqual({ 'chk-open': 'FAIL', 'chk-locked': 'PASS', 'chk-logs': 'FAIL', 'chk-garbled': 'FAIL' });
    expect(await verdicts(bucketPublicAccessBlock, LOCKED_ACCOUNT)).toEqual({ 'lck-plain': 'PASS' });
  });

  it('s3.bucket-secure-transport: PASS with the Deny, FAIL without a policy, ERROR for an unparseable policy', async () => {
    expect(await verdicts(bucketSecureTransport)).toEqual({ 'chk-open': 'PASS', 'chk-locked': 'FAIL', 'chk-logs': 'FAIL', 'chk-garbled': 'ERROR' });
  });

  it('s3.bucket-not-public: public ACL and policy FAIL (own analysis: moto has no PolicyStatus); BPA neutralises', async () => {
    // chk-logs: its policy grants only the logging service principal, which is not public.
    expect(await verdicts(bucketNotPublic)).toEqual({ 'chk-open': 'FAIL', 'chk-locked': 'PASS', 'chk-logs': 'PASS', 'chk-garbled': 'ERROR' });
    const [open] = (await runCheck(bucketNotPublic, { account: CHECKS_ACCOUNT, inventory: motoInventory(CHECKS_ACCOUNT).inventory })).filter((f) => f.resource.id === 'chk-open');
    expect(open!.evidence).toMatchObject({
      IsPublic: null,
      Grants: [{ URI: 'http://acs.amazonaws.com/groups/global/AllUsers', Permission: 'READ' }],
      Statement: [{ Sid: 'PublicRead', Principal: '*' }],
    });
  });

  it('s3.bucket-mfa-delete: FAIL only (moto never returns MFADelete, so the PASS case lives in the unit test)', async () => {
    expect(await verdicts(bucketMfaDelete)).toEqual({ 'chk-open': 'FAIL', 'chk-locked': 'FAIL', 'chk-logs': 'FAIL', 'chk-garbled': 'FAIL' });
  });

  it('s3.bucket-access-logging-enabled: PASS with a target bucket, FAIL otherwise', async () => {
    expect(await verdicts(bucketAccessLoggingEnabled)).toEqual({ 'chk-open': 'FAIL', 'chk-locked': 'PASS', 'chk-logs': 'FAIL', 'chk-garbled': 'FAIL' });
  });
});
