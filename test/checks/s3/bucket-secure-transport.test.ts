import { GetBucketPolicyCommand, ListBucketsCommand, S3Client } from '@aws-sdk/client-s3';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import check from '../../../checks/s3/bucket-secure-transport.js';
import { awsError } from '../../harness/aws.js';
import { runCheck } from '../../harness/run-check.js';

const s3 = mockClient(S3Client);
beforeEach(() => s3.reset());

const buckets = (...names: string[]) => s3.on(ListBucketsCommand).resolves({ Buckets: names.map((Name) => ({ Name, BucketRegion: 'eu-west-1' })) });
const policy = (bucket: string, ...Statement: object[]) =>
  s3.on(GetBucketPolicyCommand, { Bucket: bucket }).resolves({ Policy: JSON.stringify({ Version: '2012-10-17', Statement }) });
const denyHttp = (bucket: string, over: object = {}) => ({
  Sid: 'DenyInsecureTransport',
  Effect: 'Deny',
  Principal: '*',
  Action: 's3:*',
  Resource: [`arn:aws:s3:::${bucket}`, `arn:aws:s3:::${bucket}/*`],
  Condition: { Bool: { 'aws:SecureTransport': 'false' } },
  ...over,
});
const allowRole = (bucket: string) => ({ Sid: 'App', Effect: 'Allow', Principal: { AWS: 'arn:aws:iam::111122223333:role/app' }, Action: 's3:GetObject', Resource: `arn:aws:s3:::${bucket}/*` });

describe('s3.bucket-secure-transport', () => {
  it('PASS with a Deny on SecureTransport false; FAIL without one', async () => {
    buckets('tls', 'plain');
    policy('tls', allowRole('tls'), denyHttp('tls'));
    policy('plain', allowRole('plain'));
    expect(await runCheck(check)).toMatchObject([
      { status: 'FAIL', resource: { id: 'plain' }, evidence: { coversBucket: false, coversObjects: false, Statement: [] } },
      {
        status: 'PASS',
        region: 'global',
        resource: { id: 'tls', arn: 'arn:aws:s3:::tls', type: 'AWS::S3::Bucket' },
        srm: { layer: 'data', duty: 'data-encryption', owner: 'customer' },
        evidence: { coversBucket: true, coversObjects: true, Statement: [{ Sid: 'DenyInsecureTransport', Condition: { Bool: { 'aws:SecureTransport': ['false'] } } }] },
      },
    ]);
  });

  it('FAIL when the bucket has no policy (NoSuchBucketPolicy)', async () => {
    buckets('none');
    s3.on(GetBucketPolicyCommand).rejects(awsError('NoSuchBucketPolicy'));
    expect(await runCheck(check)).toMatchObject([{ status: 'FAIL', resource: { id: 'none' }, evidence: { Policy: null } }]);
  });

  it('PASS for the JSON shapes AWS accepts: {"AWS":"*"}, BoolIfExists, boolean false, single-statement object', async () => {
    buckets('a', 'b', 'c');
    policy('a', denyHttp('a', { Principal: { AWS: '*' } }));
    policy('b', denyHttp('b', { Condition: { BoolIfExists: { 'aws:SecureTransport': false } } }));
    s3.on(GetBucketPolicyCommand, { Bucket: 'c' }).resolves({ Policy: JSON.stringify({ Version: '2012-10-17', Statement: denyHttp('c') }) });
    expect((await runCheck(check)).map((f) => f.status)).toEqual(['PASS', 'PASS', 'PASS']);
  });

  it('FAIL for the Deny shapes that leave plain HTTP open', async () => {
    buckets('objects-only', 'get-put-only', 'tls-version', 'narrowed');
    policy('objects-only', denyHttp('objects-only', { Resource: 'arn:aws:s3:::objects-only/*' }));
    policy('get-put-only', denyHttp('get-put-only', { Action: ['s3:GetObject', 's3:PutObject'] }));
    // s3:TlsVersion belongs to a different control: it does not deny plain HTTP.
    policy('tls-version', denyHttp('tls-version', { Condition: { NumericLessThan: { 's3:TlsVersion': '1.2' } } }));
    policy('narrowed', denyHttp('narrowed', { Condition: { Bool: { 'aws:SecureTransport': 'false' }, StringNotEquals: { 'aws:PrincipalAccount': '111122223333' } } }));
    expect(await runCheck(check)).toMatchObject([
      { status: 'FAIL', resource: { id: 'get-put-only' } },
      { status: 'FAIL', resource: { id: 'narrowed' } },
      { status: 'FAIL', resource: { id: 'objects-only' }, evidence: { coversBucket: false, coversObjects: true } },
      { status: 'FAIL', resource: { id: 'tls-version' } },
    ]);
  });

  it('ERROR for the bucket whose policy cannot be read or parsed; the others keep their verdict', async () => {
    buckets('denied', 'garbled', 'tls');
    s3.on(GetBucketPolicyCommand, { Bucket: 'denied' }).rejects(awsError('AccessDenied'));
    s3.on(GetBucketPolicyCommand, { Bucket: 'garbled' }).resolves({ Policy: '{"Version":"2012-10-17","Statement":[{' });
    policy('tls', denyHttp('tls'));
    expect(await runCheck(check)).toMatchObject([
      { status: 'ERROR', resource: { id: 'denied' }, message: expect.stringContaining('s3:GetBucketPolicy') },
      { status: 'ERROR', resource: { id: 'garbled' }, evidence: { operation: 'GetBucketPolicy', code: 'InvalidPolicyDocument' } },
      { status: 'PASS', resource: { id: 'tls' } },
    ]);
  });
});
