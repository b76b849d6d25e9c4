/**
 * Secrets never reach output. Known, unique secret values are planted in every place the scanner
 * reads that can carry one (Lambda environment variables, ECS container environments, EC2 user data, resource tags, policy
 * Sids and Condition values); the real CLI scans the account, saves a snapshot and writes every
 * report format, then replays the snapshot; every byte of every output (run folders, snapshot,
 * stdout, stderr) is searched for every planted value, its base64, and the private key's body.
 */
import { randomBytes } from 'node:crypto';
import { mkdtemp, readdir, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CreateLaunchTemplateCommand, EC2Client, RunInstancesCommand } from '@aws-sdk/client-ec2';
import { DescribeTaskDefinitionCommand, ECSClient, RegisterTaskDefinitionCommand } from '@aws-sdk/client-ecs';
import { CreateRoleCommand, IAMClient, PutRolePolicyCommand } from '@aws-sdk/client-iam';
import { AddPermissionCommand, CreateFunctionCommand, LambdaClient } from '@aws-sdk/client-lambda';
import { CreateBucketCommand, PutBucketPolicyCommand, PutBucketTaggingCommand, S3Client } from '@aws-sdk/client-s3';
import { runCli } from '../harness/cli-process.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ScanResult } from '../../src/result/result.js';
import { motoEnv, startMoto, type MotoServer } from '../../scripts/support/moto-server.js';

const ACCOUNT = '123456789012'; // moto's default account: the CLI sends no account header
const REGION = 'us-east-1';

// Every planted value is random per run, so a hit can only come from this test's seeding.
const UPPER = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
const B64 = ALNUM + '+/';
const pick = (alphabet: string, n: number) => [...randomBytes(n)].map((b) => alphabet[b % alphabet.length]).join('');
const accessKeyId = () => 'AK' + 'IA' + pick(UPPER, 16);

const privateKeyBody = pick(B64, 64);
const SECRETS = {
  envAccessKeyId: accessKeyId(),
  envSecretAccessKey: pick(B64, 40),
  envGithubToken: 'gh' + 'p_' + pick(ALNUM, 36),
  envPrivateKey: ['-----BEGIN RSA ' + 'PRIVATE KEY-----', privateKeyBody, pick(B64, 64), '-----END RSA ' + 'PRIVATE KEY-----'].join('\n'),
  envDbPassword: 'pw' + pick(ALNUM, 22),
  envHighEntropy: [...ALNUM].sort(() => randomBytes(1)[0]! - 128).slice(0, 32).join(''), // 32 distinct: 5 bits a character
  userData: 'ud-' + pick(ALNUM, 32),
  userDataKeyId: accessKeyId(),
  ec2Tag: accessKeyId(),
  lambdaTag: accessKeyId(),
  s3Tag: accessKeyId(),
  iamPolicySid: accessKeyId(),
  iamPolicyCondition: accessKeyId(),
  iamAdminSid: accessKeyId(),
  bucketPolicySid: accessKeyId(),
  bucketPolicyCondition: accessKeyId(),
  lambdaPermissionSid: accessKeyId(),
  ecsDbPassword: 'pw' + pick(ALNUM, 22),
  ecsAccessKeyId: accessKeyId(),
  ecsConnPassword: 'cp' + pick(ALNUM, 22),
} as const;
type SecretName = keyof typeof SECRETS;
/** Values planted in policy documents. */
const POLICY_BORNE: SecretName[] = ['iamPolicySid', 'iamPolicyCondition', 'iamAdminSid', 'bucketPolicySid', 'bucketPolicyCondition', 'lambdaPermissionSid'];

/** The forms in which a planted value could show up: itself, base64, and for the key its body line. */
function needles(name: SecretName): string[] {
  const value = SECRETS[name];
  const forms = [value, Buffer.from(value).toString('base64')];
  if (name === 'envPrivateKey') forms.push(privateKeyBody, JSON.stringify(value).slice(1, -1));
  if (name === 'envDbPassword' || name === 'ecsConnPassword') forms.push(`postgres://app:${value}@db:5432/x`);
  return forms;
}

