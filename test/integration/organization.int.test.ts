/**
 * An organization scan through the CLI against moto: the management account lists its ACTIVE
 * accounts, scans itself with its own credentials and every member through the member role, and an
 * account whose role cannot be assumed becomes ONE ERROR finding (the other accounts are scanned,
 * exit 3). OU exclusion is exercised against moto's real OU tree.
 *
 * How the refused AssumeRole is produced: moto 5.2 does not check that the role exists (AssumeRole
 * into any role name of any account succeeds; it even creates OrganizationAccountAccessRole in each
 * new account, with no policy). With IAM enforcement on (POST /moto-api/reset-auth) it does evaluate
 * the caller's identity policy for sts:AssumeRole against the role ARN, so the scanning user gets an
 * explicit Deny on one member's role and moto answers AccessDenied, as AWS would for a missing role
 * or a trust policy that does not name the caller. moto does not evaluate the role's trust policy.
 * Enforcement is server-wide: this file has a server of its own.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, readdir, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { CreateAccessKeyCommand, CreateLoginProfileCommand, CreateUserCommand, IAMClient, PutRolePolicyCommand, PutUserPolicyCommand } from '@aws-sdk/client-iam';
import {
  CreateAccountCommand,
  CreateOrganizationalUnitCommand,
  CreateOrganizationCommand,
  ListRootsCommand,
  MoveAccountCommand,
  OrganizationsClient,
} from '@aws-sdk/client-organizations';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scanPolicy } from '../../src/cli/policy.js';
import { validateResult, type ScanResult } from '../../src/result/result.js';
import { startMoto, type MotoServer } from '../../scripts/support/moto-server.js';
import type { SdkClient } from '../../src/aws/clients.js';
import { seedClientAt } from '../harness/moto-account.js';

const run = promisify(execFile);
const root = join(import.meta.dirname, '..', '..');
const MANAGEMENT = '123456789012'; // moto's default account: the organization is created from it
const ROLE = 'OrganizationAccountAccessRole';
// An IAM check: with IAM enforcement on, moto authorizes S3 Control and bucket GetPublicAccessBlock
// under wrong action names (see denied.int.test.ts), while IAM reads are authorized as in AWS.
const CHECK = 'iam.console-users-mfa-enabled';

let moto: MotoServer;
let out: string;
const members: Record<'alpha' | 'beta' | 'denied' | 'sandbox', string> = { alpha: '', beta: '', denied: '', sandbox: '' };
let auditor: Record<string, string>;
let code: number;
let stderr: string;
let result: ScanResult;

/** An SDK client acting in `account` of this test's moto (x-moto-account-id header): seeding only. */
const clientIn = <T extends Pick<SdkClient, 'middlewareStack'>>(Ctor: new (c: Record<string, unknown>) => T, account: string): T => seedClientAt(moto.endpoint, Ctor, account);

/** A user with a console password and no MFA: a FAIL of CHECK, distinct per account. */
async function consoleUser(account: string, name: string) {
  const iam = clientIn(IAMClient, account);
  await iam.send(new CreateUserCommand({ UserName: name }));
  await iam.send(new CreateLoginProfileCommand({ UserName: name, Password: 'Correct-Horse-9-Battery' }));
}

