/**
 * Hostile policy documents: a policy that is not valid JSON, is huge, is nested a hundred thousand
 * levels deep, or is valid JSON of the wrong shape is an ERROR for that resource, never a crash,
 * a hang or a PASS; every other resource keeps its verdict. Each check that parses a policy runs
 * with one hostile resource next to one control resource, through the real engine and inventory.
 */
import { GetAccountAuthorizationDetailsCommand, IAMClient } from '@aws-sdk/client-iam';
import { GetPolicyCommand, LambdaClient, ListFunctionsCommand } from '@aws-sdk/client-lambda';
import {
  GetBucketAclCommand,
  GetBucketPolicyCommand,
  GetBucketPolicyStatusCommand,
  GetPublicAccessBlockCommand,
  ListBucketsCommand,
  S3Client,
} from '@aws-sdk/client-s3';
import { GetPublicAccessBlockCommand as GetAccountPublicAccessBlockCommand, S3ControlClient } from '@aws-sdk/client-s3-control';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import noFullAdmin from '../../checks/iam/no-full-admin-policies.js';
import leastPrivilege from '../../checks/lambda/execution-role-least-privilege.js';
import lambdaNotPublic from '../../checks/lambda/resource-policy-not-public.js';
import bucketNotPublic from '../../checks/s3/bucket-not-public.js';
import secureTransport from '../../checks/s3/bucket-secure-transport.js';
import type { Check } from '../../src/check/define.js';
import type { Finding } from '../../src/result/finding.js';
import { parsePolicyDocument } from '../../src/lib/iam-policy.js';
import { globMatch } from '../../src/util/glob.js';
import { awsError, TEST_ACCOUNT } from '../harness/aws.js';
import { runCheck } from '../harness/run-check.js';
import { managedPolicy, NOW, roleDetail } from '../checks/iam/fixtures.js';
import { fn } from '../checks/lambda/fixtures.js';

const s3 = mockClient(S3Client);
const s3c = mockClient(S3ControlClient);
const lambda = mockClient(LambdaClient);
const iam = mockClient(IAMClient);

beforeEach(() => {
  s3.reset();
  s3c.reset();
  lambda.reset();
  iam.reset();
  s3c.on(GetAccountPublicAccessBlockCommand).rejects(awsError('NoSuchPublicAccessBlockConfiguration'));
  s3.on(GetPublicAccessBlockCommand).rejects(awsError('NoSuchPublicAccessBlockConfiguration'));
  s3.on(GetBucketPolicyStatusCommand).rejects(awsError('NoSuchBucketPolicy'));
  s3.on(GetBucketAclCommand).resolves({ Owner: { ID: 'owner' }, Grants: [{ Grantee: { Type: 'CanonicalUser', ID: 'owner' }, Permission: 'FULL_CONTROL' }] });
});

const BUCKET_ARN = (b: string) => `arn:aws:s3:::${b}`;
const FN_ARN = (f: string) => `arn:aws:lambda:us-east-1:${TEST_ACCOUNT}:function:${f}`;
const DEPTH = 100_000;
const nested = (depth: number, inner = '"*"') => '['.repeat(depth) + inner + ']'.repeat(depth);
const nestedObjects = (depth: number) => '{"a":'.repeat(depth) + '"*"' + '}'.repeat(depth);
/** A glob that made a backtracking regular expression run for hours against a long enough value. */
const GLOB_BOMB = '*a'.repeat(40) + '*b';

/**
 * Every hostile shape, written as the statement (or document) a check would judge. Each is built so
 * that a lenient parser (coercing null to "null", numbers to strings, dropping what it does not
 * understand) would reach PASS: only an ERROR is right.
 */
