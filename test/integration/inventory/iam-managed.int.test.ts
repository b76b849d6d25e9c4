/**
 * AWS managed policies against moto: they exist only when moto loads them
 * (MOTO_IAM_LOAD_MANAGED_POLICIES=true, a server-wide setting), so this file starts a server of its own.
 */
import { AttachGroupPolicyCommand, AttachRolePolicyCommand, AttachUserPolicyCommand, CreateGroupCommand, CreateRoleCommand, CreateUserCommand, IAMClient } from '@aws-sdk/client-iam';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import check from '../../../checks/iam/no-full-admin-policies.js';
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
});
