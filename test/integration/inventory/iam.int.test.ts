import {
  AddUserToGroupCommand,
  AttachGroupPolicyCommand,
  AttachUserPolicyCommand,
  CreateAccessKeyCommand,
  CreateGroupCommand,
  CreateLoginProfileCommand,
  CreatePolicyCommand,
  CreatePolicyVersionCommand,
  CreateRoleCommand,
  CreateUserCommand,
  CreateVirtualMFADeviceCommand,
  EnableMFADeviceCommand,
  IAMClient,
  PutGroupPolicyCommand,
  PutRolePolicyCommand,
  PutUserPolicyCommand,
  UpdateAccessKeyCommand,
  UpdateAccountPasswordPolicyCommand,
} from '@aws-sdk/client-iam';
import { beforeAll, describe, expect, it } from 'vitest';
import { builtinChecks } from '../../../checks/index.js';

const iamChecks = builtinChecks.filter((c) => c.service === 'iam');
import { parsePolicyDocument } from '../../../src/lib/iam-policy.js';
import { motoInventory, seedClient } from '../../harness/moto-account.js';
import { runCheck } from '../../harness/run-check.js';

const ACCOUNT = '220000000001'; // seeded with users, groups, roles, policies, a password policy
const EMPTY = '220000000002'; // nothing seeded

const doc = (...Statement: object[]) => JSON.stringify({ Version: '2012-10-17', Statement });
const admin = { Effect: 'Allow', Action: '*', Resource: '*' };
const trust = doc({ Effect: 'Allow', Principal: { Service: 'ec2.amazonaws.com' }, Action: 'sts:AssumeRole' });

