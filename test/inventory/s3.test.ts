import {
  GetBucketAclCommand,
  GetBucketEncryptionCommand,
  GetBucketLocationCommand,
  GetBucketLoggingCommand,
  GetBucketOwnershipControlsCommand,
  GetBucketTaggingCommand,
  GetBucketPolicyCommand,
  GetBucketPolicyStatusCommand,
  GetBucketVersioningCommand,
  GetPublicAccessBlockCommand,
  ListBucketsCommand,
  S3Client,
} from '@aws-sdk/client-s3';
import { GetPublicAccessBlockCommand as GetAccountPublicAccessBlockCommand, S3ControlClient } from '@aws-sdk/client-s3-control';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import { Aws, CallStats, ScanLimiter, type CallKey } from '../../src/aws/call.js';
import { ClientFactory, DEFAULT_CLIENT_OPTIONS, LiveTransport } from '../../src/aws/clients.js';
import { InventoryError } from '../../src/aws/errors.js';
import { regionFromLocation, s3Inventory, type Bucket } from '../../src/inventory/s3.js';
import { TEST_ACCOUNT, awsError, createTestInventory } from '../harness/aws.js';

const s3 = mockClient(S3Client);
const s3c = mockClient(S3ControlClient);
beforeEach(() => {
  s3.reset();
  s3c.reset();
});

const bucket = (name: string, region = 'eu-west-1'): Bucket => ({ name, arn: `arn:aws:s3:::${name}`, region });
const PAB = { BlockPublicAcls: true, IgnorePublicAcls: true, BlockPublicPolicy: true, RestrictPublicBuckets: true };

/** An inventory whose requests are recorded (service, region, operation, input) before the mocked client sees them. */
function recordingInventory() {
  const calls: CallKey[] = [];
  const clients = new ClientFactory({ ...DEFAULT_CLIENT_OPTIONS, maxAttempts: 1 }, async () => ({ accessKeyId: 'AKIDTEST', secretAccessKey: 'test' }));
  const live = new LiveTransport(clients);
  const aws = new Aws(TEST_ACCOUNT, 'aws', {
    transport: { execute: (key: CallKey, signal?: AbortSignal) => (calls.push(key), live.execute(key, signal)) },
    stats: new CallStats(),
    limiter: new ScanLimiter(),
  });
  return { s3: s3Inventory(aws), calls };
}

async function rejection(p: Promise<unknown>): Promise<InventoryError> {
  const err = await p.then(() => undefined, (e: unknown) => e);
  expect(err).toBeInstanceOf(InventoryError);
  return err as InventoryError;
}

describe('regionFromLocation', () => {
  it.each([
    [undefined, 'us-east-1'],
    [null, 'us-east-1'],
    ['', 'us-east-1'],
    ['EU', 'eu-west-1'],
    ['eu-west-2', 'eu-west-2'],
  ])('%j -> %s', (constraint, region) => expect(regionFromLocation(constraint)).toBe(region));
});

