import { GetAccountAuthorizationDetailsCommand, IAMClient } from '@aws-sdk/client-iam';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import check from '../../../checks/iam/no-full-admin-policies.js';
import { awsError } from '../../harness/aws.js';
import { runCheck } from '../../harness/run-check.js';
import { groupArn, groupDetail, managedPolicy, policyArn, roleArn, roleDetail, urlEncoded, userArn, userDetail } from './fixtures.js';

const iam = mockClient(IAMClient);
beforeEach(() => iam.reset());

const doc = (...Statement: object[]) => ({ Version: '2012-10-17', Statement });
const admin = { Effect: 'Allow', Action: '*', Resource: '*' };
const awsPolicyArn = (name: string) => `arn:aws:iam::aws:policy/${name}`;
/** An AWS managed policy as GetAccountAuthorizationDetails (Filter AWSManagedPolicy) returns it. */
const awsManaged = (name: string, d: object, AttachmentCount: number) => ({
  ...managedPolicy(name, d, { Arn: awsPolicyArn(name), AttachmentCount }),
  PolicyVersionList: [{ Document: urlEncoded(d), VersionId: 'v1', IsDefaultVersion: true, CreateDate: new Date('2015-02-06T18:39:46Z') }],
  DefaultVersionId: 'v1',
});
const details = (over: object) => iam.on(GetAccountAuthorizationDetailsCommand).resolves({ UserDetailList: [], GroupDetailList: [], RoleDetailList: [], Policies: [], IsTruncated: false, ...over });