describe('iam inventory against moto', () => {
  let policyArn = '';

  beforeAll(async () => {
    const iam = seedClient(IAMClient, ACCOUNT);
    for (const UserName of ['alice', 'bob', 'ci-bot']) await iam.send(new CreateUserCommand({ UserName }));
    await iam.send(new CreateLoginProfileCommand({ UserName: 'alice', Password: 'Correct-Horse-Battery-1' }));
    await iam.send(new CreateLoginProfileCommand({ UserName: 'bob', Password: 'Correct-Horse-Battery-2' }));
    const mfa = await iam.send(new CreateVirtualMFADeviceCommand({ VirtualMFADeviceName: 'alice' }));
    await iam.send(new EnableMFADeviceCommand({ UserName: 'alice', SerialNumber: mfa.VirtualMFADevice!.SerialNumber!, AuthenticationCode1: '123456', AuthenticationCode2: '654321' }));
    await iam.send(new CreateVirtualMFADeviceCommand({ VirtualMFADeviceName: 'spare' })); // never assigned
    await iam.send(new CreateAccessKeyCommand({ UserName: 'ci-bot' }));
    const second = await iam.send(new CreateAccessKeyCommand({ UserName: 'ci-bot' }));
    await iam.send(new UpdateAccessKeyCommand({ UserName: 'ci-bot', AccessKeyId: second.AccessKey!.AccessKeyId!, Status: 'Inactive' }));

    await iam.send(new CreateGroupCommand({ GroupName: 'admins' }));
    await iam.send(new AddUserToGroupCommand({ GroupName: 'admins', UserName: 'alice' }));
    await iam.send(new PutGroupPolicyCommand({ GroupName: 'admins', PolicyName: 'all', PolicyDocument: doc(admin) }));
    const created = await iam.send(new CreatePolicyCommand({ PolicyName: 'ops-power', PolicyDocument: doc({ Effect: 'Allow', Action: 'ec2:*', Resource: '*' }) }));
    policyArn = created.Policy!.Arn!;
    // v2 (default) grants *:*, with a space in a value to show the URL encoding.
    await iam.send(new CreatePolicyVersionCommand({ PolicyArn: policyArn, SetAsDefault: true, PolicyDocument: doc({ Sid: 'Break glass', ...admin }) }));
    await iam.send(new AttachUserPolicyCommand({ UserName: 'bob', PolicyArn: policyArn }));
    await iam.send(new CreatePolicyCommand({ PolicyName: 'unattached', PolicyDocument: doc(admin) }));
    await iam.send(new PutUserPolicyCommand({ UserName: 'ci-bot', PolicyName: 'deploy', PolicyDocument: doc({ Effect: 'Allow', Action: ['s3:PutObject'], Resource: 'arn:aws:s3:::deploy/*' }) }));
    await iam.send(new CreateRoleCommand({ RoleName: 'support', AssumeRolePolicyDocument: trust }));
    await iam.send(new PutRolePolicyCommand({ RoleName: 'support', PolicyName: 'support-inline', PolicyDocument: doc({ Effect: 'Allow', Action: 'support:*', Resource: '*' }) }));
    await iam.send(new AttachGroupPolicyCommand({ GroupName: 'admins', PolicyArn: policyArn }));
    await iam.send(new UpdateAccountPasswordPolicyCommand({ MinimumPasswordLength: 14, PasswordReusePrevention: 24, RequireSymbols: true }));
  });

  it('credentialReport: one row per user (moto writes no <root_account> row, AWS does)', async () => {
    const { inventory, stats } = motoInventory(ACCOUNT);
    const rows = await inventory.iam.credentialReport();
    const byUser = Object.fromEntries(rows.map((r) => [r.user, r]));
    expect(Object.keys(byUser).sort()).toEqual(['alice', 'bob', 'ci-bot']);
    expect(byUser.alice).toMatchObject({ arn: `arn:aws:iam::${ACCOUNT}:user/alice`, password_enabled: 'true', mfa_active: 'true', access_key_1_active: 'false' });
    expect(byUser.bob).toMatchObject({ password_enabled: 'true', mfa_active: 'false' });
    expect(byUser['ci-bot']).toMatchObject({ password_enabled: 'false', access_key_1_active: 'true', access_key_2_active: 'false', access_key_1_last_used_date: 'N/A' });
    expect(byUser['ci-bot']!.access_key_1_last_rotated).toMatch(/^\d{4}-\d\d-\d\dT/);
    await inventory.iam.credentialReport();
    expect(stats.byOperation.get('iam:GetCredentialReport')).toBe(1);
  });

  it('passwordPolicy: the policy when set, null when the account has none', async () => {
    expect(await motoInventory(ACCOUNT).inventory.iam.passwordPolicy()).toMatchObject({ MinimumPasswordLength: 14, PasswordReusePrevention: 24, RequireSymbols: true });
    expect(await motoInventory(EMPTY).inventory.iam.passwordPolicy()).toBeNull();
  });

  it('accountSummary: moto always reports root MFA off and no root keys', async () => {
    const summary = await motoInventory(ACCOUNT).inventory.iam.accountSummary();
    expect(summary).toMatchObject({ AccountMFAEnabled: 0, AccountAccessKeysPresent: 0, Users: 3, Groups: 1, Roles: 1 });
  });

  it('authorizationDetails: users, groups, roles and customer policies with URL-encoded documents', async () => {
    const d = await motoInventory(ACCOUNT).inventory.iam.authorizationDetails();
    expect(d.users.map((u) => u.UserName).sort()).toEqual(['alice', 'bob', 'ci-bot']);
    const bob = d.users.find((u) => u.UserName === 'bob')!;
    expect(bob.AttachedManagedPolicies).toEqual([{ PolicyName: 'ops-power', PolicyArn: policyArn }]);
    const ciBot = d.users.find((u) => u.UserName === 'ci-bot')!;
    expect(ciBot.UserPolicyList?.map((p) => p.PolicyName)).toEqual(['deploy']);
    expect(d.users.find((u) => u.UserName === 'alice')!.GroupList).toEqual(['admins']);
    const admins = d.groups.find((g) => g.GroupName === 'admins')!;
    expect(parsePolicyDocument(admins.GroupPolicyList![0]!.PolicyDocument!).Statement).toEqual([{ Effect: 'Allow', Action: ['*'], Resource: ['*'] }]);
    expect(d.roles.map((r) => r.RoleName)).toEqual(['support']);

    // moto omits PolicyName/PolicyId in Policies (AWS returns them): find by ARN.
    const ops = d.policies.find((p) => p.Arn === policyArn)!;
    expect(ops).toMatchObject({ AttachmentCount: 2, DefaultVersionId: 'v2' });
    const v2 = ops.PolicyVersionList!.find((v) => v.IsDefaultVersion)!;
    expect(v2.Document).toMatch(/^%7B/i); // URL-encoded, as in AWS
    expect(parsePolicyDocument(v2.Document!).Statement[0]).toEqual({ Sid: 'Break glass', Effect: 'Allow', Action: ['*'], Resource: ['*'] });
    expect(d.policies.find((p) => p.Arn?.endsWith(':policy/unattached'))).toMatchObject({ AttachmentCount: 0 });
  });

  it('virtualMfaDevices: assigned devices carry the user, unassigned ones do not', async () => {
    const devices = await motoInventory(ACCOUNT).inventory.iam.virtualMfaDevices();
    const bySerial = Object.fromEntries(devices.map((d) => [d.SerialNumber, d]));
    expect(bySerial[`arn:aws:iam::${ACCOUNT}:mfa/alice`]?.User).toMatchObject({ UserName: 'alice', Arn: `arn:aws:iam::${ACCOUNT}:user/alice` });
    expect(bySerial[`arn:aws:iam::${ACCOUNT}:mfa/spare`]?.User).toBeUndefined();
  });

  it('the IAM checks over this account give the verdicts the seed implies', async () => {
    const { inventory, stats } = motoInventory(ACCOUNT);
    const findings = (await Promise.all(iamChecks.map((c) => runCheck(c, { account: ACCOUNT, inventory })))).flat();
    const verdicts = Object.fromEntries(
      iamChecks.map((c) => [c.id, findings.filter((f) => f.checkId === c.id).map((f) => `${f.status} ${f.resource.id}`).sort()]),
    );
    expect(verdicts).toEqual({
      'iam.access-keys-rotated': ['PASS alice', 'PASS bob', 'PASS ci-bot'], // every user gets a finding (alice and bob: no active key)
      'iam.console-users-mfa-enabled': ['FAIL bob', 'PASS alice', 'PASS ci-bot'], // ci-bot: no console password
      'iam.console-users-no-setup-access-keys': ['PASS alice', 'PASS bob', 'PASS ci-bot'], // ci-bot's setup key: no console password
      'iam.no-full-admin-policies': ['FAIL group/admins/all', 'FAIL ops-power', 'PASS role/support/support-inline', 'PASS user/ci-bot/deploy'],
      'iam.password-policy-min-length': ['PASS account-password-policy'],
      'iam.password-policy-reuse-prevention': ['PASS account-password-policy'],
      'iam.role-trust-external-id-required': ['PASS support'],
      'iam.role-trust-not-public': ['PASS support'],
      'iam.root-access-keys-absent': ['PASS <root_account>'],
      'iam.root-hardware-mfa-enabled': ['FAIL <root_account>'], // moto: AccountMFAEnabled is always 0
      'iam.root-mfa-enabled': ['FAIL <root_account>'],
      'iam.root-user-unused': [`ERROR ${ACCOUNT}/global`], // moto: no <root_account> row, so it cannot be decided
      'iam.server-certificates-not-expired': [], // none uploaded here (test/integration/inventory/catalogue-extras.int.test.ts plants one)
      'iam.single-active-access-key': ['PASS alice', 'PASS bob', 'PASS ci-bot'],
      'iam.support-role-exists': [`FAIL ${ACCOUNT}/global`], // AWS managed policies need MOTO_IAM_LOAD_MANAGED_POLICIES
      'iam.unused-credentials-disabled': ['PASS alice', 'PASS bob', 'PASS ci-bot'], // moto cannot backdate
      'iam.user-permissions-through-groups': ['FAIL bob', 'FAIL ci-bot', 'PASS alice'],
    });
    // One inventory for all the IAM checks: every data set was fetched once.
    expect(stats.repeated.size).toBe(0);
    expect(stats.byOperation.get('iam:GetAccountAuthorizationDetails')).toBe(1);
  });
});