describe('s3.buckets', () => {
  it('follows ContinuationToken across pages and takes BucketRegion when ListBuckets returns it', async () => {
    s3.on(ListBucketsCommand)
      .resolves({ Buckets: [{ Name: 'a', BucketRegion: 'eu-west-1', CreationDate: new Date('2024-01-01T00:00:00Z') }], ContinuationToken: 't1' })
      .on(ListBucketsCommand, { ContinuationToken: 't1' })
      .resolves({ Buckets: [{ Name: 'b', BucketRegion: 'us-east-1' }] });
    const { inventory } = createTestInventory();
    expect(await inventory.s3.buckets()).toEqual([
      { name: 'a', arn: 'arn:aws:s3:::a', region: 'eu-west-1', creationDate: new Date('2024-01-01T00:00:00Z') },
      { name: 'b', arn: 'arn:aws:s3:::b', region: 'us-east-1' },
    ]);
    const inputs = s3.commandCalls(ListBucketsCommand).map((c) => c.args[0].input);
    // MaxBuckets makes ListBuckets a paginated request, the kind that returns BucketRegion.
    expect(inputs).toEqual([{ MaxBuckets: 10_000 }, { MaxBuckets: 10_000, ContinuationToken: 't1' }]);
    expect(s3.commandCalls(GetBucketLocationCommand)).toHaveLength(0);
  });

  it('falls back to GetBucketLocation when BucketRegion is absent (moto), mapping "" / null / EU', async () => {
    s3.on(ListBucketsCommand).resolves({ Buckets: [{ Name: 'east' }, { Name: 'legacy-eu' }, { Name: 'london' }, { Name: 'has-region', BucketRegion: 'ap-south-1' }] });
    s3.on(GetBucketLocationCommand, { Bucket: 'east' }).resolves({})
      .on(GetBucketLocationCommand, { Bucket: 'legacy-eu' }).resolves({ LocationConstraint: 'EU' })
      .on(GetBucketLocationCommand, { Bucket: 'london' }).resolves({ LocationConstraint: 'eu-west-2' });
    const { inventory } = createTestInventory();
    expect((await inventory.s3.buckets()).map((b) => [b.name, b.region])).toEqual([
      ['east', 'us-east-1'], ['legacy-eu', 'eu-west-1'], ['london', 'eu-west-2'], ['has-region', 'ap-south-1'],
    ]);
    expect(s3.commandCalls(GetBucketLocationCommand)).toHaveLength(3);
  });

  it('is fetched once by concurrent callers', async () => {
    s3.on(ListBucketsCommand).resolves({ Buckets: [{ Name: 'a', BucketRegion: 'us-east-1' }] });
    const { inventory } = createTestInventory();
    await Promise.all([inventory.s3.buckets(), inventory.s3.buckets(), inventory.s3.buckets()]);
    expect(s3.commandCalls(ListBucketsCommand)).toHaveLength(1);
  });

  it('denied -> InventoryError naming s3:ListAllMyBuckets', async () => {
    s3.on(ListBucketsCommand).rejects(awsError('AccessDenied'));
    const { inventory } = createTestInventory();
    expect(await rejection(inventory.s3.buckets())).toMatchObject({ kind: 'denied', operation: 'ListBuckets', iamAction: 's3:ListAllMyBuckets' });
  });

  it('a denied GetBucketLocation fallback names s3:GetBucketLocation', async () => {
    s3.on(ListBucketsCommand).resolves({ Buckets: [{ Name: 'a' }] });
    s3.on(GetBucketLocationCommand).rejects(awsError('AccessDenied'));
    const { inventory } = createTestInventory();
    expect(await rejection(inventory.s3.buckets())).toMatchObject({ kind: 'denied', iamAction: 's3:GetBucketLocation' });
  });
});

