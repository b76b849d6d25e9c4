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

  it('does not evaluate unattached customer policies or AWS managed policies', async () => {
    details({
      Policies: [
        managedPolicy('unused-admin', doc(admin), { AttachmentCount: 0 }),
        managedPolicy('AdministratorAccess', doc(admin), { Arn: 'arn:aws:iam::aws:policy/AdministratorAccess', AttachmentCount: 3 }),
      ],
    });
    expect(await runCheck(check)).toEqual([]);
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