function hostileDocuments(statement: Record<string, unknown>): Record<string, string> {
  const doc = (s: unknown) => JSON.stringify({ Version: '2012-10-17', Statement: s });
  const body = JSON.stringify(statement).slice(1, -1);
  return {
    'not valid JSON': doc([statement]).slice(0, -7),
    'not JSON at all': '<Error><Code>AccessDenied</Code></Error>',
    'a JSON array, not an object': '[' + doc([statement]) + ']',
    [`${DEPTH} nested arrays as the Statement`]: `{"Version":"2012-10-17","Statement":${nested(DEPTH, JSON.stringify(statement))}}`,
    [`${DEPTH} nested arrays as the Action`]: `{"Version":"2012-10-17","Statement":[{${body},"Action":${nested(DEPTH)}}]}`,
    [`${DEPTH} nested arrays as the Principal`]: `{"Version":"2012-10-17","Statement":[{${body},"Principal":${nested(DEPTH)}}]}`,
    [`${DEPTH} nested objects as a Principal member`]: `{"Version":"2012-10-17","Statement":[{${body},"Principal":{"AWS":${nestedObjects(DEPTH)}}}]}`,
    [`${DEPTH} nested arrays as a Condition value`]: `{"Version":"2012-10-17","Statement":[{${body},"Condition":{"StringEquals":{"aws:SourceVpc":${nested(DEPTH)}}}}]}`,
    'Statement a number': doc(42),
    'Statement a list of numbers': doc([1, 2, 3]),
    'Principal an array of numbers': doc([{ ...statement, Principal: [1, 2] }]),
    'Principal {"AWS": [numbers]}': doc([{ ...statement, Principal: { AWS: [123456789012, 1] } }]),
    'Action null': doc([{ ...statement, Action: null }]),
    'Action a number': doc([{ ...statement, Action: 7 }]),
    'Resource an object': doc([{ ...statement, Resource: { arn: '*' } }]),
    'Condition value an object': doc([{ ...statement, Condition: { StringEquals: { 'aws:SourceVpc': { not: 'a string' } } } }]),
    'Effect a boolean': doc([{ ...statement, Effect: true }]),
    'Sid a number': doc([{ ...statement, Sid: 5 }]),
  };
}

/** A policy of `count` harmless statements (about 5 MB) with the decisive statement last. */
function hugeDocument(decisive: Record<string, unknown>, count = 20_000): string {
  const filler = Array.from({ length: count }, (_, i) => ({ Sid: `Filler${i}`, Effect: 'Allow', Principal: { AWS: `arn:aws:iam::111122223333:role/r${i}` }, Action: ['s3:GetObject', 'lambda:GetFunction'], Resource: `arn:aws:s3:::other-bucket/${'k'.repeat(150)}/${i}/*` }));
  const text = JSON.stringify({ Version: '2012-10-17', Statement: [...filler, decisive] });
  expect(text.length).toBeGreaterThan(4_500_000);
  return text;
}

interface Scenario {
  check: Check<never> | Check;
  /** The statement that, parsed leniently, would make the hostile resource PASS. */
  passing: Record<string, unknown>;
  /** The decisive statement of the huge document, and the verdict it must reach. */
  huge: { statement: Record<string, unknown>; status: 'PASS' | 'FAIL' };
  /** A statement whose Action/Resource is a glob bomb, and the verdict it must reach. */
  bomb: { statement: Record<string, unknown>; status: 'PASS' | 'FAIL' };
  /** The control resource's verdict. */
  control: 'PASS' | 'FAIL';
  /** Mocks the account: the resource "hostile" carries `document`, "control" a normal policy. */
  arrange(document: string): void;
  operation: string;
}

const IAM_DETAILS = { UserDetailList: [], GroupDetailList: [], RoleDetailList: [], Policies: [], IsTruncated: false };
const adminDoc = (Sid = 'All') => ({ Version: '2012-10-17', Statement: [{ Sid, Effect: 'Allow', Action: '*', Resource: '*' }] });

