import {
  GetBucketAclCommand,
  GetBucketPolicyCommand,
  GetBucketPolicyStatusCommand,
  GetPublicAccessBlockCommand,
  ListBucketsCommand,
  S3Client,
  type Grant,
} from '@aws-sdk/client-s3';
import { GetPublicAccessBlockCommand as GetAccountPublicAccessBlockCommand, S3ControlClient } from '@aws-sdk/client-s3-control';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import check from '../../../checks/s3/bucket-not-public.js';
import { awsError } from '../../harness/aws.js';
import { runCheck } from '../../harness/run-check.js';

const s3 = mockClient(S3Client);
const s3c = mockClient(S3ControlClient);

const NONE = { BlockPublicAcls: false, IgnorePublicAcls: false, BlockPublicPolicy: false, RestrictPublicBuckets: false };
const OWNER: Grant = { Grantee: { Type: 'CanonicalUser', ID: '79a59df900b949e55d96a1e698fbacedfd6e09d98eacf8f8d5218e7cd47ef2be' }, Permission: 'FULL_CONTROL' };
const ALL_USERS_READ: Grant = { Grantee: { Type: 'Group', URI: 'http://acs.amazonaws.com/groups/global/AllUsers' }, Permission: 'READ' };
const AUTH_USERS_WRITE: Grant = { Grantee: { Type: 'Group', URI: 'http://acs.amazonaws.com/groups/global/AuthenticatedUsers' }, Permission: 'WRITE' };
const LOG_DELIVERY: Grant = { Grantee: { Type: 'Group', URI: 'http://acs.amazonaws.com/groups/s3/LogDelivery' }, Permission: 'WRITE' };

const buckets = (...names: string[]) => s3.on(ListBucketsCommand).resolves({ Buckets: names.map((Name) => ({ Name, BucketRegion: 'us-east-1' })) });
const acl = (bucket: string, ...Grants: Grant[]) => s3.on(GetBucketAclCommand, { Bucket: bucket }).resolves({ Owner: { ID: OWNER.Grantee!.ID! }, Grants: [OWNER, ...Grants] });
const policy = (bucket: string, ...Statement: object[]) =>
  s3.on(GetBucketPolicyCommand, { Bucket: bucket }).resolves({ Policy: JSON.stringify({ Version: '2012-10-17', Statement }) });
const publicRead = (bucket: string, over: object = {}) => ({ Sid: 'PublicRead', Effect: 'Allow', Principal: '*', Action: 's3:GetObject', Resource: `arn:aws:s3:::${bucket}/*`, ...over });

beforeEach(() => {
  s3.reset();
  s3c.reset();
  // Defaults: nothing configured (the shape of a bucket made before April 2023, or by moto).
  s3c.on(GetAccountPublicAccessBlockCommand).rejects(awsError('NoSuchPublicAccessBlockConfiguration'));
  s3.on(GetPublicAccessBlockCommand).rejects(awsError('NoSuchPublicAccessBlockConfiguration'));
  s3.on(GetBucketPolicyCommand).rejects(awsError('NoSuchBucketPolicy'));
  s3.on(GetBucketPolicyStatusCommand).rejects(awsError('NoSuchBucketPolicy'));
});

