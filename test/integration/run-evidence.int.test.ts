/**
 * Issue 16, items 6 and 7 against a real AWS API: a live scan through the CLI entry point that
 * assumes a role with an external id records its command line without the external id in any
 * file of the run folder, and its OCSF output is valid OCSF 1.8.0 Compliance Findings. Own moto
 * server: the CLI sends no account header (moto's default account).
 */
import { mkdtemp, readdir, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { runCli } from '../harness/cli-process.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { validateResult, type ScanResult } from '../../src/result/result.js';
import type { Manifest } from '../../src/output/manifest.js';
import { OCSF_VERSION } from '../../reports/ocsf.js';
import { motoEnv, startMoto, type MotoServer } from '../../scripts/support/moto-server.js';

const root = join(import.meta.dirname, '..', '..');
const EXTERNAL_ID = 'ext-id-6a1f93c2-never-in-a-file';
let moto: MotoServer;
let out: string;

const srmAudit = (...args: string[]) => runCli(args, motoEnv(moto.endpoint));

beforeAll(async () => {
  moto = await startMoto();
  out = await mkdtemp(join(tmpdir(), 'srm-run-evidence-int-'));
});

afterAll(async () => {
  await moto?.stop();
});

describe('a live scan through an assumed role with an external id', () => {
  it('records the command line redacted, the same record in the manifest, and valid OCSF', async () => {
    const args = ['scan', '--role-arn', 'arn:aws:iam::123456789012:role/audit', '--external-id', EXTERNAL_ID, '--regions', 'us-east-1', '--checks', 'cloudtrail.multi-region-trail-enabled,iam.*', '--format', 'json,markdown,html,csv,ocsf,asff,sarif', '--output-dir', out, '--fail-on', 'none'];
    const r = await srmAudit(...args);
    expect([0, 3], r.stderr).toContain(r.code);
    const [runDir] = await readdir(out);
    const folder = join(out, runDir!);
    const names = await readdir(folder);
    for (const name of names) expect((await readFile(join(folder, name), 'utf8')).includes(EXTERNAL_ID), name).toBe(false);
    expect(r.stdout + r.stderr).not.toContain(EXTERNAL_ID);

    const result = JSON.parse(await readFile(join(folder, 'result.json'), 'utf8')) as ScanResult;
    expect(validateResult(result)).toEqual([]);
    expect(result.scan.mode).toBe('live');
    expect(result.scan.evidence!.commandLine).toEqual(args.map((a) => (a === EXTERNAL_ID ? '[REDACTED]' : a)));
    const manifest = JSON.parse(await readFile(join(folder, 'manifest.json'), 'utf8')) as Manifest;
    expect(manifest.evidence).toEqual(result.scan.evidence);

    const schema = JSON.parse(await readFile(join(root, 'test', 'fixtures', `ocsf-${OCSF_VERSION}-compliance-finding.schema.json`), 'utf8')) as object;
    const validate = new Ajv2020({ allErrors: true, strict: false }).compile(schema);
    const events = JSON.parse(await readFile(join(folder, 'report.ocsf.json'), 'utf8')) as { compliance: { status_code: string } }[];
    expect(events.length).toBe(result.findings.length);
    expect(events.some((e) => e.compliance.status_code === 'FAIL')).toBe(true);
    expect(validate(events), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
    expect((await srmAudit('verify', folder)).code).toBe(0);
  });
});
