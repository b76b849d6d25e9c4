import { GetAccountAuthorizationDetailsCommand, IAMClient } from '@aws-sdk/client-iam';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import check from '../../../checks/iam/user-permissions-through-groups.js';
import { awsError } from '../../harness/aws.js';
import { runCheck } from '../../harness/run-check.js';
import { policyArn, urlEncoded, userArn, userDetail } from './fixtures.js';

const iam = mockClient(IAMClient);
beforeEach(() => iam.reset());

const inline = { PolicyName: 'own', PolicyDocument: urlEncoded({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 's3:*', Resource: '*' }] }) };

describe('iam.user-permissions-through-groups', () => {
  it('PASS for users with only group memberships, FAIL for attached managed or inline policies', async () => {
    iam.on(GetAccountAuthorizationDetailsCommand).resolves({
      UserDetailList: [
        userDetail('alice', { GroupList: ['devs'] }),
        userDetail('bob', { AttachedManagedPolicies: [{ PolicyName: 'ReadOnlyAccess', PolicyArn: 'arn:aws:iam::aws:policy/ReadOnlyAccess' }] }),
        userDetail('carol', { UserPolicyList: [inline] }),
        // IAM may omit empty lists altogether.
        { UserName: 'dave', UserId: 'AIDADAVE', Arn: userArn('dave'), Path: '/' },
      ],
      IsTruncated: false,
    });
    expect(await runCheck(check)).toMatchObject([
      { status: 'PASS', resource: { arn: userArn('alice'), id: 'alice', type: 'AWS::IAM::User' }, evidence: { AttachedManagedPolicies: [], UserPolicyList: [], GroupList: ['devs'] } },
      { status: 'FAIL', resource: { id: 'bob' }, evidence: { AttachedManagedPolicies: ['arn:aws:iam::aws:policy/ReadOnlyAccess'], UserPolicyList: [] } },
      { status: 'FAIL', resource: { id: 'carol' }, evidence: { UserPolicyList: ['own'] } },
      { status: 'PASS', resource: { id: 'dave' } },
    ]);
  });

  it('reads every page of GetAccountAuthorizationDetails', async () => {
    iam.on(GetAccountAuthorizationDetailsCommand).resolves({ UserDetailList: [userDetail('alice')], IsTruncated: true, Marker: 'p2' });
    iam.on(GetAccountAuthorizationDetailsCommand, { Marker: 'p2' }).resolves({
      UserDetailList: [userDetail('bob', { AttachedManagedPolicies: [{ PolicyName: 'x', PolicyArn: policyArn('x') }] })],
      IsTruncated: false,
    });
    expect(await runCheck(check)).toMatchObject([{ status: 'PASS', resource: { id: 'alice' } }, { status: 'FAIL', resource: { id: 'bob' } }]);
  });

  it('returns nothing for an account without users', async () => {
    iam.on(GetAccountAuthorizationDetailsCommand).resolves({ UserDetailList: [], IsTruncated: false });
    expect(await runCheck(check)).toEqual([]);
  });

  it('ERROR naming the permission when GetAccountAuthorizationDetails is denied', async () => {
    iam.on(GetAccountAuthorizationDetailsCommand).rejects(awsError('AccessDenied'));
    expect(await runCheck(check)).toMatchObject([{ status: 'ERROR', message: expect.stringContaining('iam:GetAccountAuthorizationDetails') }]);
  });
});
