import { GetPolicyCommand, LambdaClient, ListFunctionsCommand } from '@aws-sdk/client-lambda';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import check from '../../../checks/lambda/resource-policy-not-public.js';
import { awsError } from '../../harness/aws.js';
import { runCheck } from '../../harness/run-check.js';
import { fn, permission, policyDoc } from './fixtures.js';

const lambda = mockClient(LambdaClient);
beforeEach(() => lambda.reset());
const F = fn('f');
const ARN = F.FunctionArn!;

async function verdict(...statements: unknown[]) {
  lambda.on(ListFunctionsCommand).resolves({ Functions: [F] });
  lambda.on(GetPolicyCommand, { FunctionName: ARN }).resolves({ Policy: policyDoc(...statements), RevisionId: 'r1' });
  const [finding] = await runCheck(check);
  return finding!;
}

describe('lambda.resource-policy-not-public', () => {
  it('PASS without a policy (nobody outside the account may invoke)', async () => {
    lambda.on(ListFunctionsCommand).resolves({ Functions: [F] });
    lambda.on(GetPolicyCommand).rejects(awsError('ResourceNotFoundException'));
    expect(await runCheck(check)).toMatchObject([{ status: 'PASS', resource: { id: 'f' }, evidence: { Policy: null, offendingStatements: [] } }]);
  });

  it.each([
    ['Principal "*"', '*'],
    ['Principal {"AWS":"*"}', { AWS: '*' }],
    ['Principal {"AWS":["*"]}', { AWS: ['*'] }],
  ])('FAIL public: %s without a condition', async (_w, principal) => {
    expect(await verdict(permission('pub', principal, ARN))).toMatchObject({ status: 'FAIL', evidence: { offendingStatements: [{ exposure: 'public', Sid: 'pub' }] } });
  });

  it('FAIL public: the permission behind a function URL with AuthType NONE', async () => {
    const stmt = permission('FunctionURLAllowPublicAccess', '*', ARN, { StringEquals: { 'lambda:FunctionUrlAuthType': 'NONE' } }, 'lambda:InvokeFunctionUrl');
    expect(await verdict(stmt)).toMatchObject({ status: 'FAIL', evidence: { offendingStatements: [{ exposure: 'public' }] } });
  });

  it.each([
    ['aws:SourceArn', { ArnLike: { 'AWS:SourceArn': 'arn:aws:execute-api:us-east-1:111122223333:abc123/*' } }],
    ['aws:SourceAccount', { StringEquals: { 'AWS:SourceAccount': '111122223333' } }],
    ['aws:PrincipalOrgID', { StringEquals: { 'aws:PrincipalOrgID': 'o-a1b2c3d4e5' } }],
    ['lambda:FunctionUrlAuthType AWS_IAM', { StringEquals: { 'lambda:FunctionUrlAuthType': 'AWS_IAM' } }],
  ])('PASS: Principal "*" restricted by %s', async (_w, condition) => {
    expect(await verdict(permission('p', '*', ARN, condition))).toMatchObject({ status: 'PASS', evidence: { offendingStatements: [] } });
  });

  it.each([
    ['a negated operator', { StringNotEquals: { 'aws:SourceAccount': '999999999999' } }],
    ['an IfExists operator', { StringEqualsIfExists: { 'aws:SourceAccount': '111122223333' } }],
    ['a wildcard value', { ArnLike: { 'aws:SourceArn': '*' } }],
    ['an unrelated key', { StringEquals: { 'aws:RequestedRegion': 'us-east-1' } }],
    ['a wide aws:SourceIp', { IpAddress: { 'aws:SourceIp': '0.0.0.0/1' } }],
  ])('FAIL public: a condition with %s does not restrict', async (_w, condition) => {
    expect(await verdict(permission('p', '*', ARN, condition))).toMatchObject({ status: 'FAIL' });
  });

  // Changed when the check moved to the shared analyser (src/lib/resource-policy.ts): a narrow
  // aws:SourceIp range (IPv4 /8 or narrower) makes a grant non-public, as S3's public-access
  // evaluation and IAM Access Analyzer read it; this check used to call it public.
  it('PASS: Principal "*" restricted to a narrow aws:SourceIp range', async () => {
    expect(await verdict(permission('p', '*', ARN, { IpAddress: { 'aws:SourceIp': '203.0.113.0/24' } }))).toMatchObject({ status: 'PASS' });
  });

  it('confused deputy: an API Gateway source ARN pattern that fixes the account pins the caller; a wildcard S3 bucket ARN (no account field) does not', async () => {
    const api = permission('api', { Service: 'apigateway.amazonaws.com' }, ARN, { ArnLike: { 'AWS:SourceArn': 'arn:aws:execute-api:us-east-1:111122223333:abc123/*/GET/pets' } });
    expect(await verdict(api)).toMatchObject({ status: 'PASS' });
    lambda.reset();
    const bucket = permission('s3', { Service: 's3.amazonaws.com' }, ARN, { ArnLike: { 'AWS:SourceArn': 'arn:aws:s3:::uploads-*' } });
    expect(await verdict(bucket)).toMatchObject({ status: 'FAIL', evidence: { offendingStatements: [{ exposure: 'confused-deputy', Sid: 's3' }] } });
  });

  it('FAIL confused deputy: a service principal without aws:SourceArn / aws:SourceAccount; PASS with them', async () => {
    expect(await verdict(permission('s3', { Service: 's3.amazonaws.com' }, ARN))).toMatchObject({
      status: 'FAIL', evidence: { offendingStatements: [{ exposure: 'confused-deputy', Principal: { Service: ['s3.amazonaws.com'] } }] },
    });
    lambda.reset();
    const s3 = permission('s3', { Service: 's3.amazonaws.com' }, ARN, { StringEquals: { 'AWS:SourceAccount': '111122223333' }, ArnLike: { 'AWS:SourceArn': 'arn:aws:s3:::uploads' } });
    const sns = permission('sns', { Service: 'sns.amazonaws.com' }, ARN, { ArnLike: { 'AWS:SourceArn': 'arn:aws:sns:us-east-1:111122223333:orders' } });
    expect(await verdict(s3, sns)).toMatchObject({ status: 'PASS', evidence: { statementCount: 2, offendingStatements: [] } });
  });

  it('PASS: named accounts and roles; Deny statements are not grants', async () => {
    const other = permission('xacct', { AWS: 'arn:aws:iam::444455556666:root' }, ARN);
    const deny = { Sid: 'd', Effect: 'Deny', Principal: '*', Action: 'lambda:InvokeFunction', Resource: ARN };
    expect(await verdict(other, deny)).toMatchObject({ status: 'PASS' });
  });

  it('ERROR for an unparseable policy and for a denied GetPolicy, per function', async () => {
    const g = fn('g');
    lambda.on(ListFunctionsCommand).resolves({ Functions: [F, g] });
    lambda.on(GetPolicyCommand, { FunctionName: ARN }).resolves({ Policy: '{"Statement": 5' });
    lambda.on(GetPolicyCommand, { FunctionName: g.FunctionArn }).rejects(awsError('AccessDeniedException'));
    expect(await runCheck(check)).toMatchObject([
      { status: 'ERROR', resource: { id: 'f' }, message: expect.stringContaining('lambda:GetPolicy') },
      { status: 'ERROR', resource: { id: 'g' }, message: expect.stringContaining('lambda:GetPolicy') },
    ]);
  });
});
