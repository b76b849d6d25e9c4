import { GetAccountPasswordPolicyCommand, IAMClient } from '@aws-sdk/client-iam';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import check from '../../../checks/iam/password-policy-reuse-prevention.js';
import { awsError } from '../../harness/aws.js';
import { runCheck } from '../../harness/run-check.js';
import { ACCOUNT } from './fixtures.js';

const iam = mockClient(IAMClient);
beforeEach(() => iam.reset());

const policy = (PasswordReusePrevention?: number) => ({
  PasswordPolicy: { MinimumPasswordLength: 14, AllowUsersToChangePassword: true, ExpirePasswords: false, ...(PasswordReusePrevention === undefined ? {} : { PasswordReusePrevention }) },
});
const ref = { arn: `arn:aws:iam::${ACCOUNT}:account-password-policy`, id: 'account-password-policy', type: 'AWS::IAM::PasswordPolicy' };

describe('iam.password-policy-reuse-prevention', () => {
  it('PASS when the last 24 passwords are remembered', async () => {
    iam.on(GetAccountPasswordPolicyCommand).resolves(policy(24));
    expect(await runCheck(check)).toMatchObject([{ status: 'PASS', resource: ref, evidence: { PasswordReusePrevention: 24, reusePrevention: 24 } }]);
  });

  it('FAIL when fewer are remembered', async () => {
    iam.on(GetAccountPasswordPolicyCommand).resolves(policy(5));
    expect(await runCheck(check)).toMatchObject([{ status: 'FAIL', evidence: { PasswordReusePrevention: 5 } }]);
  });

  it('FAIL when the policy omits PasswordReusePrevention (reuse allowed)', async () => {
    iam.on(GetAccountPasswordPolicyCommand).resolves(policy());
    expect(await runCheck(check)).toMatchObject([{ status: 'FAIL', evidence: { PasswordReusePrevention: null } }]);
  });

  it('FAIL when there is no password policy', async () => {
    iam.on(GetAccountPasswordPolicyCommand).rejects(awsError('NoSuchEntity'));
    expect(await runCheck(check)).toMatchObject([{ status: 'FAIL', resource: ref, evidence: { PasswordPolicy: null } }]);
  });

  it('honours the reusePrevention option', async () => {
    iam.on(GetAccountPasswordPolicyCommand).resolves(policy(12));
    expect(await runCheck(check, { options: { reusePrevention: 12 } })).toMatchObject([{ status: 'PASS' }]);
  });

  it('ERROR naming the permission when GetAccountPasswordPolicy is denied', async () => {
    iam.on(GetAccountPasswordPolicyCommand).rejects(awsError('AccessDenied'));
    expect(await runCheck(check)).toMatchObject([{ status: 'ERROR', message: expect.stringContaining('iam:GetAccountPasswordPolicy') }]);
  });
});
