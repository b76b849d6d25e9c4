import { mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { ScanResult } from '../../src/result/result.js';
import { coverage, frameworks } from '../../src/frameworks/index.js';
import { cli } from '../harness/cli.js';
import { packageRoot } from '../../src/util/package-root.js';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'srm-cli-fw-'));
});
afterEach(() => vi.restoreAllMocks());

const ALL = ['aws-foundational-security-best-practices-1.0.0', 'cis-aws-foundations-3.0.0', 'cis-aws-foundations-5.0.0', 'cis-aws-foundations-7.0.0', 'iso-27001-2022', 'nist-800-53-r5', 'pci-dss-4.0.1', 'soc2-2017'];

describe('srm-audit frameworks', () => {
  it('lists every framework with requirements automated, manual and total (json)', async () => {
    const r = await cli('frameworks', '--format', 'json');
    expect(r.code).toBe(0);
    const list = JSON.parse(r.out) as { id: string; requirements: { automated: number; manual: number; total: number } }[];
    expect(list.map((f) => f.id)).toEqual(ALL);
    for (const f of list) {
      const fw = frameworks().find((x) => x.id === f.id)!;
      expect(f.requirements).toEqual(coverage(fw));
      expect(f.requirements.automated, f.id).toBe(fw.controls.filter((c) => c.checks.length).length);
      expect(f.requirements.automated + f.requirements.manual).toBe(f.requirements.total);
    }
  });

  it('prints a table with one row per framework', async () => {
    const r = await cli('frameworks', '--format', 'table');
    expect(r.code).toBe(0);
    const lines = r.out.split('\n');
    expect(lines[0]).toMatch(/^ID\s+VERSION\s+AUTOMATED\s+MANUAL\s+TOTAL\s+TITLE$/);
    for (const fw of frameworks()) {
      const c = coverage(fw);
      expect(lines.find((l) => l.startsWith(`${fw.id} `)), fw.id).toMatch(new RegExp(`\\s${c.automated}\\s+${c.manual}\\s+${c.total}\\s`));
    }
  });
});

describe('--framework', () => {
  it('scan runs only the checks of the named frameworks and writes their evidence views', async () => {
    const out = join(dir, 'scan');
    const r = await cli('scan', '--demo', '--framework', 'soc2-2017,pci-dss-4.0.1', '--format', 'json,markdown,html', '--output-dir', out, '--quiet', '--fail-on', 'none');
    expect([0, 3]).toContain(r.code);
    const [run] = await readdir(out);
    const result = JSON.parse(await readFile(join(out, run!, 'result.json'), 'utf8')) as ScanResult;
    // The demo applies demo/config.json, whose exclusions win over the framework's selection.
    const excluded = (JSON.parse(await readFile(join(packageRoot(), 'demo', 'config.json'), 'utf8')) as { checks: { exclude: string[] } }).checks.exclude;
    const wanted = new Set(frameworks().filter((f) => ['soc2-2017', 'pci-dss-4.0.1'].includes(f.id)).flatMap((f) => f.controls.flatMap((c) => c.checks)).filter((id) => !excluded.includes(id)));
    expect(result.scan.checks.length).toBe(wanted.size);
    for (const id of result.scan.checks) expect(wanted.has(id), id).toBe(true);
    const md = await readFile(join(out, run!, 'report.md'), 'utf8');
    expect(md).toContain('### PCI DSS v4.0.1');
    expect(md).toContain('### SOC 2 Trust Services Criteria');
    expect(md).not.toContain('### CIS Amazon Web Services');
    const page = await readFile(join(out, run!, 'report.html'), 'utf8');
    expect([...page.matchAll(/<option value="([^"]+)">/g)].map((m) => m[1]).filter((v) => ALL.includes(v!))).toEqual(['soc2-2017', 'pci-dss-4.0.1']);
  });

  it('report re-renders a saved result for the named frameworks only', async () => {
    const out = join(dir, 'report');
    await cli('scan', '--demo', '--output-dir', out, '--quiet');
    const [run] = await readdir(out);
    const r = await cli('report', '--input', join(out, run!), '--format', 'markdown', '--framework', 'iso-27001-2022');
    expect(r.code).toBe(0);
    expect(r.out).toContain('### ISO/IEC 27001:2022 Annex A');
    expect(r.out).not.toContain('### NIST SP 800-53');
    expect(r.out).toContain('| `A.8.24` |');
  });

  it('checks lists only the checks of the named frameworks, with a column for each', async () => {
    const r = await cli('checks', '--format', 'table', '--framework', 'aws-foundational-security-best-practices-1.0.0,nist-800-53-r5');
    expect(r.code).toBe(0);
    const [head, ...rows] = r.out.split('\n\n')[0]!.split('\n');
    expect(head).toMatch(/OWNER\s+FSBP\s+NIST 800-53 R5\s+TITLE/);
    expect(rows.find((l) => l.startsWith('iam.root-access-keys-absent '))).toMatch(/\sIAM\.4\s+IA-5\s/);
    const json = JSON.parse((await cli('checks', '--format', 'json', '--framework', 'soc2-2017')).out) as { id: string; compliance: Record<string, string[]> }[];
    expect(json.length).toBeGreaterThan(0);
    for (const c of json) expect(c.compliance['soc2-2017'], c.id).toBeDefined();
  });

  it.each([
    [['scan', '--demo', '--framework', 'soc2-2017,pci-dss-9'], '--framework: unknown framework "pci-dss-9"'],
    [['checks', '--framework', 'nist'], '--framework: unknown framework "nist"'],
    [['report', '--input', '/nonexistent', '--format', 'markdown', '--framework', 'iso-27001'], '--framework: unknown framework "iso-27001"'],
  ])('an unknown id exits 2 naming every valid id: %j', async (args, message) => {
    const r = await cli(...args);
    expect(r.code).toBe(2);
    expect(r.err).toContain(message);
    for (const id of ALL) expect(r.err).toContain(id);
    expect(r.err).not.toMatch(/\n\s+at /);
  });

  it('the config key "frameworks" is the default for scan, and a bad id there names the file and the key', async () => {
    const good = join(dir, 'fw-config.json');
    await writeFile(good, JSON.stringify({ frameworks: ['nist-800-53-r5'] }));
    const out = join(dir, 'config-scan');
    const r = await cli('scan', '--demo', '--config', good, '--output-dir', out, '--quiet', '--fail-on', 'none');
    expect([0, 3]).toContain(r.code);
    const [run] = await readdir(out);
    const result = JSON.parse(await readFile(join(out, run!, 'result.json'), 'utf8')) as ScanResult;
    const nist = new Set(frameworks().find((f) => f.id === 'nist-800-53-r5')!.controls.flatMap((c) => c.checks));
    expect(result.scan.checks.length).toBe(nist.size);

    const bad = join(dir, 'fw-bad-config.json');
    await writeFile(bad, JSON.stringify({ frameworks: ['nist-800-53'] }));
    const e = await cli('scan', '--demo', '--config', bad);
    expect(e.code).toBe(2);
    expect(e.err).toContain(`${bad}: key "frameworks": unknown framework "nist-800-53" (did you mean "nist-800-53-r5"?`);
  });
});
