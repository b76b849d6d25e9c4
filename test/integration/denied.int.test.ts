/**
 * Missing permissions against an emulator that enforces IAM: a check whose data was denied is
 * ERROR naming the missing action (never PASS or FAIL), the rest of the scan completes, and the
 * exit code says incomplete. Then `srm-audit policy` alone is enough for a complete scan.
 * moto enforces IAM only after POST /moto-api/reset-auth, server-wide: this file has its own server.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, readdir, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { CreateAccessKeyCommand, CreateUserCommand, IAMClient, PutUserPolicyCommand } from '@aws-sdk/client-iam';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scanPolicy } from '../../src/cli/policy.js';
import type { ScanResult } from '../../src/result/result.js';
import { seedClients, seedDemoAccount } from '../../scripts/support/demo-account.js';
import { startMoto, type MotoServer } from '../../scripts/support/moto-server.js';
import { isMotoGap } from '../harness/moto-gaps.js';

const run = promisify(execFile);
const root = join(import.meta.dirname, '..', '..');
let moto: MotoServer;
let out: string;

const DENIED = [
  's3:GetBucketPolicy', 'ec2:DescribeFlowLogs', 'cloudtrail:DescribeTrails', 'iam:GetAccountPasswordPolicy',
  'lambda:ListFunctions', 'logs:DescribeLogGroups', 'kms:ListKeys', 'rds:DescribeDBInstances', 'elasticfilesystem:DescribeFileSystems',
  'guardduty:ListDetectors', 'securityhub:DescribeHub', 'config:DescribeConfigurationRecorders',
];

/** A user holding `srm-audit policy`'s document, minus the `without` actions. */
async function userWithPolicy(name: string, without: string[] = []): Promise<{ AWS_ACCESS_KEY_ID: string; AWS_SECRET_ACCESS_KEY: string }> {
  const iam = new IAMClient({ endpoint: moto.endpoint, region: 'us-east-1', credentials: { accessKeyId: 'testing', secretAccessKey: 'testing' } });
  const policy = scanPolicy();
  const Statement = policy.Statement.map((st) => ({ ...st, Action: st.Action.filter((a) => !without.includes(a)) })).filter((st) => st.Action.length);
  await iam.send(new CreateUserCommand({ UserName: name }));
  await iam.send(new PutUserPolicyCommand({ UserName: name, PolicyName: 'scan', PolicyDocument: JSON.stringify({ ...policy, Statement }) }));
  const key = await iam.send(new CreateAccessKeyCommand({ UserName: name }));
  return { AWS_ACCESS_KEY_ID: key.AccessKey!.AccessKeyId!, AWS_SECRET_ACCESS_KEY: key.AccessKey!.SecretAccessKey! };
}

async function scan(creds: Record<string, string>, name: string): Promise<{ code: number; result: ScanResult }> {
  const env = { ...process.env, AWS_ENDPOINT_URL: moto.endpoint, AWS_REGION: 'us-east-1', ...creds };
  let code = 0;
  try {
    await run(process.execPath, ['--import', 'tsx', join(root, 'src/cli/bin.ts'), 'scan', '--regions', 'us-east-1,eu-west-1', '--output-dir', join(out, name), '--quiet', '--max-attempts', '1'], { env, cwd: root });
  } catch (err) {
    code = (err as { code: number }).code;
  }
  const [runDir] = await readdir(join(out, name));
  return { code, result: JSON.parse(await readFile(join(out, name, runDir!, 'result.json'), 'utf8')) as ScanResult };
}

let limited: Record<string, string>;
let full: Record<string, string>;

beforeAll(async () => {
  moto = await startMoto({ MOTO_IAM_LOAD_MANAGED_POLICIES: 'true' });
  out = await mkdtemp(join(tmpdir(), 'srm-denied-'));
  await seedDemoAccount(seedClients(moto.endpoint));
  limited = await userWithPolicy('auditor-limited', DENIED);
  full = await userWithPolicy('auditor-full');
  // From now on moto checks every request against IAM policies.
  await fetch(`${moto.endpoint}/moto-api/reset-auth`, { method: 'POST', headers: { 'Content-Type': 'text/plain' }, body: '0' });
});

afterAll(async () => {
  await moto?.stop();
});

