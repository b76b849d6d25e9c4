/**
 * Issue 15: the promises a result makes as evidence. A suppression cannot hide a blind spot, a
 * diff calls nothing "Resolved" that was not judged again, and a re-rendered report is judged by
 * its findings, not by the summary stored beside them.
 */
import { mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { ScanResult } from '../../src/result/result.js';
import { validateResult } from '../../src/result/result.js';
import { cli } from '../harness/cli.js';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'srm-evidence-'));
});
afterEach(() => vi.restoreAllMocks());

/** Scans the demo into its own output folder; returns the run folder, its result and the CLI outcome. */
async function demo(name: string, ...args: string[]) {
  const out = join(dir, name);
  const r = await cli('scan', '--demo', '--output-dir', out, ...args);
  const [run] = await readdir(out);
  const folder = join(out, run!);
  const result = JSON.parse(await readFile(join(folder, 'result.json'), 'utf8')) as ScanResult;
  return { ...r, folder, result };
}

async function writeConfig(name: string, config: unknown): Promise<string> {
  const f = join(dir, `${name}.json`);
  await writeFile(f, JSON.stringify(config));
  return f;
}

const everything = { checkId: '*', resource: '*', reason: 'accept every finding', by: 'careless@example.com', expires: '2099-12-31' };

describe('suppressions never mute ERROR findings', () => {
  it('a suppression covering every check over the demo leaves its ERRORs visible and exits 3', async () => {
    // An explicit empty config: without it --demo applies demo/config.json, which leaves out the
    // checks whose calls the recording cannot answer, the demo's only ERRORs.
    const plain = await demo('plain', '--config', await writeConfig('none', {}), '--quiet');
    const errors = plain.result.findings.filter((f) => f.status === 'ERROR');
    expect(errors.length).toBeGreaterThan(0);

    const r = await demo('star', '--config', await writeConfig('star', { suppressions: [everything] }));
    expect(r.code).toBe(3);
    const res = r.result;
    expect(validateResult(res)).toEqual([]);
    expect(res.scan.incomplete).toBe(true);
    expect(res.summary.status.ERROR).toBe(errors.length);
    const stillErrors = res.findings.filter((f) => f.status === 'ERROR');
    expect(stillErrors.map((f) => f.id).sort()).toEqual(errors.map((f) => f.id).sort());
    expect(stillErrors.every((f) => !f.muted && !f.mute)).toBe(true);
    // Every duty with an ERROR stays unknown, never "met".
    for (const f of stillErrors) expect(['unknown', 'unmet']).toContain(res.summary.duty[f.srm.duty].status);
    expect(res.scan.suppressions).toEqual([expect.objectContaining({ checkId: '*', errorsNotMuted: errors.length })]);
    expect(r.out).toMatch(new RegExp(`Suppressions never mute ERROR findings: \\* on \\* covers ${errors.length} ERROR finding`));
    expect(r.out).toMatch(new RegExp(`${errors.length} ERROR`));
    expect(r.out).toMatch(/^Exit 3: incomplete/m);
    const md = await readFile(join(r.folder, 'report.md'), 'utf8');
    expect(md).toMatch(/\*\*incomplete\*\*/);
    expect(md).toMatch(/covers \d+ ERROR finding\(s\), not muted/);
    expect(md).not.toContain('Every check could decide.');
  });

  it('suppressing exactly the checks that errored changes nothing about them', async () => {
    const plain = await demo('plain2', '--config', await writeConfig('none2', {}), '--quiet');
    const errored = [...new Set(plain.result.findings.filter((f) => f.status === 'ERROR').map((f) => f.checkId))];
    const config = await writeConfig('errored', { suppressions: errored.map((checkId) => ({ ...everything, checkId })) });
    const r = await demo('errored', '--config', config, '--quiet');
    expect(r.code).toBe(3);
    expect(r.result.summary.status.ERROR).toBe(plain.result.summary.status.ERROR);
    expect(r.result.summary.status.muted).toBe(r.result.findings.filter((f) => errored.includes(f.checkId) && f.status !== 'ERROR').length);
  });
});