describe('iam.no-full-admin-policies', () => {
  it('FAIL for an attached customer managed policy whose default version allows * on *; PASS for a scoped one', async () => {
    details({
      Policies: [
        managedPolicy('god', doc({ Sid: 'All', ...admin })),
        managedPolicy('s3-read', doc({ Effect: 'Allow', Action: ['s3:Get*', 's3:List*'], Resource: '*' })),
      ],
    });
    expect(await runCheck(check)).toMatchObject([
      { status: 'FAIL', resource: { arn: policyArn('god'), id: 'god', type: 'AWS::IAM::ManagedPolicy' }, evidence: { adminStatements: [{ Sid: 'All', Effect: 'Allow', Action: ['*'], Resource: ['*'] }] } },
      { status: 'PASS', resource: { arn: policyArn('s3-read'), id: 's3-read' }, evidence: { adminStatements: [] } },
    ]);
  });

  it('judges the default version only, not older versions', async () => {
    const p = managedPolicy('fixed', doc({ Effect: 'Allow', Action: 'ec2:Describe*', Resource: '*' }));
    p.PolicyVersionList[0]!.Document = urlEncoded(doc(admin)); // v1 was admin; v2 is the default
    details({ Policies: [p] });
    expect(await runCheck(check)).toMatchObject([{ status: 'PASS', resource: { id: 'fixed' } }]);
  });

  it('accepts "*:*", a single Statement object and a Condition (still FAIL: a condition limits when, not what)', async () => {
    details({
      Policies: [
        managedPolicy('colon', { Version: '2012-10-17', Statement: { Effect: 'Allow', Action: ['*:*'], Resource: ['*'] } }),
        managedPolicy('mfa-admin', doc({ ...admin, Condition: { Bool: { 'aws:MultiFactorAuthPresent': 'true' } } })),
      ],
    });
    expect(await runCheck(check)).toMatchObject([
      { status: 'FAIL', resource: { id: 'colon' }, evidence: { adminStatements: [{ Action: ['*:*'] }] } },
      { status: 'FAIL', resource: { id: 'mfa-admin' }, evidence: { adminStatements: [{ Condition: { Bool: { 'aws:MultiFactorAuthPresent': ['true'] } } }] } },
    ]);
  });

  it('FAIL for Allow NotAction on all resources (every action but the listed ones); PASS for Deny NotAction and for * on a scoped resource', async () => {
    details({
      Policies: [
        managedPolicy('power-user', doc({ Effect: 'Allow', NotAction: ['iam:*', 'organizations:*'], Resource: '*' })),
        managedPolicy('region-guard', doc({ Effect: 'Deny', NotAction: 'iam:*', Resource: '*', Condition: { StringNotEquals: { 'aws:RequestedRegion': 'eu-west-1' } } })),
        managedPolicy('bucket-admin', doc({ Effect: 'Allow', Action: '*', Resource: ['arn:aws:s3:::b', 'arn:aws:s3:::b/*'] })),
      ],
    });
    expect(await runCheck(check)).toMatchObject([
      { status: 'PASS', resource: { id: 'bucket-admin' } },
      { status: 'FAIL', resource: { id: 'power-user' }, evidence: { adminStatements: [{ NotAction: ['iam:*', 'organizations:*'], Resource: ['*'] }] } },
      { status: 'PASS', resource: { id: 'region-guard' } },
    ]);
  });

  it('names a managed policy from its ARN when PolicyName is missing (moto omits it; AWS returns it)', async () => {
    const { PolicyName: _omitted, ...p } = managedPolicy('nameless', doc(admin));
    details({ Policies: [p] });
    expect(await runCheck(check)).toMatchObject([{ status: 'FAIL', resource: { arn: policyArn('nameless'), id: 'nameless' } }]);
  });

  it('does not evaluate unattached customer policies, nor AWS managed policies no principal holds', async () => {
    details({
      Policies: [
        managedPolicy('unused-admin', doc(admin), { AttachmentCount: 0 }),
        managedPolicy('AdministratorAccess', doc(admin), { Arn: awsPolicyArn('AdministratorAccess'), AttachmentCount: 0 }),
      ],
    });
    expect(await runCheck(check)).toEqual([]);
  });

  it('FAIL for the AWS managed AdministratorAccess attached to a role and a user, exactly as a customer policy; evidence names the holders', async () => {
    const held = (...arns: string[]) => ({ AttachedManagedPolicies: arns.map((PolicyArn) => ({ PolicyArn, PolicyName: PolicyArn.slice(PolicyArn.lastIndexOf('/') + 1) })) });
    details({
      UserDetailList: [userDetail('alice', held(awsPolicyArn('AdministratorAccess'), awsPolicyArn('ReadOnlyAccess')))],
      GroupDetailList: [groupDetail('ops', held(awsPolicyArn('PowerUserAccess'), policyArn('god')))],
      RoleDetailList: [roleDetail('deployer', held(awsPolicyArn('AdministratorAccess')))],
      Policies: [
        // As AWS returns them: the default version only is listed for AWS managed policies in use.
        awsManaged('AdministratorAccess', doc(admin), 2),
        awsManaged('ReadOnlyAccess', doc({ Effect: 'Allow', Action: ['s3:Get*', 'ec2:Describe*'], Resource: '*' }), 1),
        awsManaged('PowerUserAccess', doc({ Effect: 'Allow', NotAction: ['iam:*', 'organizations:*', 'account:*'], Resource: '*' }, { Effect: 'Allow', Action: ['iam:ListRoles'], Resource: '*' }), 1),
        awsManaged('SecurityAudit', doc({ Effect: 'Allow', Action: 'iam:Get*', Resource: '*' }), 0), // held by nobody: not judged
        managedPolicy('god', doc(admin)),
      ],
    });
    expect(await runCheck(check)).toMatchObject([
      {
        status: 'FAIL',
        resource: { arn: awsPolicyArn('AdministratorAccess'), id: 'AdministratorAccess', type: 'AWS::IAM::ManagedPolicy' },
        evidence: { adminStatements: [{ Effect: 'Allow', Action: ['*'], Resource: ['*'] }], attachedTo: ['user/alice', 'role/deployer'] },
      },
      { status: 'FAIL', resource: { arn: policyArn('god'), id: 'god' }, evidence: { attachedTo: ['group/ops'] } },
      { status: 'FAIL', resource: { id: 'PowerUserAccess' }, evidence: { adminStatements: [{ NotAction: ['iam:*', 'organizations:*', 'account:*'] }], attachedTo: ['group/ops'] } },
      { status: 'PASS', resource: { arn: awsPolicyArn('ReadOnlyAccess'), id: 'ReadOnlyAccess' }, evidence: { adminStatements: [], attachedTo: ['user/alice'] } },
    ]);
  });

  it('ERROR for an AWS managed policy a principal holds whose document is not in the answer; the others keep their verdict', async () => {
    details({
      RoleDetailList: [roleDetail('deployer', { AttachedManagedPolicies: [{ PolicyArn: awsPolicyArn('AdministratorAccess'), PolicyName: 'AdministratorAccess' }] })],
      Policies: [managedPolicy('ok', doc({ Effect: 'Allow', Action: 'sqs:*', Resource: '*' }))],
    });
    expect(await runCheck(check)).toMatchObject([
      { status: 'ERROR', resource: { id: 'AdministratorAccess' }, message: expect.stringContaining('is attached to role/deployer but is not in the answer') },
      { status: 'PASS', resource: { id: 'ok' } },
    ]);
  });

  it('evaluates inline policies of users, groups and roles', async () => {
    const inline = (PolicyName: string, d: object) => ({ PolicyName, PolicyDocument: urlEncoded(d) });
    details({
      UserDetailList: [userDetail('alice', { UserPolicyList: [inline('read', doc({ Effect: 'Allow', Action: 's3:GetObject', Resource: '*' }))] })],
      GroupDetailList: [groupDetail('admins', { GroupPolicyList: [inline('all', doc(admin))] })],
      RoleDetailList: [roleDetail('deployer', { RolePolicyList: [inline('deploy', doc({ Effect: 'Allow', Action: ['*'], Resource: '*' }))] })],
    });
    expect(await runCheck(check)).toMatchObject([
      { status: 'FAIL', resource: { arn: `${groupArn('admins')}/inline-policy/all`, id: 'group/admins/all', type: 'AWS::IAM::Policy' } },
      { status: 'FAIL', resource: { arn: `${roleArn('deployer')}/inline-policy/deploy`, id: 'role/deployer/deploy', type: 'AWS::IAM::Policy' } },
      { status: 'PASS', resource: { arn: `${userArn('alice')}/inline-policy/read`, id: 'user/alice/read', type: 'AWS::IAM::Policy' } },
    ]);
  });

  it('ERROR for the one policy whose document cannot be parsed; the others keep their verdict', async () => {
    const broken = managedPolicy('broken', doc(admin));
    broken.PolicyVersionList[1]!.Document = encodeURIComponent('{"Statement": [');
    details({ Policies: [broken, managedPolicy('ok', doc({ Effect: 'Allow', Action: 'sqs:*', Resource: '*' }))] });
    expect(await runCheck(check)).toMatchObject([
      { status: 'ERROR', resource: { id: 'broken' }, message: expect.stringContaining('not valid JSON'), evidence: { operation: 'GetAccountAuthorizationDetails' } },
      { status: 'PASS', resource: { id: 'ok' } },
    ]);
  });

  it('ERROR for a policy with no default version document', async () => {
    const p = managedPolicy('odd', doc(admin));
    p.PolicyVersionList = [];
    details({ Policies: [p] });
    expect(await runCheck(check)).toMatchObject([{ status: 'ERROR', resource: { id: 'odd' }, message: expect.stringContaining('no policy document') }]);
  });

  it('ERROR naming the permission when GetAccountAuthorizationDetails is denied', async () => {
    iam.on(GetAccountAuthorizationDetailsCommand).rejects(awsError('AccessDenied'));
    expect(await runCheck(check)).toMatchObject([{ status: 'ERROR', message: expect.stringContaining('iam:GetAccountAuthorizationDetails') }]);
  });
});