describe('scanning with missing permissions', () => {
  it('makes every check whose data was denied ERROR, naming the action, and exits 3', async () => {
    const { code, result } = await scan(limited, 'limited');
    expect(code).toBe(3);
    expect(result.scan.incomplete).toBe(true);
    const byCheck = (id: string) => result.findings.filter((f) => f.checkId === id);
    const expectations: [string, string][] = [
      ['s3.bucket-secure-transport', 's3:GetBucketPolicy'],
      ['ec2.vpc-flow-logs-enabled', 'ec2:DescribeFlowLogs'],
      ['cloudtrail.log-file-validation-enabled', 'cloudtrail:DescribeTrails'],
      ['iam.password-policy-min-length', 'iam:GetAccountPasswordPolicy'],
      ['lambda.runtime-supported', 'lambda:ListFunctions'],
      ['logs.log-group-retention', 'logs:DescribeLogGroups'],
      ['kms.cmk-rotation-enabled', 'kms:ListKeys'],
      ['rds.instance-storage-encrypted', 'rds:DescribeDBInstances'],
      ['efs.file-system-encrypted', 'elasticfilesystem:DescribeFileSystems'],
      ['guardduty.enabled', 'guardduty:ListDetectors'],
      ['securityhub.enabled', 'securityhub:DescribeHub'],
      ['config.recorder-enabled', 'config:DescribeConfigurationRecorders'],
    ];
    for (const [checkId, action] of expectations) {
      const fs = byCheck(checkId);
      expect(fs.length, checkId).toBeGreaterThan(0);
      for (const f of fs) {
        expect(f.status, `${checkId} ${f.resource.id}`).toBe('ERROR');
        expect(f.message, checkId).toContain(action);
      }
    }
    // The rest of the scan completed: checks that needed nothing denied still decided.
    expect(byCheck('iam.console-users-mfa-enabled').every((f) => f.status !== 'ERROR')).toBe(true);
    expect(byCheck('ec2.security-group-admin-ports-restricted').some((f) => f.status === 'FAIL')).toBe(true);
    expect(result.scan.errors.some((e) => e.iamAction === 's3:GetBucketPolicy' && e.kind === 'denied')).toBe(true);
  });

  it('needs nothing beyond `srm-audit policy` for a complete scan', async () => {
    const { result } = await scan(full, 'full');
    // Two moto 5.2 authorization quirks, where the policy is right for AWS:
    // - every S3 Control request is rejected (403, no error code) whatever the policy says;
    //   AWS authorizes S3 Control GetPublicAccessBlock with s3:GetAccountPublicAccessBlock.
    // - moto checks bucket GetPublicAccessBlock as "s3:GetPublicAccessBlock", an action AWS
    //   does not have; AWS's is s3:GetBucketPublicAccessBlock (in the policy).
    // - it checks GetObjectLockConfiguration as "s3:GetObjectLockConfiguration"; AWS's action is
    //   s3:GetBucketObjectLockConfiguration (in the policy).
    // - it has no IAM action for GetBucketOwnershipControls and checks it as the bucket default,
    //   "s3:ListBucket" (an object-listing read the policy rightly lacks); AWS's action is
    //   s3:GetBucketOwnershipControls (in the policy).
    // - it checks CloudWatch calls under the signing name, "monitoring:DescribeAlarms"; AWS's action
    //   is cloudwatch:DescribeAlarms (in the policy).
    // - with enforcement on, it rejects API Gateway calls and Lambda GetPolicy/ListTags with
    //   SignatureDoesNotMatch whatever the policy (its signature check differs for these paths).
    // - it checks the Resource Groups Tagging API under its signing name, "tagging:GetResources";
    //   AWS's action is tag:GetResources (in the policy). The service discovery after the checks
    //   therefore ERRORs for each region here.
    // The unit tests cover these getters' success paths.
    const MOTO_QUIRKS = ['tagging:GetResources', 's3control:GetPublicAccessBlock', 's3:GetPublicAccessBlock', 's3:GetObjectLockConfiguration', 's3:GetBucketOwnershipControls', 'cloudwatch:DescribeAlarms', 'apigateway:GetRestApis', 'apigatewayv2:GetApis', 'lambda:GetPolicy', 'lambda:ListTags'];
    const quirk = (m: string) => MOTO_QUIRKS.some((op) => m.includes(`${op} in`));
    // The CloudWatch denial surfaces through the CIS monitoring checks' account-level verdict.
    // Checks whose data moto does not implement cannot decide here either (test/harness/moto-gaps.ts).
    const errors = result.findings.filter((f) => f.status === 'ERROR' && !isMotoGap(f.checkId) && !quirk(f.message));
    expect(errors.map((f) => `${f.checkId}: ${f.message}`)).toEqual([]);
    const denied = new Set(result.scan.errors.filter((e) => e.kind === 'denied').map((e) => e.operation));
    expect([...denied].sort()).toEqual(MOTO_QUIRKS.sort());
  });
});
