/**
 * Sharding and merging against one moto organization: three `scan --organization --shard K/3`
 * processes (run concurrently, as a Kubernetes Indexed Job or Batch array job runs them), merged
 * with `srm-audit merge`, give the result of one unsharded scan, up to the scan id, timestamps
 * and API call counts. Every account lands in exactly one shard.
 */
import { execFile } from 'node:child_process';
import { generateKeyPairSync } from 'node:crypto';
import { cp, mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { CreateLoginProfileCommand, CreateUserCommand, IAMClient } from '@aws-sdk/client-iam';
import { CreateAccountCommand, CreateOrganizationCommand, OrganizationsClient } from '@aws-sdk/client-organizations';
import { CreateBucketCommand, PutPublicAccessBlockCommand, S3Client } from '@aws-sdk/client-s3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { validateResult, type ScanResult } from '../../src/result/result.js';
import { shardOf } from '../../src/engine/shard.js';
import { motoEnv, startMoto, type MotoServer } from '../../scripts/support/moto-server.js';
import type { SdkClient } from '../../src/aws/clients.js';
import { seedClientAt } from '../harness/moto-account.js';

const run = promisify(execFile);
const root = join(import.meta.dirname, '..', '..');
const MANAGEMENT = '123456789012';
const CHECKS = 's3.bucket-public-access-block,iam.console-users-mfa-enabled';
const N = 3;

let moto: MotoServer;
let out: string;
const accounts: string[] = [MANAGEMENT];

/** An SDK client acting in `account` of this test's moto (x-moto-account-id header): seeding only. */
const clientIn = <T extends Pick<SdkClient, 'middlewareStack'>>(Ctor: new (c: Record<string, unknown>) => T, account: string): T => seedClientAt(moto.endpoint, Ctor, account);

async function srmAudit(args: string[]) {
  try {
    const r = await run(process.execPath, ['--import', 'tsx', join(root, 'src/cli/bin.ts'), ...args], { env: { ...process.env, ...motoEnv(moto.endpoint) }, cwd: root, maxBuffer: 64 << 20 });
    return { code: 0, ...r };
  } catch (err) {
    const e = err as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

async function resultIn(dir: string): Promise<ScanResult> {
  const [runDir, ...more] = await readdir(dir);
  expect(more).toEqual([]);
  return JSON.parse(await readFile(join(dir, runDir!, 'result.json'), 'utf8')) as ScanResult;
}

/**
 * The result without what differs between any two runs: scan id, clocks, API call counts, provenance
 * (the evidence record names the run's command line; a merged result has none of its own).
 */
function untimed(r: ScanResult) {
  const { id, startedAt, finishedAt, evaluatedAt, apiCalls, apiCallsByOperation, mergedFrom, shard, evidence, ...scan } = r.scan;
  void [id, startedAt, finishedAt, evaluatedAt, apiCalls, apiCallsByOperation, mergedFrom, shard, evidence];
  return { ...r, scan };
}

let whole: { code: number; result: ScanResult };
let shards: { code: number; result: ScanResult }[];
let merged: { code: number; stdout: string; result: ScanResult };

beforeAll(async () => {
  moto = await startMoto();
  out = await mkdtemp(join(tmpdir(), 'srm-shard-int-'));
  const org = clientIn(OrganizationsClient, MANAGEMENT);
  await org.send(new CreateOrganizationCommand({ FeatureSet: 'ALL' }));
  for (let i = 0; i < 6; i++) {
    accounts.push((await org.send(new CreateAccountCommand({ AccountName: `member-${i}`, Email: `m${i}@example.com` }))).CreateAccountStatus!.AccountId!);
  }
  // Each account gets something distinct: an open bucket in some, a closed one in others, a console user without MFA in a few.
  for (const [i, id] of accounts.entries()) {
    const s3 = clientIn(S3Client, id);
    await s3.send(new CreateBucketCommand({ Bucket: `bucket-${id}` }));
    if (i % 2) await s3.send(new PutPublicAccessBlockCommand({ Bucket: `bucket-${id}`, PublicAccessBlockConfiguration: { BlockPublicAcls: true, IgnorePublicAcls: true, BlockPublicPolicy: true, RestrictPublicBuckets: true } }));
    if (i % 3 === 0) {
      const iam = clientIn(IAMClient, id);
      await iam.send(new CreateUserCommand({ UserName: `console-${id}` }));
      await iam.send(new CreateLoginProfileCommand({ UserName: `console-${id}`, Password: 'Correct-Horse-9-Battery' }));
    }
  }
  const common = ['--organization', '--regions', 'us-east-1', '--checks', CHECKS, '--quiet', '--format', 'json'];
  const runs = await Promise.all([
    srmAudit(['scan', ...common, '--output-dir', join(out, 'whole')]),
    ...Array.from({ length: N }, (_, k) => srmAudit(['scan', ...common, '--shard', `${k + 1}/${N}`, '--output-dir', join(out, `shard-${k + 1}`)])),
  ]);
  whole = { code: runs[0]!.code, result: await resultIn(join(out, 'whole')) };
  shards = await Promise.all(runs.slice(1).map(async (r, k) => ({ code: r.code, result: await resultIn(join(out, `shard-${k + 1}`)) })));
  // Output folders of the shards, as a merge step finds them on a shared volume.
  const m = await srmAudit(['merge', ...Array.from({ length: N }, (_, k) => join(out, `shard-${k + 1}`)), '--output-dir', join(out, 'merged'), '--format', 'json,markdown']);
  merged = { code: m.code, stdout: m.stdout, result: await resultIn(join(out, 'merged')) };
});

afterAll(async () => {
  await moto?.stop();
});

describe('sharded organization scan, merged', () => {
  it('scans every account in exactly one shard, the one its id hashes to', () => {
    expect([...whole.result.scan.accounts]).toEqual([...accounts].sort());
    const seen = shards.flatMap((s) => s.result.scan.accounts);
    expect([...seen].sort()).toEqual([...accounts].sort());
    for (const [k, s] of shards.entries()) {
      expect(s.result.scan.shard).toEqual({ index: k + 1, count: N });
      for (const a of s.result.scan.accounts) expect(shardOf(a, N)).toBe(k + 1);
      expect(validateResult(s.result)).toEqual([]);
    }
  });

  it('merges into a schema-valid result identical to the unsharded scan up to scan id, clocks and API call counts', () => {
    expect(validateResult(merged.result)).toEqual([]);
    expect(whole.result.findings.length).toBeGreaterThan(accounts.length);
    expect(whole.result.findings.some((f) => f.status === 'FAIL')).toBe(true);
    expect(merged.result.findings).toEqual(whole.result.findings);
    expect(merged.result.summary).toEqual(whole.result.summary);
    expect(untimed(merged.result)).toEqual(untimed(whole.result));
    expect(merged.result.scan.mergedFrom).toEqual(shards.map((s) => s.result.scan.id));
    expect(merged.result.scan.apiCalls).toBe(shards.reduce((n, s) => n + s.result.scan.apiCalls, 0));
    // Each shard records its own evidence; the merged result pins the shards' manifests instead.
    for (const s of shards) expect(s.result.scan.evidence?.commandLine).toContain('--shard');
    expect(merged.result.scan.evidence).toBeUndefined();
  });

  it('exits as the unsharded scan does, and writes the run folder as scan does', async () => {
    expect(merged.code).toBe(whole.code);
    const [runDir] = await readdir(join(out, 'merged'));
    expect((await readdir(join(out, 'merged', runDir!))).sort()).toEqual(['manifest.json', 'report.md', 'result.json']);
    const v = await srmAudit(['verify', join(out, 'merged', runDir!)]);
    expect(v.code).toBe(0);
  });

  it('refuses to merge results whose accounts overlap (exit 2, one sentence)', async () => {
    const r = await srmAudit(['merge', join(out, 'whole'), join(out, 'shard-1'), join(out, 'shard-2'), '--output-dir', join(out, 'refused')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^srm-audit: account \d{12} is in both .* and .*: merge the results of different shards of one scan, each once\n$/);
  });

  it('refuses a shard whose result.json lost its FAILs: merge --sign-key exits 2 naming the folder and file, and writes no merged folder', async () => {
    const [runDir] = await readdir(join(out, 'shard-1'));
    const tampered = join(out, 'tampered-shard-1');
    await cp(join(out, 'shard-1'), tampered, { recursive: true });
    const file = join(tampered, runDir!, 'result.json');
    const r = JSON.parse(await readFile(file, 'utf8')) as ScanResult;
    r.findings = r.findings.filter((f) => f.status !== 'FAIL');
    await writeFile(file, JSON.stringify(r, null, 2) + '\n');
    const { privateKey } = generateKeyPairSync('ed25519');
    const key = join(out, 'merge-key.pem');
    await writeFile(key, privateKey.export({ type: 'pkcs8', format: 'pem' }));
    const m = await srmAudit(['merge', tampered, join(out, 'shard-2'), join(out, 'shard-3'), '--sign-key', key, '--output-dir', join(out, 'merged-tampered')]);
    expect(m.code).toBe(2);
    expect(m.stderr).toContain(`srm-audit: refusing to merge ${join(tampered, runDir!)}: it does not verify: result.json: changed`);
    expect(await readdir(join(out, 'merged-tampered')).catch(() => [])).toEqual([]);
  });

  it('refuses a malformed --shard with exit 2 and one sentence', async () => {
    const bad = ['0/3', '4/3', '2', 'a/b', '1/0'];
    const runs = await Promise.all(bad.map((b) => srmAudit(['scan', '--organization', '--shard', b, '--output-dir', join(out, 'never')])));
    for (const [i, r] of runs.entries()) {
      expect(r.code, bad[i]).toBe(2);
      expect(r.stderr, bad[i]).toMatch(/^srm-audit: --shard .*\n$/);
    }
  });
});