async function srmAudit(args: string[]) {
  const env = { ...process.env, AWS_ENDPOINT_URL: moto.endpoint, AWS_REGION: 'us-east-1', AWS_DEFAULT_REGION: 'us-east-1', ...auditor };
  try {
    const r = await run(process.execPath, ['--import', 'tsx', join(root, 'src/cli/bin.ts'), ...args], { env, cwd: root, maxBuffer: 64 << 20 });
    return { code: 0, ...r };
  } catch (err) {
    const e = err as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

beforeAll(async () => {
  moto = await startMoto();
  out = await mkdtemp(join(tmpdir(), 'srm-org-int-'));
  const org = clientIn(OrganizationsClient, MANAGEMENT);
  await org.send(new CreateOrganizationCommand({ FeatureSet: 'ALL' }));
  for (const name of Object.keys(members) as (keyof typeof members)[]) {
    const created = await org.send(new CreateAccountCommand({ AccountName: name, Email: `${name}@example.com` }));
    members[name] = created.CreateAccountStatus!.AccountId!;
  }
  // The sandbox account sits two OUs down: excluding the parent OU must reach it.
  const rootId = (await org.send(new ListRootsCommand({}))).Roots![0]!.Id!;
  const sandboxes = await org.send(new CreateOrganizationalUnitCommand({ ParentId: rootId, Name: 'Sandboxes' }));
  const team = await org.send(new CreateOrganizationalUnitCommand({ ParentId: sandboxes.OrganizationalUnit!.Id!, Name: 'Team' }));
  await org.send(new MoveAccountCommand({ AccountId: members.sandbox, SourceParentId: rootId, DestinationParentId: team.OrganizationalUnit!.Id! }));

  // The member role (moto created it, without a policy) gets the scan's read-only policy.
  for (const id of Object.values(members)) {
    await clientIn(IAMClient, id).send(new PutRolePolicyCommand({ RoleName: ROLE, PolicyName: 'srm-audit', PolicyDocument: JSON.stringify(scanPolicy()) }));
  }
  await consoleUser(MANAGEMENT, 'mgmt-console');
  await consoleUser(members.alpha, 'alpha-console');
  await consoleUser(members.beta, 'beta-console');
  await consoleUser(members.beta, 'beta-operator');
  await consoleUser(members.sandbox, 'sandbox-console');
  await consoleUser(members.denied, 'denied-console');

  // The scanning identity: the read-only policy, AssumeRole into the member role, except in "denied".
  const iam = clientIn(IAMClient, MANAGEMENT);
  await iam.send(new CreateUserCommand({ UserName: 'auditor' }));
  const policy = scanPolicy();
  await iam.send(new PutUserPolicyCommand({
    UserName: 'auditor',
    PolicyName: 'scan',
    PolicyDocument: JSON.stringify({
      ...policy,
      Statement: [
        ...policy.Statement,
        { Sid: 'AssumeMemberRole', Effect: 'Allow', Action: 'sts:AssumeRole', Resource: `arn:aws:iam::*:role/${ROLE}` },
        { Sid: 'NotThisOne', Effect: 'Deny', Action: 'sts:AssumeRole', Resource: `arn:aws:iam::${members.denied}:role/${ROLE}` },
      ],
    }),
  }));
  const key = (await iam.send(new CreateAccessKeyCommand({ UserName: 'auditor' }))).AccessKey!;
  auditor = { AWS_ACCESS_KEY_ID: key.AccessKeyId!, AWS_SECRET_ACCESS_KEY: key.SecretAccessKey! };
  await fetch(`${moto.endpoint}/moto-api/reset-auth`, { method: 'POST', headers: { 'Content-Type': 'text/plain' }, body: '0' });

  const r = await srmAudit(['scan', '--organization', '--org-exclude-ous', sandboxes.OrganizationalUnit!.Id!, '--regions', 'us-east-1', '--checks', CHECK, '--output-dir', join(out, 'org'), '--max-attempts', '1', '--verbose']);
  code = r.code;
  stderr = r.stderr;
  const [runDir] = await readdir(join(out, 'org'));
  result = JSON.parse(await readFile(join(out, 'org', runDir!, 'result.json'), 'utf8')) as ScanResult;
});

afterAll(async () => {
  await moto?.stop();
});

// moto 5.2 with IAM enforcement checks the Resource Groups Tagging API under its signing name
// ("tagging:GetResources"; AWS's action is tag:GetResources, which the policy grants), so the
// service discovery after the checks ERRORs in every scanned account here. Set apart; asserted below.
const DISCOVERY = 'tagging.service-discovery';
const findingsOf = (account: string) => result.findings.filter((f) => f.account === account && f.checkId !== DISCOVERY);

describe('organization scan through the CLI', () => {
  it('writes a schema-valid result covering the management account and every selected member', () => {
    expect(validateResult(result)).toEqual([]);
    expect(result.scan.accounts).toEqual([MANAGEMENT, members.alpha, members.beta, members.denied].sort());
    expect(result.scan.identity).toBe(`arn:aws:iam::${MANAGEMENT}:user/auditor`);
    expect(result.scan.checks).toEqual([CHECK]);
  });

  it('scans the management account with its own credentials and each reachable member through its role', () => {
    // Every user gets a finding: the scanning user has no console password (PASS).
    expect(findingsOf(MANAGEMENT).map((f) => [f.resource.id, f.status]).sort()).toEqual([['auditor', 'PASS'], ['mgmt-console', 'FAIL']]);
    expect(findingsOf(members.alpha).map((f) => [f.resource.id, f.status])).toEqual([['alpha-console', 'FAIL']]);
    expect(findingsOf(members.beta).map((f) => [f.resource.id, f.status])).toEqual([['beta-console', 'FAIL'], ['beta-operator', 'FAIL']]);
    expect(findingsOf(members.beta)[0]!.resource.arn).toBe(`arn:aws:iam::${members.beta}:user/beta-console`);
    expect(result.scan.apiCallsByOperation['organizations:ListAccounts']).toBe(1);
    // The role session names srm-audit and the scan.
    expect(stderr).toContain(`account ${members.alpha}: scanning as arn:aws:sts::${members.alpha}:assumed-role/${ROLE}/srm-audit-${result.scan.id.slice(0, 8)}`);
  });

  it('leaves out the accounts under an excluded OU, recursively', () => {
    expect(result.scan.accounts).not.toContain(members.sandbox);
    expect(result.findings.some((f) => f.resource.id === 'sandbox-console')).toBe(false);
  });

  it('reports the member whose role cannot be assumed as ONE ERROR naming the role ARN and the AWS error code', () => {
    const denied = findingsOf(members.denied);
    expect(denied).toHaveLength(1);
    const [f] = denied;
    const roleArn = `arn:aws:iam::${members.denied}:role/${ROLE}`;
    expect(f).toMatchObject({ status: 'ERROR', checkId: 'organizations.member-account-access', region: 'global', resource: { arn: `arn:aws:iam::${members.denied}:root`, id: members.denied } });
    expect(f!.message).toContain(roleArn);
    expect(f!.message).toContain('AccessDenied');
    expect(result.scan.errors.filter((e) => e.scope.startsWith(members.denied))).toEqual([
      expect.objectContaining({ scope: `${members.denied}/global`, operation: 'sts:AssumeRole', code: 'AccessDenied', kind: 'denied', iamAction: 'sts:AssumeRole' }),
    ]);
    const discovery = result.findings.filter((f) => f.checkId === DISCOVERY);
    expect(discovery.every((f) => f.status === 'ERROR' && f.message.includes('tagging:GetResources'))).toBe(true);
    expect(result.summary.status.ERROR - discovery.length).toBe(1);
    // The member that was never reached has no discovery either: nothing was planned there.
    expect(discovery.some((f) => f.account === members.denied)).toBe(false);
    expect(stderr).toContain(`account ${members.denied} not scanned`);
  });

  it('exits 3: the result is incomplete', () => {
    expect(result.scan.incomplete).toBe(true);
    expect(code).toBe(3);
  });

  it('refuses a bad role name with one sentence and exit 2, before any AWS call', async () => {
    const r = await srmAudit(['scan', '--organization', '--org-include-accounts', members.alpha, '--regions', 'us-east-1', '--checks', CHECK, '--output-dir', join(out, 'bad'), '--max-attempts', '1', '--org-role-name', 'bad role!']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--org-role-name "bad role!" is not an IAM role name/);
  });
});