describe('s3.bucket-not-public', () => {
  it('PASS for a private ACL and no policy; FAIL for AllUsers / AuthenticatedUsers grants, naming them', async () => {
    buckets('private', 'world-read', 'any-aws-write');
    acl('private', LOG_DELIVERY);
    acl('world-read', ALL_USERS_READ);
    acl('any-aws-write', AUTH_USERS_WRITE);
    expect(await runCheck(check)).toMatchObject([
      { status: 'FAIL', resource: { id: 'any-aws-write' }, evidence: { Grants: [{ URI: 'http://acs.amazonaws.com/groups/global/AuthenticatedUsers', Permission: 'WRITE' }] } },
      { status: 'PASS', resource: { id: 'private', type: 'AWS::S3::Bucket' }, srm: { layer: 'identity', owner: 'shared', duty: 'identity-access' }, evidence: { IgnorePublicAcls: false, RestrictPublicBuckets: false, Grants: [] } },
      { status: 'FAIL', resource: { id: 'world-read' }, evidence: { Grants: [{ URI: 'http://acs.amazonaws.com/groups/global/AllUsers', Permission: 'READ' }] } },
    ]);
  });

  it('FAIL for a public policy statement (own analysis when GetBucketPolicyStatus gives no verdict, as moto)', async () => {
    buckets('site');
    acl('site');
    policy('site', publicRead('site'));
    s3.on(GetBucketPolicyStatusCommand).resolves({});
    expect(await runCheck(check)).toMatchObject([
      { status: 'FAIL', resource: { id: 'site' }, evidence: { IsPublic: null, Statement: [{ Sid: 'PublicRead', Principal: '*', Action: ['s3:GetObject'] }] } },
    ]);
  });

  it('PASS for a wildcard principal limited by fixed aws:SourceVpc or aws:PrincipalOrgID', async () => {
    buckets('vpc', 'org');
    acl('vpc');
    acl('org');
    policy('vpc', publicRead('vpc', { Condition: { StringEquals: { 'aws:SourceVpc': 'vpc-91237329' } } }));
    policy('org', publicRead('org', { Condition: { StringEquals: { 'aws:PrincipalOrgID': 'o-a1b2c3d4e5' } } }));
    s3.on(GetBucketPolicyStatusCommand).resolves({ PolicyStatus: { IsPublic: false } });
    expect(await runCheck(check)).toMatchObject([
      { status: 'PASS', resource: { id: 'org' }, evidence: { IsPublic: false, Statement: [] } },
      { status: 'PASS', resource: { id: 'vpc' }, evidence: { IsPublic: false, Statement: [] } },
    ]);
  });

  it('S3\'s own PolicyStatus verdict decides when it is given', async () => {
    buckets('aws-says-public', 'aws-says-private');
    acl('aws-says-public');
    acl('aws-says-private');
    policy('aws-says-public', publicRead('aws-says-public', { Condition: { StringEquals: { 'aws:SourceVpc': 'vpc-1' } } }));
    policy('aws-says-private', publicRead('aws-says-private'));
    s3.on(GetBucketPolicyStatusCommand, { Bucket: 'aws-says-public' }).resolves({ PolicyStatus: { IsPublic: true } })
      .on(GetBucketPolicyStatusCommand, { Bucket: 'aws-says-private' }).resolves({ PolicyStatus: { IsPublic: false } });
    expect(await runCheck(check)).toMatchObject([
      // Our reading found a public statement, S3 disagrees: S3 defines "public", and the statement stays in the evidence.
      { status: 'PASS', resource: { id: 'aws-says-private' }, evidence: { IsPublic: false, Statement: [{ Sid: 'PublicRead' }] } },
      { status: 'FAIL', resource: { id: 'aws-says-public' }, evidence: { IsPublic: true, Statement: [] } },
    ]);
  });

  it('IgnorePublicAcls neutralises public grants: the ACL is not even read', async () => {
    buckets('acl-ignored');
    s3.on(GetPublicAccessBlockCommand).resolves({ PublicAccessBlockConfiguration: { ...NONE, IgnorePublicAcls: true } });
    acl('acl-ignored', ALL_USERS_READ);
    expect(await runCheck(check)).toMatchObject([{ status: 'PASS', evidence: { IgnorePublicAcls: true, RestrictPublicBuckets: false } }]);
    expect(s3.commandCalls(GetBucketAclCommand)).toHaveLength(0);
  });

  it('RestrictPublicBuckets at the account level neutralises a public policy: the policy is not read', async () => {
    buckets('restricted');
    s3c.on(GetAccountPublicAccessBlockCommand).resolves({ PublicAccessBlockConfiguration: { ...NONE, RestrictPublicBuckets: true } });
    acl('restricted');
    policy('restricted', publicRead('restricted'));
    expect(await runCheck(check)).toMatchObject([{ status: 'PASS', evidence: { IgnorePublicAcls: false, RestrictPublicBuckets: true } }]);
    expect(s3.commandCalls(GetBucketPolicyCommand)).toHaveLength(0);
  });

  it('BlockPublicAcls / BlockPublicPolicy alone do not neutralise an existing public ACL or policy', async () => {
    buckets('blocked-new-only');
    s3.on(GetPublicAccessBlockCommand).resolves({ PublicAccessBlockConfiguration: { ...NONE, BlockPublicAcls: true, BlockPublicPolicy: true } });
    acl('blocked-new-only', ALL_USERS_READ);
    policy('blocked-new-only', publicRead('blocked-new-only'));
    s3.on(GetBucketPolicyStatusCommand).resolves({ PolicyStatus: { IsPublic: true } });
    const [f] = await runCheck(check);
    expect(f).toMatchObject({ status: 'FAIL', evidence: { Grants: [{ Permission: 'READ' }], IsPublic: true, Statement: [{ Sid: 'PublicRead' }] } });
    expect(f!.message).toMatch(/ACL.*policy/);
  });

  it('ERROR for the bucket whose policy is not valid JSON or whose ACL is denied; others keep their verdict', async () => {
    buckets('garbled', 'denied-acl', 'private');
    acl('garbled');
    s3.on(GetBucketPolicyCommand, { Bucket: 'garbled' }).resolves({ Policy: '{"Statement": [' });
    s3.on(GetBucketAclCommand, { Bucket: 'denied-acl' }).rejects(awsError('AccessDenied'));
    acl('private');
    expect(await runCheck(check)).toMatchObject([
      { status: 'ERROR', resource: { id: 'denied-acl' }, message: expect.stringContaining('s3:GetBucketAcl') },
      { status: 'ERROR', resource: { id: 'garbled' }, evidence: { operation: 'GetBucketPolicy', code: 'InvalidPolicyDocument' } },
      { status: 'PASS', resource: { id: 'private' } },
    ]);
  });

  it('ERROR naming s3:GetBucketPolicyStatus when S3\'s verdict cannot be read', async () => {
    buckets('site');
    acl('site');
    policy('site', publicRead('site'));
    s3.on(GetBucketPolicyStatusCommand).rejects(awsError('AccessDenied'));
    expect(await runCheck(check)).toMatchObject([{ status: 'ERROR', resource: { id: 'site' }, message: expect.stringContaining('s3:GetBucketPolicyStatus') }]);
  });
});