const SCENARIOS: Record<string, Scenario> = {
  's3.bucket-not-public': {
    check: bucketNotPublic,
    passing: { Sid: 'Scoped', Effect: 'Allow', Principal: { AWS: 'arn:aws:iam::111122223333:role/app' }, Action: 's3:GetObject', Resource: `${BUCKET_ARN('hostile')}/*` },
    huge: { statement: { Sid: 'PublicRead', Effect: 'Allow', Principal: '*', Action: 's3:GetObject', Resource: `${BUCKET_ARN('hostile')}/*` }, status: 'FAIL' },
    bomb: { statement: { Sid: 'Bomb', Effect: 'Allow', Principal: '*', Action: `s3:${GLOB_BOMB}`, Resource: `arn:aws:s3:::${GLOB_BOMB}` }, status: 'FAIL' },
    control: 'FAIL',
    operation: 'GetBucketPolicy',
    arrange(document) {
      s3.on(ListBucketsCommand).resolves({ Buckets: ['control', 'hostile'].map((Name) => ({ Name, BucketRegion: 'us-east-1' })) });
      s3.on(GetBucketPolicyCommand, { Bucket: 'hostile' }).resolves({ Policy: document });
      s3.on(GetBucketPolicyCommand, { Bucket: 'control' }).resolves({
        Policy: JSON.stringify({ Version: '2012-10-17', Statement: [{ Sid: 'PublicRead', Effect: 'Allow', Principal: '*', Action: 's3:GetObject', Resource: `${BUCKET_ARN('control')}/*` }] }),
      });
    },
  },
  's3.bucket-secure-transport': {
    check: secureTransport,
    passing: { Sid: 'Tls', Effect: 'Deny', Principal: '*', Action: 's3:*', Resource: [BUCKET_ARN('hostile'), `${BUCKET_ARN('hostile')}/*`], Condition: { Bool: { 'aws:SecureTransport': 'false' } } },
    huge: { statement: { Sid: 'Tls', Effect: 'Deny', Principal: '*', Action: 's3:*', Resource: [BUCKET_ARN('hostile'), `${BUCKET_ARN('hostile')}/*`], Condition: { Bool: { 'aws:SecureTransport': 'false' } } }, status: 'PASS' },
    // "arn:aws:s3:::*a*a…*b" does not cover "arn:aws:s3:::hostile" (no "b" after the a's): a decided FAIL.
    bomb: { statement: { Sid: 'Bomb', Effect: 'Deny', Principal: '*', Action: `s3:${GLOB_BOMB}`, Resource: [`arn:aws:s3:::${GLOB_BOMB}`, `arn:aws:s3:::${GLOB_BOMB}/*`], Condition: { Bool: { 'aws:SecureTransport': 'false' } } }, status: 'FAIL' },
    control: 'PASS',
    operation: 'GetBucketPolicy',
    arrange(document) {
      s3.on(ListBucketsCommand).resolves({ Buckets: ['control', 'hostile'].map((Name) => ({ Name, BucketRegion: 'us-east-1' })) });
      s3.on(GetBucketPolicyCommand, { Bucket: 'hostile' }).resolves({ Policy: document });
      s3.on(GetBucketPolicyCommand, { Bucket: 'control' }).resolves({
        Policy: JSON.stringify({ Version: '2012-10-17', Statement: [{ Sid: 'Tls', Effect: 'Deny', Principal: '*', Action: 's3:*', Resource: [BUCKET_ARN('control'), `${BUCKET_ARN('control')}/*`], Condition: { Bool: { 'aws:SecureTransport': 'false' } } }] }),
      });
    },
  },
  'lambda.resource-policy-not-public': {
    check: lambdaNotPublic,
    passing: { Sid: 'Account', Effect: 'Allow', Principal: { AWS: 'arn:aws:iam::111122223333:root' }, Action: 'lambda:InvokeFunction', Resource: FN_ARN('hostile') },
    huge: { statement: { Sid: 'Anyone', Effect: 'Allow', Principal: '*', Action: 'lambda:InvokeFunction', Resource: FN_ARN('hostile') }, status: 'FAIL' },
    bomb: { statement: { Sid: 'Bomb', Effect: 'Allow', Principal: '*', Action: `lambda:${GLOB_BOMB}`, Resource: GLOB_BOMB }, status: 'FAIL' },
    control: 'FAIL',
    operation: 'GetPolicy',
    arrange(document) {
      lambda.on(ListFunctionsCommand).resolves({ Functions: [fn('control'), fn('hostile')] });
      lambda.on(GetPolicyCommand, { FunctionName: FN_ARN('hostile') }).resolves({ Policy: document });
      lambda.on(GetPolicyCommand, { FunctionName: FN_ARN('control') }).resolves({
        Policy: JSON.stringify({ Version: '2012-10-17', Statement: [{ Sid: 'Anyone', Effect: 'Allow', Principal: '*', Action: 'lambda:InvokeFunction', Resource: FN_ARN('control') }] }),
      });
    },
  },
  'iam.no-full-admin-policies': {
    check: noFullAdmin,
    passing: { Sid: 'Read', Effect: 'Allow', Action: 's3:GetObject', Resource: '*' },
    huge: { statement: { Sid: 'All', Effect: 'Allow', Action: '*', Resource: '*' }, status: 'FAIL' },
    bomb: { statement: { Sid: 'Bomb', Effect: 'Allow', Action: GLOB_BOMB, Resource: GLOB_BOMB }, status: 'PASS' },
    control: 'FAIL',
    operation: 'GetAccountAuthorizationDetails',
    arrange(document) {
      const hostile = {
        ...managedPolicy('hostile', {}),
        PolicyVersionList: [{ Document: encodeURIComponent(document), VersionId: 'v2', IsDefaultVersion: true, CreateDate: NOW }],
      };
      iam.on(GetAccountAuthorizationDetailsCommand).resolves({ ...IAM_DETAILS, Policies: [managedPolicy('control', adminDoc()), hostile] });
    },
  },
  'lambda.execution-role-least-privilege': {
    check: leastPrivilege,
    passing: { Sid: 'Table', Effect: 'Allow', Action: 'dynamodb:GetItem', Resource: `arn:aws:dynamodb:us-east-1:${TEST_ACCOUNT}:table/orders` },
    huge: { statement: { Sid: 'All', Effect: 'Allow', Action: '*', Resource: '*' }, status: 'FAIL' },
    bomb: { statement: { Sid: 'Bomb', Effect: 'Allow', Action: `dynamodb:${GLOB_BOMB}`, Resource: `arn:aws:dynamodb:us-east-1:${TEST_ACCOUNT}:table/${GLOB_BOMB}` }, status: 'PASS' },
    control: 'FAIL',
    operation: 'GetAccountAuthorizationDetails',
    arrange(document) {
      lambda.on(ListFunctionsCommand).resolves({ Functions: [fn('control'), fn('hostile')] });
      iam.on(GetAccountAuthorizationDetailsCommand).resolves({
        ...IAM_DETAILS,
        RoleDetailList: [
          roleDetail('control-role', { RolePolicyList: [{ PolicyName: 'everything', PolicyDocument: encodeURIComponent(JSON.stringify(adminDoc())) }] }),
          roleDetail('hostile-role', { RolePolicyList: [{ PolicyName: 'hostile', PolicyDocument: encodeURIComponent(document) }] }),
        ],
      });
    },
  },
};

