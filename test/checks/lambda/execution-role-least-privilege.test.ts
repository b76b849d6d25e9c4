import { GetAccountAuthorizationDetailsCommand, IAMClient, type RoleDetail } from '@aws-sdk/client-iam';
import { LambdaClient, ListFunctionsCommand } from '@aws-sdk/client-lambda';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import check from '../../../checks/lambda/execution-role-least-privilege.js';
import { awsError, TEST_ACCOUNT } from '../../harness/aws.js';
import { runCheck } from '../../harness/run-check.js';
import { fn } from './fixtures.js';

const lambda = mockClient(LambdaClient);
const iam = mockClient(IAMClient);
beforeEach(() => {
  lambda.reset();
  iam.reset();
});

// GetAccountAuthorizationDetails returns policy documents URL-encoded (RFC 3986).
const doc = (...Statement: unknown[]) => encodeURIComponent(JSON.stringify({ Version: '2012-10-17', Statement }));
const roleArn = (name: string, path = '/') => `arn:aws:iam::${TEST_ACCOUNT}:role${path}${name}`;
const role = (name: string, over: Partial<RoleDetail> = {}, path = '/'): RoleDetail => ({
  RoleName: name, Arn: roleArn(name, path), Path: path, RoleId: `AROA${name.toUpperCase()}`,
  AttachedManagedPolicies: [{ PolicyName: 'AWSLambdaBasicExecutionRole', PolicyArn: 'arn:aws:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole' }],
  RolePolicyList: [], ...over,
});
const CUSTOMER_ARN = `arn:aws:iam::${TEST_ACCOUNT}:policy/data-access`;
const customerPolicy = (...Statement: unknown[]) => ({
  PolicyName: 'data-access', Arn: CUSTOMER_ARN, DefaultVersionId: 'v2', AttachmentCount: 1,
  PolicyVersionList: [{ VersionId: 'v1', IsDefaultVersion: false, Document: doc({ Effect: 'Allow', Action: '*', Resource: '*' }) }, { VersionId: 'v2', IsDefaultVersion: true, Document: doc(...Statement) }],
});

function scan(functions: ReturnType<typeof fn>[], roles: RoleDetail[], policies: ReturnType<typeof customerPolicy>[] = []) {
  lambda.on(ListFunctionsCommand).resolves({ Functions: functions });
  iam.on(GetAccountAuthorizationDetailsCommand).resolves({ RoleDetailList: roles, Policies: policies, UserDetailList: [], GroupDetailList: [], IsTruncated: false });
  return runCheck(check);
}

describe('lambda.execution-role-least-privilege', () => {
  it('FAIL for AdministratorAccess, a service-wide inline statement and a customer managed "*"; PASS for scoped roles', async () => {
    const findings = await scan(
      [fn('admin', { Role: roleArn('admin-role') }), fn('inline', { Role: roleArn('inline-role') }), fn('managed', { Role: roleArn('managed-role', '/service-role/') }), fn('tight', { Role: roleArn('tight-role') })],
      [
        role('admin-role', { AttachedManagedPolicies: [{ PolicyName: 'AdministratorAccess', PolicyArn: 'arn:aws:iam::aws:policy/AdministratorAccess' }] }),
        role('inline-role', { RolePolicyList: [{ PolicyName: 'dynamo', PolicyDocument: doc({ Effect: 'Allow', Action: ['dynamodb:*', 'logs:PutLogEvents'], Resource: '*' }) }] }),
        role('managed-role', { AttachedManagedPolicies: [{ PolicyName: 'data-access', PolicyArn: CUSTOMER_ARN }] }, '/service-role/'),
        role('tight-role', { RolePolicyList: [{ PolicyName: 'table', PolicyDocument: doc({ Effect: 'Allow', Action: 'dynamodb:*', Resource: 'arn:aws:dynamodb:us-east-1:111122223333:table/orders' }, { Effect: 'Deny', Action: '*', Resource: '*' }) }] }),
      ],
      [customerPolicy({ Effect: 'Allow', NotAction: 'iam:*', Resource: '*' })],
    );
    expect(findings).toMatchObject([
      { status: 'FAIL', resource: { id: 'admin' }, evidence: { Role: roleArn('admin-role'), offendingPolicies: [{ PolicyName: 'AdministratorAccess', policyType: 'aws-managed' }] } },
      { status: 'FAIL', resource: { id: 'inline' }, evidence: { offendingPolicies: [{ PolicyName: 'dynamo', policyType: 'inline', Action: ['dynamodb:*'] }] } },
      // the default version (v2) is judged, not the older v1
      { status: 'FAIL', resource: { id: 'managed' }, evidence: { offendingPolicies: [{ PolicyName: 'data-access', policyType: 'customer-managed', Action: ['NotAction:iam:*'] }] } },
      { status: 'PASS', resource: { id: 'tight' }, evidence: { offendingPolicies: [] } },
    ]);
  });

  it('ERROR for a cross-account role and for a role missing from the account; others keep their verdict', async () => {
    const findings = await scan(
      [fn('xacct', { Role: 'arn:aws:iam::444455556666:role/shared-exec' }), fn('gone', { Role: roleArn('deleted-role') }), fn('ok', { Role: roleArn('ok-role') })],
      [role('ok-role')],
    );
    expect(findings).toMatchObject([
      { status: 'ERROR', resource: { id: 'gone' }, message: expect.stringContaining('deleted-role') },
      { status: 'PASS', resource: { id: 'ok' } },
      { status: 'ERROR', resource: { id: 'xacct' }, message: expect.stringContaining('444455556666') },
    ]);
  });

  it('adminManagedPolicies is configurable', async () => {
    lambda.on(ListFunctionsCommand).resolves({ Functions: [fn('ro', { Role: roleArn('ro-role') })] });
    iam.on(GetAccountAuthorizationDetailsCommand).resolves({ RoleDetailList: [role('ro-role', { AttachedManagedPolicies: [{ PolicyName: 'ReadOnlyAccess', PolicyArn: 'arn:aws:iam::aws:policy/ReadOnlyAccess' }] })], IsTruncated: false });
    expect(await runCheck(check)).toMatchObject([{ status: 'PASS' }]);
    expect(await runCheck(check, { options: { adminManagedPolicies: ['ReadOnlyAccess'] } })).toMatchObject([{ status: 'FAIL' }]);
  });

  it('ERROR naming iam:GetAccountAuthorizationDetails when IAM is denied', async () => {
    lambda.on(ListFunctionsCommand).resolves({ Functions: [fn('a')] });
    iam.on(GetAccountAuthorizationDetailsCommand).rejects(awsError('AccessDenied'));
    expect(await runCheck(check)).toMatchObject([{ status: 'ERROR', message: expect.stringContaining('iam:GetAccountAuthorizationDetails') }]);
  });
});
