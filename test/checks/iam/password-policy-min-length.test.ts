import { GetAccountPasswordPolicyCommand, IAMClient } from '@aws-sdk/client-iam';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import check from '../../../checks/iam/password-policy-min-length.js';
import { awsError } from '../../harness/aws.js';
import { runCheck } from '../../harness/run-check.js';
import { ACCOUNT } from './fixtures.js';

const iam = mockClient(IAMClient);
beforeEach(() => iam.reset());

// GetAccountPasswordPolicy's PasswordPolicy shape; optional fields are omitted when unset.
const policy = (MinimumPasswordLength: number | undefined) => ({
  PasswordPolicy: {
    ...(MinimumPasswordLength === undefined ? {} : { MinimumPasswordLength }),
    RequireSymbols: true, RequireNumbers: true, RequireUppercaseCharacters: true, RequireLowercaseCharacters: true,
    AllowUsersToChangePassword: true, ExpirePasswords: false,
  },
});
const ref = { arn: `arn:aws:iam::${ACCOUNT}:account-password-policy`, id: 'account-password-policy', type: 'AWS::IAM::PasswordPolicy' };

describe('iam.password-policy-min-length', () => {
  it('PASS at 14 characters or more', async () => {
    iam.on(GetAccountPasswordPolicyCommand).resolves(policy(14));
    expect(await runCheck(check)).toMatchObject([{ status: 'PASS', region: 'global', resource: ref, evidence: { MinimumPasswordLength: 14, minLength: 14 } }]);
  });

  it('FAIL below 14 characters', async () => {
    iam.on(GetAccountPasswordPolicyCommand).resolves(policy(8));
    expect(await runCheck(check)).toMatchObject([{ status: 'FAIL', resource: ref, evidence: { MinimumPasswordLength: 8 } }]);
  });

  it('FAIL when the account has no password policy (NoSuchEntity is data, not an error)', async () => {
    iam.on(GetAccountPasswordPolicyCommand).rejects(awsError('NoSuchEntity', { status: 404, message: 'The Password Policy with domain name 111122223333 cannot be found.' }));
    expect(await runCheck(check)).toMatchObject([{ status: 'FAIL', resource: ref, evidence: { PasswordPolicy: null } }]);
  });

  it('honours the minLength option', async () => {
    iam.on(GetAccountPasswordPolicyCommand).resolves(policy(12));
    expect(await runCheck(check, { options: { minLength: 12 } })).toMatchObject([{ status: 'PASS', evidence: { minLength: 12 } }]);
  });

  it('ERROR when a policy comes back without MinimumPasswordLength', async () => {
    iam.on(GetAccountPasswordPolicyCommand).resolves(policy(undefined));
    expect(await runCheck(check)).toMatchObject([{ status: 'ERROR', message: expect.stringContaining('MinimumPasswordLength') }]);
  });

  it('ERROR naming the permission when GetAccountPasswordPolicy is denied', async () => {
    iam.on(GetAccountPasswordPolicyCommand).rejects(awsError('AccessDenied'));
    expect(await runCheck(check)).toMatchObject([{ status: 'ERROR', message: expect.stringContaining('iam:GetAccountPasswordPolicy') }]);
  });
});