const FUNCTION = 'billing-sync';
const TASK_FAMILY = 'billing-worker';
const BUCKET = 'secrets-int-bucket';

let moto: MotoServer;
let work: string;

interface Run {
  code: number;
  stdout: string;
  stderr: string;
  files: Map<string, Buffer>;
  result: ScanResult;
}
let live: Run;
let replay: Run;
let snapshot: Buffer;

const srmAudit = (args: string[], env: Record<string, string>) => runCli(args, env);

async function readTree(dir: string, into = new Map<string, Buffer>()): Promise<Map<string, Buffer>> {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) await readTree(path, into);
    else into.set(path, await readFile(path));
  }
  return into;
}

async function scan(outDir: string, extra: string[], env: Record<string, string>): Promise<Run> {
  const r = await srmAudit(['scan', '--format', 'json,markdown,html,csv,junit,ocsf,asff,sarif', '--output-dir', outDir, '--verbose', ...extra], env);
  const files = await readTree(outDir);
  const resultFile = [...files.keys()].find((f) => f.endsWith('result.json'));
  if (!resultFile) throw new Error(`no result.json (exit ${r.code}): ${r.stderr}`);
  return { ...r, files, result: JSON.parse(files.get(resultFile)!.toString('utf8')) as ScanResult };
}

/** Every planted form found in `bytes`, as "secret (form n)". */
function leaksIn(bytes: Buffer | string): string[] {
  const text = typeof bytes === 'string' ? bytes : bytes.toString('latin1');
  const found: string[] = [];
  for (const name of Object.keys(SECRETS) as SecretName[]) {
    needles(name).forEach((n, i) => {
      if (text.includes(n)) found.push(`${name} (form ${i})`);
    });
  }
  return found;
}

function allLeaks(r: Run): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  const note = (where: string, bytes: Buffer | string) => {
    const l = leaksIn(bytes);
    if (l.length) out[where] = l;
  };
  note('stdout', r.stdout);
  note('stderr', r.stderr);
  for (const [path, bytes] of r.files) note(path.slice(work.length + 1), bytes);
  return out;
}

