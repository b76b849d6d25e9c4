import { GetAccountAuthorizationDetailsCommand, IAMClient } from '@aws-sdk/client-iam';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import check from '../../../checks/iam/role-trust-not-public.js';
import { awsError } from '../../harness/aws.js';
import { runCheck } from '../../harness/run-check.js';
import { roleArn, roleDetail, urlEncoded } from './fixtures.js';

const iam = mockClient(IAMClient);
beforeEach(() => iam.reset());

const trust = (...Statement: object[]) => urlEncoded({ Version: '2012-10-17', Statement });
const roles = (...RoleDetailList: object[]) => iam.on(GetAccountAuthorizationDetailsCommand).resolves({ UserDetailList: [], GroupDetailList: [], RoleDetailList, Policies: [], IsTruncated: false });

describe('iam.role-trust-not-public', () => {
  it('FAIL for Principal "*" and {"AWS": "*"} with the statement as evidence; PASS for a service, a named account and an org-pinned wildcard', async () => {
    roles(
      roleDetail('open', { AssumeRolePolicyDocument: trust({ Sid: 'Anyone', Effect: 'Allow', Principal: '*', Action: 'sts:AssumeRole' }) }),
      // sts:ExternalId alone does not pin the caller (anyone who learns it may use it).
      roleDetail('open-aws', { AssumeRolePolicyDocument: trust({ Effect: 'Allow', Principal: { AWS: '*' }, Action: 'sts:AssumeRole', Condition: { StringEquals: { 'sts:ExternalId': 'abc' } } }) }),
      roleDetail('ec2', {}), // fixture trust: ec2.amazonaws.com
      roleDetail('partner', { AssumeRolePolicyDocument: trust({ Effect: 'Allow', Principal: { AWS: 'arn:aws:iam::444455556666:root' }, Action: 'sts:AssumeRole' }) }),
      roleDetail('org', { AssumeRolePolicyDocument: trust({ Effect: 'Allow', Principal: { AWS: '*' }, Action: 'sts:AssumeRole', Condition: { StringEquals: { 'aws:PrincipalOrgID': 'o-abc123' } } }) }),
    );
    expect(await runCheck(check)).toMatchObject([
      { status: 'PASS', resource: { id: 'ec2' }, evidence: { publicStatements: [] } },
      { status: 'FAIL', resource: { arn: roleArn('open'), id: 'open', type: 'AWS::IAM::Role' }, evidence: { publicStatements: [{ Sid: 'Anyone', Effect: 'Allow', Principal: '*', Action: ['sts:AssumeRole'] }] }, srm: { duty: 'identity-access', serviceModel: 'SaaS' } },
      { status: 'FAIL', resource: { id: 'open-aws' }, evidence: { publicStatements: [{ Principal: { AWS: ['*'] }, Condition: { StringEquals: { 'sts:ExternalId': ['abc'] } } }] } },
      { status: 'PASS', resource: { id: 'org' } },
      { status: 'PASS', resource: { id: 'partner' } },
    ]);
  });

  it('PASS for a Deny to everyone; FAIL for a wildcard inside an ARN and for NotPrincipal', async () => {
    roles(
      roleDetail('deny', { AssumeRolePolicyDocument: trust({ Effect: 'Deny', Principal: '*', Action: 'sts:AssumeRole' }) }),
      roleDetail('star-arn', { AssumeRolePolicyDocument: trust({ Effect: 'Allow', Principal: { AWS: 'arn:aws:iam::*:root' }, Action: 'sts:AssumeRole' }) }),
      roleDetail('not-principal', { AssumeRolePolicyDocument: trust({ Effect: 'Allow', NotPrincipal: { AWS: 'arn:aws:iam::444455556666:root' }, Action: 'sts:AssumeRole' }) }),
    );
    expect((await runCheck(check)).map((f) => [f.resource.id, f.status])).toEqual([['deny', 'PASS'], ['not-principal', 'FAIL'], ['star-arn', 'FAIL']]);
  });

  it('ERROR for the one role whose trust policy cannot be read; the others keep their verdict', async () => {
    const { AssumeRolePolicyDocument: _none, ...bare } = roleDetail('bare');
    roles(roleDetail('broken', { AssumeRolePolicyDocument: encodeURIComponent('{"Statement": [') }), bare, roleDetail('ok'));
    expect(await runCheck(check)).toMatchObject([
      { status: 'ERROR', resource: { id: 'bare' }, message: expect.stringContaining('no AssumeRolePolicyDocument') },
      { status: 'ERROR', resource: { id: 'broken' }, message: expect.stringContaining('not valid JSON') },
      { status: 'PASS', resource: { id: 'ok' } },
    ]);
  });

  it('ERROR naming the permission when GetAccountAuthorizationDetails is denied', async () => {
    iam.on(GetAccountAuthorizationDetailsCommand).rejects(awsError('AccessDenied'));
    expect(await runCheck(check)).toMatchObject([{ status: 'ERROR', message: expect.stringContaining('iam:GetAccountAuthorizationDetails') }]);
  });
});