describe('per-bucket getters', () => {
  it('call the bucket\'s own region, and each call is made once under concurrent callers', async () => {
    s3.on(GetPublicAccessBlockCommand).resolves({ PublicAccessBlockConfiguration: PAB });
    s3.on(GetBucketVersioningCommand).resolves({ Status: 'Enabled' });
    const { s3: inv, calls } = recordingInventory();
    const b = bucket('eu-data', 'eu-central-1');
    await Promise.all([inv.publicAccessBlock(b), inv.publicAccessBlock(b), inv.versioning(b), inv.versioning(b)]);
    expect(calls.map((c) => [c.operation, c.region])).toEqual([
      ['GetPublicAccessBlock', 'eu-central-1'],
      ['GetBucketVersioning', 'eu-central-1'],
    ]);
  });

  it('publicAccessBlock: configuration; NoSuchPublicAccessBlockConfiguration -> null; denied names s3:GetBucketPublicAccessBlock', async () => {
    s3.on(GetPublicAccessBlockCommand, { Bucket: 'a' }).resolves({ PublicAccessBlockConfiguration: PAB })
      .on(GetPublicAccessBlockCommand, { Bucket: 'none' }).rejects(awsError('NoSuchPublicAccessBlockConfiguration'))
      .on(GetPublicAccessBlockCommand, { Bucket: 'denied' }).rejects(awsError('AccessDenied'));
    const { inventory } = createTestInventory();
    expect(await inventory.s3.publicAccessBlock(bucket('a'))).toEqual(PAB);
    expect(await inventory.s3.publicAccessBlock(bucket('none'))).toBeNull();
    expect(await rejection(inventory.s3.publicAccessBlock(bucket('denied')))).toMatchObject({ kind: 'denied', iamAction: 's3:GetBucketPublicAccessBlock', region: 'eu-west-1' });
  });

  it('bucketPolicy: parsed document; NoSuchBucketPolicy -> null; invalid JSON -> invalid-data; denied names s3:GetBucketPolicy', async () => {
    const doc = { Version: '2012-10-17', Statement: { Effect: 'Allow', Principal: '*', Action: 's3:GetObject', Resource: 'arn:aws:s3:::a/*' } };
    s3.on(GetBucketPolicyCommand, { Bucket: 'a' }).resolves({ Policy: JSON.stringify(doc) })
      .on(GetBucketPolicyCommand, { Bucket: 'none' }).rejects(awsError('NoSuchBucketPolicy'))
      .on(GetBucketPolicyCommand, { Bucket: 'bad' }).resolves({ Policy: '{"Statement": [' })
      .on(GetBucketPolicyCommand, { Bucket: 'denied' }).rejects(awsError('AccessDenied'));
    const { inventory } = createTestInventory();
    expect(await inventory.s3.bucketPolicy(bucket('a'))).toEqual({
      Version: '2012-10-17',
      Statement: [{ Effect: 'Allow', Principal: '*', Action: ['s3:GetObject'], Resource: ['arn:aws:s3:::a/*'] }],
    });
    expect(await inventory.s3.bucketPolicy(bucket('none'))).toBeNull();
    expect(await rejection(inventory.s3.bucketPolicy(bucket('bad')))).toMatchObject({ kind: 'invalid-data', operation: 'GetBucketPolicy', iamAction: 's3:GetBucketPolicy' });
    expect(await rejection(inventory.s3.bucketPolicy(bucket('denied')))).toMatchObject({ kind: 'denied', iamAction: 's3:GetBucketPolicy' });
  });

  it('policyStatus: IsPublic; NoSuchBucketPolicy -> null; denied names s3:GetBucketPolicyStatus', async () => {
    s3.on(GetBucketPolicyStatusCommand, { Bucket: 'a' }).resolves({ PolicyStatus: { IsPublic: true } })
      .on(GetBucketPolicyStatusCommand, { Bucket: 'none' }).rejects(awsError('NoSuchBucketPolicy'))
      .on(GetBucketPolicyStatusCommand, { Bucket: 'denied' }).rejects(awsError('AccessDenied'));
    const { inventory } = createTestInventory();
    expect(await inventory.s3.policyStatus(bucket('a'))).toEqual({ IsPublic: true });
    expect(await inventory.s3.policyStatus(bucket('none'))).toBeNull();
    expect(await rejection(inventory.s3.policyStatus(bucket('denied')))).toMatchObject({ kind: 'denied', iamAction: 's3:GetBucketPolicyStatus' });
  });

  it('acl: grants and owner; denied names s3:GetBucketAcl', async () => {
    const Grants = [{ Grantee: { Type: 'Group' as const, URI: 'http://acs.amazonaws.com/groups/global/AllUsers' }, Permission: 'READ' as const }];
    s3.on(GetBucketAclCommand, { Bucket: 'a' }).resolves({ Owner: { ID: 'abc' }, Grants })
      .on(GetBucketAclCommand, { Bucket: 'denied' }).rejects(awsError('AccessDenied'));
    const { inventory } = createTestInventory();
    expect(await inventory.s3.acl(bucket('a'))).toEqual({ Owner: { ID: 'abc' }, Grants });
    expect(await rejection(inventory.s3.acl(bucket('denied')))).toMatchObject({ kind: 'denied', iamAction: 's3:GetBucketAcl' });
  });

  it('encryption: rules; ServerSideEncryptionConfigurationNotFoundError -> null; denied names s3:GetEncryptionConfiguration', async () => {
    const cfg = { Rules: [{ ApplyServerSideEncryptionByDefault: { SSEAlgorithm: 'aws:kms' as const, KMSMasterKeyID: 'alias/data' }, BucketKeyEnabled: true }] };
    s3.on(GetBucketEncryptionCommand, { Bucket: 'a' }).resolves({ ServerSideEncryptionConfiguration: cfg })
      .on(GetBucketEncryptionCommand, { Bucket: 'none' }).rejects(awsError('ServerSideEncryptionConfigurationNotFoundError'))
      .on(GetBucketEncryptionCommand, { Bucket: 'denied' }).rejects(awsError('AccessDenied'));
    const { inventory } = createTestInventory();
    expect(await inventory.s3.encryption(bucket('a'))).toEqual(cfg);
    expect(await inventory.s3.encryption(bucket('none'))).toBeNull();
    expect(await rejection(inventory.s3.encryption(bucket('denied')))).toMatchObject({ kind: 'denied', iamAction: 's3:GetEncryptionConfiguration' });
  });

  it('versioning: Status and MFADelete only when returned; denied names s3:GetBucketVersioning', async () => {
    s3.on(GetBucketVersioningCommand, { Bucket: 'a' }).resolves({ Status: 'Enabled', MFADelete: 'Enabled' })
      .on(GetBucketVersioningCommand, { Bucket: 'never' }).resolves({})
      .on(GetBucketVersioningCommand, { Bucket: 'denied' }).rejects(awsError('AccessDenied'));
    const { inventory } = createTestInventory();
    expect(await inventory.s3.versioning(bucket('a'))).toEqual({ Status: 'Enabled', MFADelete: 'Enabled' });
    expect(await inventory.s3.versioning(bucket('never'))).toEqual({});
    expect(await rejection(inventory.s3.versioning(bucket('denied')))).toMatchObject({ kind: 'denied', iamAction: 's3:GetBucketVersioning' });
  });

  it('logging: LoggingEnabled; absent -> null; denied names s3:GetBucketLogging', async () => {
    s3.on(GetBucketLoggingCommand, { Bucket: 'a' }).resolves({ LoggingEnabled: { TargetBucket: 'logs', TargetPrefix: 'a/' } })
      .on(GetBucketLoggingCommand, { Bucket: 'off' }).resolves({})
      .on(GetBucketLoggingCommand, { Bucket: 'denied' }).rejects(awsError('AccessDenied'));
    const { inventory } = createTestInventory();
    expect(await inventory.s3.logging(bucket('a'))).toEqual({ TargetBucket: 'logs', TargetPrefix: 'a/' });
    expect(await inventory.s3.logging(bucket('off'))).toBeNull();
    expect(await rejection(inventory.s3.logging(bucket('denied')))).toMatchObject({ kind: 'denied', iamAction: 's3:GetBucketLogging' });
  });

  it('bucketTags: TagSet; NoSuchTagSet -> null (no tags); denied names s3:GetBucketTagging; once per bucket', async () => {
    s3.on(GetBucketTaggingCommand, { Bucket: 'a' }).resolves({ TagSet: [{ Key: 'data-classification', Value: 'confidential' }] })
      .on(GetBucketTaggingCommand, { Bucket: 'none' }).rejects(awsError('NoSuchTagSet'))
      .on(GetBucketTaggingCommand, { Bucket: 'denied' }).rejects(awsError('AccessDenied'));
    const { inventory } = createTestInventory();
    expect(await Promise.all([inventory.s3.bucketTags(bucket('a')), inventory.s3.bucketTags(bucket('a'))])).toEqual([[{ Key: 'data-classification', Value: 'confidential' }], [{ Key: 'data-classification', Value: 'confidential' }]]);
    expect(await inventory.s3.bucketTags(bucket('none'))).toBeNull();
    expect(await rejection(inventory.s3.bucketTags(bucket('denied')))).toMatchObject({ kind: 'denied', iamAction: 's3:GetBucketTagging' });
    expect(s3.commandCalls(GetBucketTaggingCommand)).toHaveLength(3);
  });

  it('ownershipControls: OwnershipControls; OwnershipControlsNotFoundError -> null; denied names s3:GetBucketOwnershipControls', async () => {
    s3.on(GetBucketOwnershipControlsCommand, { Bucket: 'a' }).resolves({ OwnershipControls: { Rules: [{ ObjectOwnership: 'BucketOwnerEnforced' }] } })
      .on(GetBucketOwnershipControlsCommand, { Bucket: 'old' }).rejects(awsError('OwnershipControlsNotFoundError'))
      .on(GetBucketOwnershipControlsCommand, { Bucket: 'denied' }).rejects(awsError('AccessDenied'));
    const { inventory } = createTestInventory();
    expect(await inventory.s3.ownershipControls(bucket('a'))).toEqual({ Rules: [{ ObjectOwnership: 'BucketOwnerEnforced' }] });
    expect(await inventory.s3.ownershipControls(bucket('old'))).toBeNull();
    expect(await rejection(inventory.s3.ownershipControls(bucket('denied')))).toMatchObject({ kind: 'denied', iamAction: 's3:GetBucketOwnershipControls' });
  });
});

