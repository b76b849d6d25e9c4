import { GetAccountAuthorizationDetailsCommand, IAMClient } from '@aws-sdk/client-iam';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import check from '../../../checks/iam/support-role-exists.js';
import { awsError } from '../../harness/aws.js';
import { runCheck } from '../../harness/run-check.js';
import { ACCOUNT, groupDetail, policyArn, roleDetail, userDetail } from './fixtures.js';

const iam = mockClient(IAMClient);
beforeEach(() => iam.reset());

const support = { PolicyName: 'AWSSupportAccess', PolicyArn: 'arn:aws:iam::aws:policy/AWSSupportAccess' };
const accountRef = { arn: `arn:aws:iam::${ACCOUNT}:*`, id: `${ACCOUNT}/global`, type: 'AWS::::Account' };

describe('iam.support-role-exists', () => {
  it('PASS (one account-level verdict) when a role has AWSSupportAccess', async () => {
    iam.on(GetAccountAuthorizationDetailsCommand).resolves({
      RoleDetailList: [roleDetail('app'), roleDetail('support', { AttachedManagedPolicies: [support] })],
      UserDetailList: [userDetail('alice')],
      GroupDetailList: [],
      IsTruncated: false,
    });
    expect(await runCheck(check)).toMatchObject([
      {
        status: 'PASS', region: 'global', resource: accountRef,
        evidence: { PolicyArn: support.PolicyArn, PolicyRoles: ['support'], PolicyUsers: [], PolicyGroups: [] },
        srm: { layer: 'operations', duty: 'incident-response', owner: 'customer' },
      },
    ]);
  });

  it('FAIL when only a user or group has it (CIS asks for a role), with the holders as evidence', async () => {
    iam.on(GetAccountAuthorizationDetailsCommand).resolves({
      UserDetailList: [userDetail('alice', { AttachedManagedPolicies: [support] })],
      GroupDetailList: [groupDetail('ops', { AttachedManagedPolicies: [support] })],
      RoleDetailList: [],
    });
    expect(await runCheck(check)).toMatchObject([{ status: 'FAIL', evidence: { PolicyRoles: [], PolicyUsers: ['alice'], PolicyGroups: ['ops'] } }]);
  });

  it('FAIL when nothing has it; a customer policy of the same name does not count', async () => {
    iam.on(GetAccountAuthorizationDetailsCommand).resolves({
      RoleDetailList: [roleDetail('fake', { AttachedManagedPolicies: [{ PolicyName: 'AWSSupportAccess', PolicyArn: policyArn('AWSSupportAccess') }] })],
      UserDetailList: [userDetail('alice')],
      GroupDetailList: [groupDetail('devs')],
    });
    expect(await runCheck(check)).toMatchObject([{ status: 'FAIL', resource: accountRef, evidence: { PolicyRoles: [], PolicyUsers: [], PolicyGroups: [] } }]);
  });

  it('ERROR naming the permission when GetAccountAuthorizationDetails is denied', async () => {
    iam.on(GetAccountAuthorizationDetailsCommand).rejects(awsError('AccessDenied'));
    expect(await runCheck(check)).toMatchObject([{ status: 'ERROR', resource: accountRef, message: expect.stringContaining('iam:GetAccountAuthorizationDetails') }]);
  });
});