const verdicts = (findings: Finding[]) => Object.fromEntries(findings.map((f) => [f.resource.id, f.status]));

async function timed<T>(run: () => Promise<T>): Promise<{ value: T; ms: number }> {
  const start = performance.now();
  const value = await run();
  return { value, ms: performance.now() - start };
}

for (const [id, sc] of Object.entries(SCENARIOS)) {
  describe(`${id} under hostile policy documents`, () => {
    it('the lenient reading of the passing statement would PASS (the hostile shapes below must not)', async () => {
      sc.arrange(JSON.stringify({ Version: '2012-10-17', Statement: [sc.passing] }));
      expect(verdicts(await runCheck(sc.check))).toEqual({ control: sc.control, hostile: 'PASS' });
    });

    for (const [shape, document] of Object.entries(hostileDocuments(sc.passing))) {
      it(`${shape}: ERROR for that resource only, the control keeps its verdict`, async () => {
        sc.arrange(document);
        const { value: findings, ms } = await timed(() => runCheck(sc.check));
        expect(verdicts(findings)).toEqual({ control: sc.control, hostile: 'ERROR' });
        const error = findings.find((f) => f.resource.id === 'hostile')!;
        expect(error.evidence).toMatchObject({ operation: sc.operation });
        expect(error.message.length).toBeLessThan(2_000); // the message describes the document, never repeats it
        expect(ms).toBeLessThan(5_000);
      }, 20_000);
    }

    it('a 5 MB policy of 20,000 statements: the decisive last statement is judged, in reasonable time', async () => {
      sc.arrange(hugeDocument(sc.huge.statement));
      const { value: findings, ms } = await timed(() => runCheck(sc.check));
      expect(verdicts(findings)).toEqual({ control: sc.control, hostile: sc.huge.status });
      expect(ms).toBeLessThan(15_000);
    }, 30_000);

    it('a glob bomb in Action and Resource ("*a*a*a…*b") is decided, not a hang', async () => {
      sc.arrange(JSON.stringify({ Version: '2012-10-17', Statement: [sc.bomb.statement] }));
      const { value: findings, ms } = await timed(() => runCheck(sc.check));
      expect(verdicts(findings)).toEqual({ control: sc.control, hostile: sc.bomb.status });
      expect(ms).toBeLessThan(5_000);
    }, 20_000);
  });
}

