/**
 * Issue 16, item 2: the packaged demo looks like a real company's account from every entry point.
 * `scan --demo` applies the demo's own config unless --config names another; calls the emulator
 * the demo was recorded from could not answer replay as a plain "not supported in the demo
 * recording" ERROR, never as an HTTP error page.
 */
import { mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { classifyError, errorCode, errorMessage, InventoryError } from '../../src/aws/errors.js';
import { Registry } from '../../src/check/registry.js';
import { selectChecks } from '../../src/check/select.js';
import { demoConfigPath, demoSnapshotPath } from '../../src/cli/scan.js';
import { markUnsupportedInDemo, ReplayTransport, type Snapshot } from '../../src/inventory/snapshot.js';
import type { ScanResult } from '../../src/result/result.js';
import { packageRoot } from '../../src/util/package-root.js';
import { builtinChecks } from '../../checks/index.js';
import { cli } from '../harness/cli.js';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'srm-demo-'));
});
afterEach(() => vi.restoreAllMocks());

const HTTP_PAGE = /HTTP [45]\d\d|Http[45]\d\d|<html|<!doctype|HTML error page/i;

async function demo(name: string, ...args: string[]) {
  const out = join(dir, name);
  const r = await cli('scan', '--demo', '--output-dir', out, '--format', 'json', ...args);
  const [run] = await readdir(out);
  const result = JSON.parse(await readFile(join(out, run!, 'result.json'), 'utf8')) as ScanResult;
  return { ...r, result };
}

const demoConfig = async () => JSON.parse(await readFile(demoConfigPath(), 'utf8')) as { checks: { exclude: string[] }; suppressions: unknown[] };

describe('scan --demo', () => {
  it('applies demo/config.json by default: no ERROR, the demo company\'s suppressions and allowed regions', async () => {
    const r = await demo('default');
    const config = await demoConfig();
    expect(r.result.findings.filter((f) => f.status === 'ERROR')).toEqual([]);
    expect(r.result.scan.errors).toEqual([]);
    expect(r.result.scan.incomplete).toBeFalsy();
    expect(r.code).toBe(1); // the demo account has failures, and nothing it could not decide
    for (const id of config.checks.exclude) expect(r.result.scan.checks).not.toContain(id);
    expect(r.result.scan.suppressions.map((s) => s.checkId).sort()).toEqual(['s3.bucket-access-logging-enabled', 's3.bucket-mfa-delete']);
    expect(r.result.findings.some((f) => f.checkId === 's3.bucket-mfa-delete' && f.muted)).toBe(true);
    expect(r.out).not.toMatch(HTTP_PAGE);
  });

  it('an explicit --config wins; the calls the recording could not answer are plain "not supported in the demo recording" ERRORs', async () => {
    const empty = join(dir, 'empty.json');
    await writeFile(empty, '{}');
    const r = await demo('explicit', '--config', empty);
    expect(r.result.scan.suppressions).toEqual([]);
    const errors = r.result.findings.filter((f) => f.status === 'ERROR');
    expect(new Set(errors.map((f) => f.checkId))).toEqual(new Set((await demoConfig()).checks.exclude));
    for (const f of errors) {
      expect(f.message).toMatch(/^Could not evaluate: \S+ in \S+ is not supported in the demo recording: the emulator it was recorded from cannot answer this call/);
      expect(f.message).not.toMatch(HTTP_PAGE);
    }
    for (const e of r.result.scan.errors) expect(e.message).not.toMatch(HTTP_PAGE);
    expect(r.code).toBe(3); // still incomplete: the demo never claims what it could not look at
  });
});

