/**
 * Issue 16 item 7: a run folder says which rules, mappings, config and command produced it, and
 * the frameworks a scan chose stay its reports' view when the result is rendered again.
 */
import { createHash } from 'node:crypto';
import { mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { validateResult, type ScanResult } from '../../src/result/result.js';
import type { Manifest } from '../../src/output/manifest.js';
import { frameworkIds } from '../../src/frameworks/index.js';
import { cli } from '../harness/cli.js';

const root = join(import.meta.dirname, '..', '..');
const CIS3 = 'cis-aws-foundations-3.0.0';
let dir: string;
let folder: string;
let result: ScanResult;
let args: string[];
let configBytes: Buffer;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'srm-run-evidence-'));
  const config = join(dir, 'config.json');
  configBytes = Buffer.from(JSON.stringify({ frameworks: [CIS3] }));
  await writeFile(config, configBytes);
  const out = join(dir, 'out');
  args = ['scan', '--demo', '--config', config, '--output-dir', out, '--format', 'json,markdown', '--quiet'];
  const r = await cli(...args);
  expect(r.err).toBe('');
  const [run] = await readdir(out);
  folder = join(out, run!);
  result = JSON.parse(await readFile(join(folder, 'result.json'), 'utf8')) as ScanResult;
});
afterEach(() => vi.restoreAllMocks());

describe('evidence metadata of a scan', () => {
  it('result.json records the catalogue, every framework file, the config hash, the command line, runtime and host', () => {
    expect(validateResult(result)).toEqual([]);
    const e = result.scan.evidence!;
    expect(e.catalogue.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(e.catalogue.checks).toBeGreaterThanOrEqual(result.scan.checks.length);
    expect(e.frameworks.map((f) => f.id).sort()).toEqual([...frameworkIds()].sort());
    expect(e.frameworks.find((f) => f.id === CIS3)).toMatchObject({ version: '3.0.0', file: `${CIS3}.json` });
    expect(e.config!.sha256).toBe(createHash('sha256').update(configBytes).digest('hex'));
    // The config chose the framework: it is recorded and it selected the checks.
    expect(e.selectedFrameworks).toEqual([CIS3]);
    expect(e.commandLine).toEqual(args);
    expect(e.runtime.node).toBe(process.version);
  });

  it('the Markdown report shows the record in its scope table', async () => {
    const md = await readFile(join(folder, 'report.md'), 'utf8');
    const e = result.scan.evidence!;
    expect(md).toContain(`| Check catalogue | ${e.catalogue.checks} checks, sha256 \`${e.catalogue.sha256}\` |`);
    expect(md).toContain(`sha256 \`${e.config!.sha256}\``);
    expect(md).toContain(`| Frameworks chosen | \`${CIS3}\` |`);
    expect(md).toContain('| Command line | `srm-audit scan --demo --config ');
  });

  it('the HTML report shows the record, escaped', async () => {
    const { REPORTS } = await import('../../reports/index.js');
    const e = result.scan.evidence!;
    const hostile = { ...result, scan: { ...result.scan, evidence: { ...e, commandLine: ['scan', '--output-dir', '<script>x</script>'] } } };
    const page = REPORTS.html!.render(hostile);
    expect(page).toContain('<summary>Run evidence</summary>');
    expect(page).toContain(e.catalogue.sha256);
    expect(page).toContain(e.config!.sha256);
    expect(page).not.toContain('<script>x</script>');
  });

  it('manifest.json carries the same record, and the folder verifies', async () => {
    const manifest = JSON.parse(await readFile(join(folder, 'manifest.json'), 'utf8')) as Manifest;
    expect(manifest.evidence).toEqual(result.scan.evidence);
    expect((await cli('verify', folder)).code).toBe(0);
  });

  it('a run folder of an older version (no evidence in its manifest) still verifies', async () => {
    const path = join(folder, 'manifest.json');
    const manifest = JSON.parse(await readFile(path, 'utf8')) as Manifest;
    delete manifest.evidence;
    await writeFile(path, JSON.stringify(manifest, null, 2) + '\n');
    const r = await cli('verify', folder);
    expect(r.code, r.out + r.err).toBe(0);
  });

  it('a manifest whose evidence is not an object is refused naming the key', async () => {
    const path = join(folder, 'manifest.json');
    const manifest = JSON.parse(await readFile(path, 'utf8')) as Record<string, unknown>;
    await writeFile(path, JSON.stringify({ ...manifest, evidence: 'trust me' }));
    const r = await cli('verify', folder);
    expect(r.code).toBe(2);
    expect(r.err).toContain('"evidence"');
    await writeFile(path, JSON.stringify(manifest, null, 2) + '\n');
  });
});

describe('the chosen framework drives the framework view of a re-rendered report', () => {
  const headings = (md: string) => md.split('\n').filter((l) => l.startsWith('### ') && /v\d|\d\.\d/.test(l));

  it('report without --framework shows the scan\'s framework only; --framework still overrides it', async () => {
    const input = join(folder, 'result.json');
    const scanned = await readFile(join(folder, 'report.md'), 'utf8');
    const again = await cli('report', '--input', input, '--format', 'markdown');
    expect(again.code).toBe(0);
    expect(again.out).toContain('CIS Amazon Web Services Foundations Benchmark v3.0.0');
    expect(headings(again.out)).toEqual(headings(scanned));
    expect(again.out).not.toContain('PCI DSS');
    const other = await cli('report', '--input', input, '--format', 'markdown', '--framework', 'pci-dss-4.0.1');
    expect(other.out).toContain('PCI DSS');
    expect(other.out).not.toContain('CIS Amazon Web Services Foundations Benchmark v3.0.0');
  });

  it('a result without the record (older version) shows every framework, as before', async () => {
    const { evidence: _e, ...scan } = result.scan;
    const old = join(dir, 'old-result.json');
    await writeFile(old, JSON.stringify({ ...result, scan }));
    const r = await cli('report', '--input', old, '--format', 'markdown');
    expect(r.code).toBe(0);
    expect(r.out).toContain('PCI DSS');
    expect(r.out).toContain('CIS Amazon Web Services Foundations Benchmark v3.0.0');
  });
});

it('the schema accepts the record as optional and holds its shape', async () => {
  const schema = JSON.parse(await readFile(join(root, 'src', 'schema', 'result.schema.json'), 'utf8')) as { properties: { scan: { required: string[] } } };
  expect(schema.properties.scan.required).not.toContain('evidence');
  const bad = { ...result, scan: { ...result.scan, evidence: { ...result.scan.evidence!, catalogue: { sha256: 'nothex', checks: 1 } } } };
  expect(validateResult(bad).join(' ')).toContain('/scan/evidence/catalogue/sha256');
});