async function seed(endpoint: string): Promise<void> {
  const base = { endpoint, region: REGION, credentials: { accessKeyId: 'testing', secretAccessKey: 'testing' }, forcePathStyle: true };
  const iam = new IAMClient(base);
  const lambda = new LambdaClient(base);
  const ec2 = new EC2Client(base);
  const s3 = new S3Client(base);
  const ecs = new ECSClient(base);

  const trust = JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { Service: 'lambda.amazonaws.com' }, Action: 'sts:AssumeRole' }] });
  await iam.send(new CreateRoleCommand({ RoleName: 'billing-sync-role', AssumeRolePolicyDocument: trust }));
  await iam.send(new PutRolePolicyCommand({
    RoleName: 'billing-sync-role', PolicyName: 'tagged-access',
    PolicyDocument: JSON.stringify({
      Version: '2012-10-17',
      Statement: [
        { Sid: SECRETS.iamPolicySid, Effect: 'Allow', Action: 's3:*', Resource: '*', Condition: { StringEquals: { 'aws:PrincipalTag/key': SECRETS.iamPolicyCondition } } },
      ],
    }),
  }));
  await iam.send(new PutRolePolicyCommand({
    RoleName: 'billing-sync-role', PolicyName: 'break-glass',
    PolicyDocument: JSON.stringify({ Version: '2012-10-17', Statement: [{ Sid: SECRETS.iamAdminSid, Effect: 'Allow', Action: '*', Resource: '*' }] }),
  }));

  await lambda.send(new CreateFunctionCommand({
    FunctionName: FUNCTION, Role: `arn:aws:iam::${ACCOUNT}:role/billing-sync-role`, Runtime: 'python3.12', Handler: 'index.handler',
    Code: { ZipFile: Buffer.from('not really a zip') },
    Environment: {
      Variables: {
        AWS_ACCESS_KEY_ID: SECRETS.envAccessKeyId,
        AWS_SECRET_ACCESS_KEY: SECRETS.envSecretAccessKey,
        GH: SECRETS.envGithubToken,
        SIGNING: SECRETS.envPrivateKey,
        DB_CONN: `postgres://app:${SECRETS.envDbPassword}@db:5432/x`,
        X: SECRETS.envHighEntropy,
        LOG_LEVEL: 'info',
      },
    },
    Tags: { 'deploy-key': SECRETS.lambdaTag },
  }));
  await lambda.send(new AddPermissionCommand({ FunctionName: FUNCTION, StatementId: SECRETS.lambdaPermissionSid, Action: 'lambda:InvokeFunction', Principal: '*' }));

  await ecs.send(new RegisterTaskDefinitionCommand({
    family: TASK_FAMILY,
    containerDefinitions: [{
      name: 'worker', image: 'busybox', memory: 128,
      environment: [
        { name: 'DB_PASSWORD', value: SECRETS.ecsDbPassword },
        { name: 'UPLOAD_KEY_ID', value: SECRETS.ecsAccessKeyId },
        { name: 'REPORTS_DSN', value: `postgres://app:${SECRETS.ecsConnPassword}@db:5432/x` },
        { name: 'LOG_LEVEL', value: 'info' },
      ],
    }],
  }));

  const userData = `#!/bin/bash\nexport AWS_ACCESS_KEY_ID=${SECRETS.userDataKeyId}\nexport APP_SECRET=${SECRETS.userData}\n`;
  await ec2.send(new RunInstancesCommand({
    ImageId: 'ami-12c6146b', InstanceType: 't3.micro', MinCount: 1, MaxCount: 1, UserData: Buffer.from(userData).toString('base64'),
    TagSpecifications: [{ ResourceType: 'instance', Tags: [{ Key: 'Name', Value: 'worker' }, { Key: 'bootstrap-key', Value: SECRETS.ec2Tag }] }],
  }));
  // The same user data in a launch template: ec2.launch-template-imdsv2-required reads its versions
  // (DescribeLaunchTemplateVersions, which answers UserData too); the value must go nowhere.
  await ec2.send(new CreateLaunchTemplateCommand({
    LaunchTemplateName: 'worker-template',
    LaunchTemplateData: { ImageId: 'ami-12c6146b', InstanceType: 't3.micro', UserData: Buffer.from(userData).toString('base64'), MetadataOptions: { HttpTokens: 'optional' } },
  }));

  await s3.send(new CreateBucketCommand({ Bucket: BUCKET }));
  await s3.send(new PutBucketTaggingCommand({ Bucket: BUCKET, Tagging: { TagSet: [{ Key: 'uploader-key', Value: SECRETS.s3Tag }] } }));
  await s3.send(new PutBucketPolicyCommand({
    Bucket: BUCKET,
    Policy: JSON.stringify({
      Version: '2012-10-17',
      Statement: [
        { Sid: SECRETS.bucketPolicySid, Effect: 'Allow', Principal: '*', Action: 's3:GetObject', Resource: `arn:aws:s3:::${BUCKET}/*`, Condition: { StringEquals: { 'aws:UserAgent': SECRETS.bucketPolicyCondition } } },
        { Sid: 'TlsOnly', Effect: 'Deny', Principal: '*', Action: 's3:*', Resource: [`arn:aws:s3:::${BUCKET}`, `arn:aws:s3:::${BUCKET}/*`], Condition: { Bool: { 'aws:SecureTransport': 'false' } } },
      ],
    }),
  }));
}