describe('parsePolicyDocument and globMatch on hostile input (src/lib/iam-policy.ts)', () => {
  it('rejects wrong shapes with a message that describes, never repeats, the value', () => {
    const cases: [unknown, RegExp][] = [
      [{ Statement: 42 }, /Statement 0 is not an object, got number 42/],
      [{ Statement: [[{ Effect: 'Allow' }]] }, /Statement 0 is not an object, got an array/],
      [{ Statement: [{ Effect: 'Allow', Action: null }] }, /Statement 0 Action must be a string or a list of strings, got null/],
      [{ Statement: [{ Effect: 'Allow', Action: ['s3:GetObject', 5] }] }, /Action .* got number 5 in the list/],
      [{ Statement: [{ Effect: 'Allow', Resource: { a: 1 } }] }, /Resource .* got an object/],
      [{ Statement: [{ Effect: 'Allow', Principal: [1, 2] }] }, /Principal must be "\*" or an object, got an array of 2/],
      [{ Statement: [{ Effect: 'Allow', Principal: { AWS: [1] } }] }, /Principal.AWS must be a string or a list of strings/],
      [{ Statement: [{ Effect: 'Allow', NotPrincipal: { AWS: null } }] }, /NotPrincipal.AWS/],
      [{ Statement: [{ Effect: 'Allow', Condition: { StringEquals: { k: null } } }] }, /Condition StringEquals k must be a string, boolean or number/],
      [{ Statement: [{ Effect: 'Allow', Condition: { NumericLessThan: { k: Infinity } } }] }, /Condition NumericLessThan k/],
      [{ Statement: [{ Effect: 'Allow', Sid: 5 }] }, /Sid must be a string/],
      [{ Statement: [{ Effect: 'x'.repeat(1e6) }] }, /Effect a string of 1000000 characters/],
    ];
    for (const [doc, message] of cases) expect(() => parsePolicyDocument(doc as object), JSON.stringify(doc).slice(0, 80)).toThrow(message);
    expect(() => parsePolicyDocument(`{"Statement":[{"Effect":"Allow","Action":${nested(DEPTH)}}]}`)).toThrow(/^Statement 0 Action .{0,80}$/);
  });

  it('still accepts what AWS accepts: booleans and numbers as Condition values, a single statement object', () => {
    expect(parsePolicyDocument({ Statement: { Effect: 'Deny', Action: 's3:*', Condition: { Bool: { 'aws:SecureTransport': false }, NumericLessThan: { 's3:TlsVersion': 1.2 } } } }).Statement).toEqual([
      { Effect: 'Deny', Action: ['s3:*'], Condition: { Bool: { 'aws:SecureTransport': ['false'] }, NumericLessThan: { 's3:TlsVersion': ['1.2'] } } },
    ]);
  });

  it('globMatch: linear on a glob bomb, and still right', () => {
    const start = performance.now();
    expect(globMatch(GLOB_BOMB, 'a'.repeat(10_000))).toBe(false);
    expect(globMatch(GLOB_BOMB, 'a'.repeat(10_000) + 'b')).toBe(true);
    expect(globMatch('*'.repeat(10_000) + 'x', 'y'.repeat(10_000))).toBe(false);
    expect(performance.now() - start).toBeLessThan(2_000);
    const table: [string, string, boolean, boolean?][] = [
      ['s3:Get*', 's3:GetObject', true], ['S3:get*', 's3:GetObject', true, true], ['S3:get*', 's3:GetObject', false], ['s3:Get?bject', 's3:GetObject', true],
      ['*', '', true], ['', '', true], ['', 'a', false], ['?', '', false], ['a*b*c', 'abc', true], ['a*b*c', 'aXbYc', true], ['a*b*c', 'acb', false],
      ['*.txt', 'a.txt.gz', false], ['**a', 'ba', true], ['a?', 'a', false], ['arn:aws:s3:::b.c/*', 'arn:aws:s3:::bxc/k', false], ['arn:aws:s3:::b/(x)', 'arn:aws:s3:::b/(x)', true],
    ];
    for (const [pattern, value, expected, ci] of table) expect(globMatch(pattern, value, ci ?? false), `${pattern} ~ ${value}`).toBe(expected);
  });
});
