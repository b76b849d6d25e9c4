/**
 * Issue 13, item 5 against an emulated AWS API: two live scans into one output folder, with a
 * failure fixed and a new one planted between them, then `--baseline latest` reports both. Own
 * moto server (the CLI sends no account header, so it scans moto's default account).
 */
import { mkdtemp, readdir, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CreateBucketCommand, PutBucketVersioningCommand, S3Client } from '@aws-sdk/client-s3';
import { runCli } from '../harness/cli-process.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { validateResult, type ScanResult } from '../../src/result/result.js';
import { motoEnv, startMoto, type MotoServer } from '../../scripts/support/moto-server.js';

let moto: MotoServer;
let out: string;
let s3: S3Client;

const srmAudit = (...args: string[]) => runCli(args, motoEnv(moto.endpoint));

beforeAll(async () => {
  moto = await startMoto();
  out = await mkdtemp(join(tmpdir(), 'srm-baseline-int-'));
  s3 = new S3Client({ endpoint: moto.endpoint, region: 'us-east-1', forcePathStyle: true, credentials: { accessKeyId: 'testing', secretAccessKey: 'testing' } });
});

afterAll(async () => {
  s3?.destroy();
  await moto?.stop();
});

const scan = (...args: string[]) => srmAudit('scan', '--regions', 'us-east-1', '--checks', 's3.bucket-versioning-enabled', '--output-dir', out, ...args);
const versioning = (Bucket: string) => s3.send(new PutBucketVersioningCommand({ Bucket, VersioningConfiguration: { Status: 'Enabled' } }));

describe('scan --baseline latest against moto', () => {
  it('reports the planted new failure and the resolved one', async () => {
    await s3.send(new CreateBucketCommand({ Bucket: 'srm-bl-fixed-later' }));
    await s3.send(new CreateBucketCommand({ Bucket: 'srm-bl-versioned' }));
    await versioning('srm-bl-versioned');
    const first = await scan('--baseline', 'latest');
    expect(first.stderr).toContain('holds no complete run that verifies yet');

    await versioning('srm-bl-fixed-later'); // resolved
    await s3.send(new CreateBucketCommand({ Bucket: 'srm-bl-new-unversioned' })); // new failure
    const second = await scan('--baseline', 'latest', '--fail-on-new', '--ignore-exit-code-3');
    expect(second.code).toBe(1);
    expect(second.stdout).toMatch(/^Since run \S+ \(.+\): 1 new failure\(s\), 1 resolved, 0 still failing, 0 new error\(s\), 0 suppression\(s\) expired$/m);
    expect(second.stdout).toMatch(/^ {2}new: s3\.bucket-versioning-enabled on srm-bl-new-unversioned \(\w+\)$/m);
    expect(second.stdout).toMatch(/^ {2}resolved: s3\.bucket-versioning-enabled on srm-bl-fixed-later \(\w+, passes\)$/m);
    expect(second.stdout).toMatch(/^Exit 1: new failures \(since the baseline\) at or above --fail-on$/m);

    const runs = (await readdir(out)).sort();
    const results = await Promise.all(runs.map(async (r) => JSON.parse(await readFile(join(out, r, 'result.json'), 'utf8')) as ScanResult));
    const latest = results.find((r) => r.scan.baseline)!;
    expect(validateResult(latest)).toEqual([]);
    expect(latest.scan.baseline!.scanId).toBe(results.find((r) => !r.scan.baseline)!.scan.id);
    expect(latest.scan.baseline!.newFailures.map((f) => f.resource)).toEqual(['srm-bl-new-unversioned']);
    expect(latest.scan.baseline!.resolved.map((f) => [f.resource, f.why])).toEqual([['srm-bl-fixed-later', 'pass']]);

    // Nothing changed since: --fail-on-new lets the existing backlog pass.
    const third = await scan('--baseline', 'latest', '--fail-on-new', '--ignore-exit-code-3', '--quiet');
    expect(third.code).toBe(0);
  }, 120_000);
});