describe('srm-audit diff reports what was not judged again as such, never as resolved', () => {
  it('a full scan against a --services scan: the skipped failures are not rescanned, exit 3', async () => {
    const full = await demo('full', '--quiet');
    const partial = await demo('partial', '--services', 'apigateway,ec2,iam,s3,lambda', '--quiet');
    const services = ['apigateway', 'ec2', 'iam', 's3', 'lambda'];
    const skipped = full.result.findings.filter((f) => f.status === 'FAIL' && !f.muted && !services.includes(f.checkId.split('.')[0]!));
    expect(skipped.length).toBeGreaterThan(0);

    // Run folders are accepted as well as files.
    const d = await cli('diff', full.folder, partial.folder, '--format', 'json');
    expect(d.code).toBe(3);
    const diff = JSON.parse(d.out) as Record<string, { id: string; why?: string }[]> & { exitCode: number };
    expect(diff.exitCode).toBe(3);
    expect(diff.resolved).toEqual([]);
    expect(diff.notRescanned.map((f) => f.id).sort()).toEqual(skipped.map((f) => f.id).sort());
    expect(diff.notRescanned.every((f) => /^check \S+ was not run$/.test(f.why!))).toBe(true);

    const md = await cli('diff', full.folder, join(partial.folder, 'result.json'));
    expect(md.code).toBe(3);
    expect(md.out).toMatch(new RegExp(`## Not rescanned \\(out of scope\\) \\(${skipped.length}\\)`));
    expect(md.out).toMatch(/## Resolved \(0\)/);
    expect(md.out).toMatch(/^Exit 3: incomplete/m);
    const html = await cli('diff', full.folder, partial.folder, '--format', 'html');
    expect(html.code).toBe(3);
    expect(html.out).toContain(`Not rescanned (out of scope) (${skipped.length})`);
    expect(html.out).toContain('Resolved (0)');
  });

  it('a failure whose check now ERRORs is "now ERROR"; one judged PASS again, or whose resource is gone where its check ran, is resolved', async () => {
    const base = (await demo('diffbase', '--quiet')).result;
    const fails = base.findings.filter((f) => f.status === 'FAIL');
    const [toError, toPass, toGone, toMuted, scopeErr] = fails.filter((f, i, all) => all.findIndex((g) => g.checkId === f.checkId) === i);
    const after = structuredClone(base);
    const at = (id: string) => after.findings.findIndex((f) => f.id === id);
    after.findings[at(toError!.id)]!.status = 'ERROR';
    after.findings[at(toPass!.id)]!.status = 'PASS';
    after.findings.splice(at(toGone!.id), 1);
    Object.assign(after.findings[at(toMuted!.id)]!, { muted: true, mute: { reason: 'accepted', by: 'me', expires: '2099-01-01' } });
    // The whole check could not run in that scope: its per-resource findings give way to one scope ERROR.
    const i = at(scopeErr!.id);
    after.findings[i] = { ...after.findings[i]!, id: 'f'.repeat(32), status: 'ERROR', resource: { arn: 'arn:aws:x:::*', id: `${scopeErr!.account}/${scopeErr!.region}`, type: 'AWS::::Account' } };
    const older = join(dir, 'diff-older.json');
    const newer = join(dir, 'diff-newer.json');
    await writeFile(older, JSON.stringify(base));
    await writeFile(newer, JSON.stringify(after));
    const d = await cli('diff', older, newer, '--format', 'json');
    const diff = JSON.parse(d.out) as Record<string, { id: string; why?: string }[]>;
    expect(diff.nowError!.map((f) => f.id).sort()).toEqual([toError!.id, scopeErr!.id].sort());
    expect(diff.resolved).toEqual(expect.arrayContaining([expect.objectContaining({ id: toPass!.id, why: 'passes' }), expect.objectContaining({ id: toGone!.id, why: 'resource gone' })]));
    expect(diff.resolved).toHaveLength(2);
    expect(diff.nowMuted!.map((f) => f.id)).toEqual([toMuted!.id]);
    expect(diff.notRescanned).toEqual([]);
    expect(d.code).toBe(3);
  });

  it('exit 1 on new failures only when every earlier failure was judged again; 0 when nothing changed', async () => {
    const base = (await demo('diffexit', '--quiet')).result;
    const before = structuredClone(base);
    const f = before.findings.find((x) => x.status === 'FAIL')!;
    f.status = 'PASS';
    const older = join(dir, 'exit-older.json');
    await writeFile(older, JSON.stringify(before));
    const newer = join(dir, 'exit-newer.json');
    await writeFile(newer, JSON.stringify(base));
    expect((await cli('diff', older, newer)).code).toBe(1);
    expect((await cli('diff', newer, newer)).code).toBe(0);
    const missing = await cli('diff', dir, newer);
    expect(missing.code).toBe(2);
    // A folder that is neither a run folder nor an output folder holding one (diff reads folders as merge does).
    expect(missing.err).toMatch(/holds no complete run folder with a result.json/);
  });
});

describe('srm-audit report --input judges a result by its findings', () => {
  it('an edited summary ("0 failed, complete, every duty met") is recomputed, with a warning and a visible note', async () => {
    const { result, folder } = await demo('edited', '--config', await writeConfig('none3', {}), '--quiet');
    const fails = result.findings.filter((f) => f.status === 'FAIL').length;
    const errors = result.findings.filter((f) => f.status === 'ERROR').length;
    const edited = structuredClone(result);
    edited.summary.status = { PASS: result.findings.length, FAIL: 0, ERROR: 0, muted: 0 };
    for (const d of Object.values(edited.summary.duty)) Object.assign(d, { status: 'met', fail: 0, error: 0 });
    edited.scan.incomplete = false;
    const file = join(dir, 'edited-result.json');
    await writeFile(file, JSON.stringify(edited));

    const md = await cli('report', '--input', file, '--format', 'markdown');
    expect(md.code).toBe(0);
    expect(md.out).toMatch(new RegExp(`\\*\\*${fails} failed\\*\\*`));
    expect(md.out).not.toMatch(/\*\*0 failed\*\*/);
    expect(md.out).toMatch(/\| Result \| \*\*incomplete\*\*/);
    expect(md.out).toMatch(/> \*\*Warning:\*\* This report was recomputed from the findings/);
    expect(md.out).toMatch(/\*\*unmet\*\*/);
    expect(md.err).toMatch(new RegExp(`warning: .*edited-result.json: the stored summary counts 0 FAIL.*the findings hold ${fails} FAIL`));
    expect(md.err).toMatch(/stored duty verdicts differ/);
    expect(md.err).toMatch(new RegExp(`says it is complete, but ${errors} finding\\(s\\) are ERROR`));

    const html = await cli('report', '--input', file, '--format', 'html');
    expect(html.out).toMatch(new RegExp(`<strong>${fails} failed</strong>`));
    expect(html.out).toMatch(/<p class="warning" role="alert"><strong>Warning:<\/strong> This report was recomputed/);

    const json = await cli('report', '--input', file, '--format', 'json');
    const back = JSON.parse(json.out) as ScanResult;
    expect(back.summary).toEqual(result.summary);
    expect(back.scan.incomplete).toBe(true);

    // An untouched result reads back without a word, also from its run folder.
    const clean = await cli('report', '--input', folder, '--format', 'markdown');
    expect(clean.err).toBe('');
    expect(clean.out).not.toContain('Warning');
  });

  it('ERROR findings marked muted in a file are counted as ERROR', async () => {
    const { result } = await demo('mutederr', '--config', await writeConfig('none4', {}), '--quiet');
    const edited = structuredClone(result);
    for (const f of edited.findings) if (f.status === 'ERROR') Object.assign(f, { muted: true, mute: { reason: 'hide it', by: 'me', expires: '2099-01-01' } });
    const file = join(dir, 'muted-errors.json');
    await writeFile(file, JSON.stringify(edited));
    const r = await cli('report', '--input', file, '--format', 'markdown');
    expect(r.err).toMatch(/ERROR finding\(s\) are marked muted; a suppression cannot mute an ERROR/);
    expect(r.out).toMatch(new RegExp(`${result.summary.status.ERROR} errors, 0 muted`));
    expect(r.out).not.toContain('Every check could decide.');
  });
});

describe('suppression configuration', () => {
  const typo = { ...everything, checkId: 'iam.root-mfa-enabeld' };

  it('a suppression whose checkId matches no check is a warning naming the key, and an error with --strict', async () => {
    const config = await writeConfig('typo', { suppressions: [typo] });
    const warned = await demo('typo', '--config', config);
    expect([1, 3]).toContain(warned.code);
    expect(warned.err).toMatch(/\[warn\] .*typo.json: key "suppressions\[0\].checkId" is "iam.root-mfa-enabeld", which matches no check \(did you mean "iam.root-mfa-enabled"\?\): it mutes nothing/);
    const strict = await cli('scan', '--demo', '--config', config, '--strict', '--output-dir', join(dir, 'strict-never'));
    expect(strict.code).toBe(2);
    expect(strict.err).toMatch(/srm-audit: .*suppressions\[0\].checkId.*matches no check.*\(--strict\)/);
    // Globs that match something, and the shipped configurations, raise nothing.
    const fine = await cli('scan', '--demo', '--config', await writeConfig('glob', { suppressions: [{ ...everything, checkId: 'iam.*' }] }), '--strict', '--quiet', '--output-dir', join(dir, 'glob'));
    expect(fine.code).toBe(3);
    const shipped = await cli('scan', '--demo', '--config', join(import.meta.dirname, '..', '..', 'demo', 'config.json'), '--strict', '--quiet', '--output-dir', join(dir, 'shipped'));
    expect(shipped.err).toBe('');
  });

  it('a suppression without expires is refused, naming the key', async () => {
    const { expires: _, ...noExpiry } = everything;
    const r = await cli('scan', '--demo', '--config', await writeConfig('noexpiry', { suppressions: [noExpiry] }), '--output-dir', join(dir, 'never'));
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/key "suppressions\[0\]" is missing the required key "expires"/);
  });
});