describe('the demo recording', () => {
  it('holds no emulator error page: every Http<status> answer is marked not supported in the demo', async () => {
    const snap = JSON.parse(await readFile(demoSnapshotPath(), 'utf8')) as Snapshot;
    const errors = snap.entries.filter((e) => e.error);
    expect(errors.length).toBeGreaterThan(0);
    for (const e of errors) {
      expect(e.error!.code, `${e.service}:${e.operation}`).not.toMatch(/^Http\d{3}$/);
      expect(e.error!.message, `${e.service}:${e.operation}`).not.toMatch(HTTP_PAGE);
    }
    expect(errors.filter((e) => e.error!.code === 'NotSupportedInDemo').length).toBeGreaterThan(0);
  });

  it('markUnsupportedInDemo rewrites only the answers that are not an AWS API answer, and replays them as not-recorded', async () => {
    const key = { account: '111122223333', region: 'us-east-1', input: {} };
    const page = { code: 'Http500', message: 'the endpoint answered HTTP 500 with a body the SDK could not read', httpStatusCode: 500 };
    const snap: Snapshot = {
      kind: 'srm-audit-snapshot', schemaVersion: 1, tool: { name: 'srm-audit', version: '0' }, recordedAt: '2026-01-01T00:00:00.000Z', accounts: ['111122223333'], regions: ['us-east-1'],
      entries: [
        { ...key, service: 'ec2', operation: 'GetInstanceMetadataDefaults', error: { ...page } },
        { ...key, region: 'eu-west-1', service: 'ec2', operation: 'GetInstanceMetadataDefaults', error: { ...page } },
        { ...key, service: 's3', operation: 'GetBucketPolicy', error: { code: 'NoSuchBucketPolicy', message: 'The bucket policy does not exist', httpStatusCode: 404 } },
        { ...key, service: 'iam', operation: 'GetAccountSummary', output: { SummaryMap: {} } },
      ],
    };
    expect(markUnsupportedInDemo(snap)).toEqual(['ec2:GetInstanceMetadataDefaults']);
    expect(snap.entries[2]!.error).toEqual({ code: 'NoSuchBucketPolicy', message: 'The bucket policy does not exist', httpStatusCode: 404 });
    expect(snap.entries[3]!.output).toEqual({ SummaryMap: {} });
    const err = await new ReplayTransport(snap).execute({ ...key, service: 'ec2', operation: 'GetInstanceMetadataDefaults' }).then(() => undefined, (e: unknown) => e);
    expect(classifyError(err)).toBe('not-recorded');
    const inv = new InventoryError({ kind: classifyError(err), service: 'ec2', operation: 'GetInstanceMetadataDefaults', iamAction: 'ec2:GetInstanceMetadataDefaults', code: errorCode(err), message: errorMessage(err), account: key.account, region: 'us-east-1' });
    expect(inv.describe()).toBe('Could not evaluate: ec2:GetInstanceMetadataDefaults in us-east-1 is not supported in the demo recording: the emulator it was recorded from cannot answer this call (a real AWS account does)');
  });
});

describe('the package', () => {
  it('ships config.example.json (--help points to it) and the demo with its config', async () => {
    const pkg = JSON.parse(await readFile(join(packageRoot(), 'package.json'), 'utf8')) as { files: string[]; scripts: Record<string, string> };
    expect(pkg.files).toEqual(expect.arrayContaining(['config.example.json', 'demo', 'dist']));
    expect((await cli('scan', '--help')).out).toContain('config.example.json');
    // npm run demo is the same scan as `npx srm-audit scan --demo`: no config of its own.
    expect(pkg.scripts.demo).not.toContain('--config');
  });

  it('README states the check count, and how many of them the demo runs and why', async () => {
    const registry = await Registry.create(builtinChecks);
    const all = registry.all();
    const services = new Set(all.map((c) => c.service)).size;
    const demoRuns = selectChecks(registry, { exclude: (await demoConfig()).checks.exclude }).length;
    const readme = await readFile(join(packageRoot(), 'README.md'), 'utf8');
    expect(readme).toContain(`${all.length} checks over ${services} services`);
    expect(readme).toContain(`The demo runs ${demoRuns} of them`);
  });
});
