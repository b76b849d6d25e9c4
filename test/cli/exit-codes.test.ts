/**
 * Issue 16, item 3: exit codes a CI gate can use. 3 stays the default for any ERROR;
 * --ignore-exit-code-3 lets --fail-on decide while every report still lists the ERRORs.
 */
import { mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { exitCodeOf } from '../../src/cli/scan.js';
import type { ScanResult } from '../../src/result/result.js';
import { cli } from '../harness/cli.js';

let dir: string;
let noConfig: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'srm-exit-'));
  // An explicit empty config: the demo then runs the checks its recording cannot answer, which
  // gives it ERROR findings (demo/config.json, the --demo default, leaves them out).
  noConfig = join(dir, 'empty.json');
  await writeFile(noConfig, '{}');
});
afterEach(() => vi.restoreAllMocks());

async function demo(name: string, ...args: string[]) {
  const out = join(dir, name);
  const r = await cli('scan', '--demo', '--config', noConfig, '--output-dir', out, ...args);
  const [run] = await readdir(out);
  const folder = join(out, run!);
  const result = JSON.parse(await readFile(join(folder, 'result.json'), 'utf8')) as ScanResult;
  return { ...r, folder, result };
}

const failsAtLeast = (r: ScanResult, sev: string[]) => r.findings.some((f) => f.status === 'FAIL' && !f.muted && sev.includes(f.severity));

describe('--ignore-exit-code-3', () => {
  it('by default any ERROR exits 3, even with critical failures', async () => {
    const r = await demo('default', '--quiet');
    expect(r.result.summary.status.ERROR).toBeGreaterThan(0);
    expect(failsAtLeast(r.result, ['critical', 'high'])).toBe(true);
    expect(r.code).toBe(3);
  });

  it('lets --fail-on decide, and still lists the ERRORs on the console and in the result', async () => {
    const r = await demo('ignore', '--ignore-exit-code-3');
    expect(r.code).toBe(1);
    expect(r.result.scan.incomplete).toBe(true);
    expect(r.result.summary.status.ERROR).toBeGreaterThan(0);
    expect(r.out).toMatch(new RegExp(`${r.result.summary.status.ERROR} ERROR`));
    expect(r.out).toMatch(/^Exit 1: failed findings at or above --fail-on$/m);
    expect(r.out).toMatch(new RegExp(`^Incomplete: ${r.result.summary.status.ERROR} ERROR finding\\(s\\) could not decide`, 'm'));

    expect((await demo('ignore-none', '--ignore-exit-code-3', '--fail-on', 'none', '--quiet')).code).toBe(0);
    const crit = await demo('ignore-critical', '--ignore-exit-code-3', '--fail-on', 'critical', '--quiet');
    expect(crit.code).toBe(failsAtLeast(crit.result, ['critical']) ? 1 : 0);
  });

  it('applies to merge as to scan', async () => {
    const { folder } = await demo('to-merge', '--quiet');
    const plain = await cli('merge', folder, '--output-dir', join(dir, 'merged'), '--quiet');
    expect(plain.code).toBe(3);
    const ignored = await cli('merge', folder, '--output-dir', join(dir, 'merged2'), '--quiet', '--ignore-exit-code-3', '--fail-on', 'none');
    expect(ignored.code).toBe(0);
  });

  it('an interrupted scan still exits 3: it did not finish', async () => {
    const { result } = await demo('interrupted', '--quiet');
    const cut: ScanResult = { ...result, scan: { ...result.scan, interrupted: 'scan timeout (1 s)' } };
    expect(exitCodeOf(cut, 'none', true)).toBe(3);
    expect(exitCodeOf(result, 'none', true)).toBe(0);
    expect(exitCodeOf(result, 'none')).toBe(3);
  });

  it('is in the help, with the exit codes', async () => {
    const help = (await cli('scan', '--help')).out;
    expect(help).toContain('--ignore-exit-code-3');
    expect(help).toMatch(/Exit codes:\n\s+0 +clean/);
    expect((await cli('merge', '--help')).out).toContain('--ignore-exit-code-3');
  });
});
