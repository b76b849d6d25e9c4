import { mkdtemp, readdir, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { cli } from '../harness/cli.js';
import { asffValidator, firstErrors, sarifValidator } from '../harness/interop-schemas.js';
import { validateResult, type ScanResult } from '../../src/result/result.js';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'srm-interop-'));
});

describe('srm-audit scan --demo --format json,asff,sarif', () => {
  it('writes a valid result, ASFF batches and a SARIF log, and report re-renders them identically', async () => {
    const out = join(dir, 'scan');
    const r = await cli('scan', '--demo', '--format', 'json,asff,sarif', '--output-dir', out, '--quiet');
    expect([1, 3]).toContain(r.code);
    const runs = await readdir(out);
    expect(runs).toHaveLength(1);
    const run = join(out, runs[0]!);
    expect((await readdir(run)).sort()).toEqual(['manifest.json', 'report.asff.json', 'report.sarif', 'result.json']);
    const result = JSON.parse(await readFile(join(run, 'result.json'), 'utf8')) as ScanResult;
    expect(validateResult(result)).toEqual([]);

    const asffText = await readFile(join(run, 'report.asff.json'), 'utf8');
    const batches = JSON.parse(asffText) as { Findings: unknown[] }[];
    expect(asffValidator()(batches), firstErrors(asffValidator())).toBe(true);
    expect(batches.flatMap((b) => b.Findings)).toHaveLength(result.findings.length);

    const sarifText = await readFile(join(run, 'report.sarif'), 'utf8');
    const log = JSON.parse(sarifText) as { runs: { results: unknown[] }[] };
    expect(sarifValidator()(log), firstErrors(sarifValidator())).toBe(true);
    expect(log.runs[0]!.results).toHaveLength(result.findings.filter((f) => f.status === 'FAIL').length);

    // Any report renders again from the saved result: the same bytes as the scan wrote.
    for (const [format, text] of [['asff', asffText], ['sarif', sarifText]] as const) {
      const again = await cli('report', '--input', run, '--format', format);
      expect(again.code).toBe(0);
      expect(again.out).toBe(text);
    }
  }, 60_000);

  it('lists the new formats when an unknown one is asked for', async () => {
    const r = await cli('scan', '--demo', '--format', 'sarif2', '--output-dir', join(dir, 'never'));
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/unknown report format "sarif2" \(available: .*asff, sarif\)/);
  });

  it('adds no Security Hub write to the read-only policy: srm-audit writes the ASFF file, it never imports it', async () => {
    const r = await cli('policy');
    expect(r.code).toBe(0);
    const actions = (JSON.parse(r.out) as { Statement: { Action: string[] }[] }).Statement.flatMap((s) => s.Action);
    expect(actions).toContain('securityhub:DescribeHub');
    expect(actions.filter((a) => /^securityhub:(BatchImport|BatchUpdate|Update|Create|Enable)/.test(a))).toEqual([]);
  });
});