describe('s3.accountPublicAccessBlock (S3 Control)', () => {
  it('asks for the scanned account in the partition\'s global region, once under concurrent callers', async () => {
    s3c.on(GetAccountPublicAccessBlockCommand).resolves({ PublicAccessBlockConfiguration: PAB });
    const { s3: inv, calls } = recordingInventory();
    const results = await Promise.all([inv.accountPublicAccessBlock(), inv.accountPublicAccessBlock()]);
    expect(results).toEqual([PAB, PAB]);
    expect(calls.map((c) => [c.service, c.region, c.input])).toEqual([['s3control', 'us-east-1', { AccountId: TEST_ACCOUNT }]]);
  });

  it('NoSuchPublicAccessBlockConfiguration (never configured) -> null', async () => {
    s3c.on(GetAccountPublicAccessBlockCommand).rejects(awsError('NoSuchPublicAccessBlockConfiguration'));
    const { inventory } = createTestInventory();
    expect(await inventory.s3.accountPublicAccessBlock()).toBeNull();
  });

  it('denied -> InventoryError naming s3:GetAccountPublicAccessBlock', async () => {
    s3c.on(GetAccountPublicAccessBlockCommand).rejects(awsError('AccessDenied'));
    const { inventory } = createTestInventory();
    expect(await rejection(inventory.s3.accountPublicAccessBlock())).toMatchObject({ kind: 'denied', service: 's3control', iamAction: 's3:GetAccountPublicAccessBlock' });
  });
});
