/**
 * AWS managed policies against moto: they exist only when moto loads them
 * (MOTO_IAM_LOAD_MANAGED_POLICIES=true, a server-wide setting), so this file starts a server of its own.
 */
import {
  AttachGroupPolicyCommand, AttachRolePolicyCommand, AttachUserPolicyCommand, CreateAccessKeyCommand, CreateGroupCommand, CreateLoginProfileCommand,
  CreateRoleCommand, CreateUserCommand, IAMClient,
} from '@aws-sdk/client-iam';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import consoleSetupKeys from '../../../checks/iam/console-users-no-setup-access-keys.js';
import check from '../../../checks/iam/no-full-admin-policies.js';
import externalId from '../../../checks/iam/role-trust-external-id-required.js';
import trustNotPublic from '../../../checks/iam/role-trust-not-public.js';
import { startMoto, type MotoServer } from '../../../scripts/support/moto-server.js';
import { motoInventory, seedClientAt } from '../../harness/moto-account.js';
import { runCheck } from '../../harness/run-check.js';

const ACCOUNT = '360000000001';
const aws = (name: string) => `arn:aws:iam::aws:policy/${name}`;
const trust = JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { Service: 'ec2.amazonaws.com' }, Action: 'sts:AssumeRole' }] });

let moto: MotoServer;

beforeAll(async () => {
  moto = await startMoto({ MOTO_IAM_LOAD_MANAGED_POLICIES: 'true' });
  const iam = seedClientAt(moto.endpoint, IAMClient, ACCOUNT);
  await iam.send(new CreateRoleCommand({ RoleName: 'break-glass', AssumeRolePolicyDocument: trust }));
  await iam.send(new AttachRolePolicyCommand({ RoleName: 'break-glass', PolicyArn: aws('AdministratorAccess') }));
  await iam.send(new CreateUserCommand({ UserName: 'auditor' }));
  await iam.send(new AttachUserPolicyCommand({ UserName: 'auditor', PolicyArn: aws('ReadOnlyAccess') }));
  await iam.send(new CreateGroupCommand({ GroupName: 'admins' }));
  await iam.send(new AttachGroupPolicyCommand({ GroupName: 'admins', PolicyArn: aws('AdministratorAccess') }));

  // Trust policies: anyone, a partner account without and with an external id.
  const assume = (Principal: object | string, Condition?: object) => JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal, Action: 'sts:AssumeRole', ...(Condition ? { Condition } : {}) }] });
  await iam.send(new CreateRoleCommand({ RoleName: 'anyone', AssumeRolePolicyDocument: assume({ AWS: '*' }) }));
  await iam.send(new CreateRoleCommand({ RoleName: 'vendor', AssumeRolePolicyDocument: assume({ AWS: 'arn:aws:iam::360000000099:root' }) }));
  await iam.send(new CreateRoleCommand({ RoleName: 'vendor-ok', AssumeRolePolicyDocument: assume({ AWS: '360000000099' }, { StringEquals: { 'sts:ExternalId': 'x-1' } }) }));
  // A console user created with an access key it never uses (moto stamps both with the current time).
  await iam.send(new CreateUserCommand({ UserName: 'wizard' }));
  await iam.send(new CreateLoginProfileCommand({ UserName: 'wizard', Password: 'Correct-Horse-Battery-3' }));
  await iam.send(new CreateAccessKeyCommand({ UserName: 'wizard' }));
}, 60_000);

afterAll(async () => {
  await moto?.stop();
});

describe('AWS managed policies (moto with MOTO_IAM_LOAD_MANAGED_POLICIES=true)', () => {
  it('authorizationDetails carries the documents of the AWS managed policies principals hold', async () => {
    const d = await motoInventory(ACCOUNT, moto.endpoint).inventory.iam.authorizationDetails();
    // moto answers with every AWS managed policy it loads, attached or not (AWS lists the ones in use).
    expect(d.policies.length).toBeGreaterThan(1000);
    expect(d.policies.find((p) => p.Arn === aws('AdministratorAccess'))).toMatchObject({ AttachmentCount: 2, DefaultVersionId: 'v1' });
    expect(d.roles.find((r) => r.RoleName === 'break-glass')!.AttachedManagedPolicies).toEqual([{ PolicyName: 'AdministratorAccess', PolicyArn: aws('AdministratorAccess') }]);
  });

  it('iam.no-full-admin-policies FAILs AdministratorAccess attached to a role and a group, PASSes ReadOnlyAccess, judges nothing unattached', async () => {
    const { inventory, stats } = motoInventory(ACCOUNT, moto.endpoint);
    const findings = await runCheck(check, { account: ACCOUNT, inventory });
    expect(findings).toMatchObject([
      { status: 'FAIL', resource: { arn: aws('AdministratorAccess'), id: 'AdministratorAccess' }, evidence: { attachedTo: ['group/admins', 'role/break-glass'], adminStatements: [{ Effect: 'Allow', Action: ['*'], Resource: ['*'] }] } },
      { status: 'PASS', resource: { arn: aws('ReadOnlyAccess'), id: 'ReadOnlyAccess' }, evidence: { attachedTo: ['user/auditor'], adminStatements: [] } },
    ]);
    expect(stats.byOperation.get('iam:GetAccountAuthorizationDetails')).toBe(1);
  });

  it('trust policies: iam.role-trust-not-public and iam.role-trust-external-id-required over moto\'s roles', async () => {
    const { inventory } = motoInventory(ACCOUNT, moto.endpoint);
    const verdicts = async (c: Parameters<typeof runCheck>[0]) => (await runCheck(c, { account: ACCOUNT, inventory })).map((f) => `${f.status} ${f.resource.id}`);
    expect(await verdicts(trustNotPublic)).toEqual(['FAIL anyone', 'PASS break-glass', 'PASS vendor', 'PASS vendor-ok']);
    expect(await verdicts(externalId)).toEqual(['PASS anyone', 'PASS break-glass', 'FAIL vendor', 'PASS vendor-ok']);
  });

  it('iam.console-users-no-setup-access-keys FAILs the console user created with a never-used key; PASSes the user without a password', async () => {
    const findings = await runCheck(consoleSetupKeys, { account: ACCOUNT, inventory: motoInventory(ACCOUNT, moto.endpoint).inventory });
    expect(findings).toMatchObject([
      { status: 'PASS', resource: { id: 'auditor' }, evidence: { password_enabled: 'false' } },
      { status: 'FAIL', resource: { id: 'wizard' }, evidence: { password_enabled: 'true', access_key_1_active: 'true', access_key_1_last_used_date: 'N/A' } },
    ]);
  });
});