beforeAll(async () => {
  moto = await startMoto();
  await seed(moto.endpoint);
  work = await mkdtemp(join(tmpdir(), 'srm-secrets-int-'));
  const snapshotFile = join(work, 'snapshot.json');
  live = await scan(join(work, 'live'), ['--regions', REGION, '--save-snapshot', snapshotFile], motoEnv(moto.endpoint));
  snapshot = await readFile(snapshotFile);
  // The replay gets no endpoint and no credentials: it must not need AWS at all.
  replay = await scan(join(work, 'replay'), ['--from-snapshot', snapshotFile], { AWS_ENDPOINT_URL: 'http://127.0.0.1:9', AWS_ACCESS_KEY_ID: '', AWS_SECRET_ACCESS_KEY: '' });
});

afterAll(async () => {
  await moto?.stop();
});

describe('planted secrets never reach a snapshot, a report or a log', () => {
  it('the scan ran and wrote every format', () => {
    expect(live.result.scan.mode).toBe('live');
    expect(live.result.findings.length).toBeGreaterThan(10);
    const names = [...live.files.keys()].map((f) => f.split('/').pop());
    for (const f of ['result.json', 'report.md', 'report.html', 'report.csv', 'report.xml', 'report.ocsf.json', 'report.asff.json', 'report.sarif']) expect(names, f).toContain(f);
    expect(replay.result.scan.mode).toBe('snapshot');
  });

  it('the secrets were really planted where the scanner reads (the test would notice a leak)', async () => {
    // The raw emulator answers carry them: the scanner is shown every secret it must not repeat.
    const lambda = new LambdaClient({ endpoint: moto.endpoint, region: REGION, credentials: { accessKeyId: 'testing', secretAccessKey: 'testing' } });
    const { GetFunctionConfigurationCommand, ListTagsCommand } = await import('@aws-sdk/client-lambda');
    const cfg = await lambda.send(new GetFunctionConfigurationCommand({ FunctionName: FUNCTION }));
    expect(leaksIn(JSON.stringify(cfg))).toEqual(expect.arrayContaining(['envAccessKeyId (form 0)', 'envGithubToken (form 0)', 'envDbPassword (form 0)', 'envHighEntropy (form 0)']));
    const td = await new ECSClient({ endpoint: moto.endpoint, region: REGION, credentials: { accessKeyId: 'testing', secretAccessKey: 'testing' } }).send(new DescribeTaskDefinitionCommand({ taskDefinition: TASK_FAMILY }));
    expect(leaksIn(JSON.stringify(td))).toEqual(expect.arrayContaining(['ecsDbPassword (form 0)', 'ecsAccessKeyId (form 0)', 'ecsConnPassword (form 0)']));
    const tags = await lambda.send(new ListTagsCommand({ Resource: cfg.FunctionArn! }));
    expect(tags.Tags?.['deploy-key']).toBe(SECRETS.lambdaTag);
  });

  it('the live scan: no planted value in stdout, stderr or any file of the run folder (but the known policy-evidence leak)', () => {
    const leaks = allLeaks(live);
    for (const [where, found] of Object.entries(leaks)) {
      const known = where !== 'stdout' && where !== 'stderr';
      leaks[where] = found.filter((f) => !(known && POLICY_BORNE.some((p) => f.startsWith(`${p} (`))));
      if (!leaks[where].length) delete leaks[where];
    }
    expect(leaks).toEqual({});
  });

  // Found by this test: the policy checks copy statement Sids and Condition values into finding
  // evidence; the finding builder now redacts known credential formats in messages and evidence.
  it('the live scan: no planted value in stdout, stderr or any file of the run folder (policy Sids and Conditions included)', () => {
    expect(allLeaks(live)).toEqual({});
  });

  it('the saved snapshot holds no planted value', () => {
    expect(leaksIn(snapshot)).toEqual([]);
  });

  it('the replayed scan: no planted value in stdout, stderr or any file of the run folder', () => {
    expect(allLeaks(replay)).toEqual({});
  });

  it('instance user data is never asked for (no DescribeInstanceAttribute / GetLaunchTemplateData); launch template user data is dropped on arrival', () => {
    const ops = Object.keys(live.result.scan.apiCallsByOperation);
    expect(ops).toContain('ec2:DescribeInstances');
    expect(ops.filter((o) => /DescribeInstanceAttribute|GetLaunchTemplateData/.test(o))).toEqual([]);
    // DescribeLaunchTemplateVersions is the only API that tells whether a template requires IMDSv2,
    // and AWS sends the template's UserData with it: the getter drops it, the recorder redacts it,
    // and the leak search above finds the planted values nowhere (snapshot included).
    expect(ops).toContain('ec2:DescribeLaunchTemplateVersions');
    const template = live.result.findings.find((f) => f.checkId === 'ec2.launch-template-imdsv2-required' && JSON.stringify(f).includes('worker-template'));
    expect(template?.status).toBe('FAIL');
    expect(JSON.stringify(template)).not.toMatch(/UserData/);
  });

  it('the detector still did its job: FAIL naming the variable keys, live and replayed alike', () => {
    for (const r of [live, replay]) {
      const f = r.result.findings.filter((x) => x.checkId === 'lambda.no-secrets-in-environment' && x.resource.id === FUNCTION);
      expect(f.map((x) => x.status)).toEqual(['FAIL']);
      const evidence = f[0]!.evidence as { secretVariables: { name: string; kinds: string[] }[] };
      const kinds = Object.fromEntries(evidence.secretVariables.map((v) => [v.name, v.kinds]));
      expect(Object.keys(kinds).sort()).toEqual(['AWS_ACCESS_KEY_ID', 'AWS_SECRET_ACCESS_KEY', 'DB_CONN', 'GH', 'SIGNING', 'X']);
      expect(kinds).toMatchObject({
        AWS_ACCESS_KEY_ID: expect.arrayContaining(['aws-access-key-id']),
        AWS_SECRET_ACCESS_KEY: expect.arrayContaining(['aws-secret-access-key']),
        DB_CONN: ['connection-string-password'],
        GH: ['github-token'],
        SIGNING: ['private-key'],
        X: ['high-entropy'],
      });
      for (const key of ['AWS_ACCESS_KEY_ID', 'DB_CONN', 'GH', 'SIGNING', 'X']) expect(f[0]!.message).toContain(key);
    }
  });

  it('the ECS secret check still names the container\'s variables, live and replayed alike', () => {
    for (const r of [live, replay]) {
      const f = r.result.findings.filter((x) => x.checkId === 'ecs.task-definition-no-secrets-in-environment' && x.resource.id === TASK_FAMILY);
      expect(f.map((x) => x.status)).toEqual(['FAIL']);
      const evidence = f[0]!.evidence as { containers: { name: string; variableCount: number; secretVariables: { name: string; kinds: string[] }[] }[] };
      expect(evidence.containers.map((c) => c.name)).toEqual(['worker']);
      expect(evidence.containers[0]!.variableCount).toBe(4);
      expect(evidence.containers[0]!.secretVariables.map((v) => v.name).sort()).toEqual(['DB_PASSWORD', 'REPORTS_DSN', 'UPLOAD_KEY_ID']);
    }
  });

  it('the replay reaches the live verdicts: redaction keeps the meaning of what it touches', () => {
    const key = (f: { id: string; status: string }) => `${f.id} ${f.status}`;
    expect(replay.result.findings.map(key).sort()).toEqual(live.result.findings.map(key).sort());
  });

  it('the policy checks still judge the planted policies (redaction keeps their meaning)', () => {
    for (const r of [live, replay]) {
      const status = (checkId: string, id: string) => r.result.findings.filter((x) => x.checkId === checkId && x.resource.id === id).map((x) => x.status);
      expect(status('lambda.resource-policy-not-public', FUNCTION)).toEqual(['FAIL']);
      expect(status('s3.bucket-secure-transport', BUCKET)).toEqual(['PASS']);
      expect(status('lambda.execution-role-least-privilege', FUNCTION)).toEqual(['FAIL']);
    }
  });
});
