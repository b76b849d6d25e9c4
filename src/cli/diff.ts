import { DIFF_SECTIONS, diffExitCode, diffResults, type ResultDiff } from '../result/diff.js';
import type { Finding } from '../result/finding.js';
import type { ScanResult } from '../result/result.js';
import { mdCode, mdText } from '../util/markdown.js';
import { DUTY_IDS } from '../srm/index.js';
import { h } from '../../reports/html/escape.js';
import { STYLES } from '../../reports/html/assets.js';
import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { MANIFEST } from '../output/manifest.js';
import { UsageError } from '../util/errors.js';
import { runFolders } from './merge.js';
import { readResultAt, recheckNotes, resultPath, warnRecheck } from './report.js';
import { isS3Url } from '../output/s3-store.js';
import { s3RunStore } from '../output/run-store.js';
import { verifyFolder } from './verify.js';

type Section = (typeof DIFF_SECTIONS)[number];

const TITLES: Record<Section, string> = {
  newFailures: 'New failures',
  resolved: 'Resolved',
  stillFailing: 'Still failing',
  nowError: 'Now ERROR (could not be checked again)',
  notRescanned: 'Not rescanned (out of scope)',
  nowMuted: 'Now muted (accepted risk, still failing)',
  newErrors: 'New errors',
};

const EXPLAIN: Record<Section, string> = {
  newFailures: 'Open failures in the newer result that were not open failures in the older one.',
  resolved: 'Failures the newer scan judged again and found passing, or whose resource is gone where its check ran without an error.',
  stillFailing: 'Open failures in both results.',
  nowError: 'Failures whose check could not decide in the newer scan (access denied, unsupported, interrupted): not known to be fixed.',
  notRescanned: 'Failures whose check, account or region the newer scan did not cover: not known to be fixed.',
  nowMuted: 'Failures a suppression mutes in the newer result: accepted, not fixed.',
  newErrors: 'ERROR findings in the newer result that were neither ERROR nor a failure before: new blind spots.',
};

const MEANING = { 0: 'nothing new fails and every earlier failure was checked again', 1: 'new failures', 3: 'incomplete: some earlier failures could not be checked again (now ERROR or not rescanned) or there are new errors' } as const;

/** Per duty: how many findings fell in each section. */
function byDuty(d: ResultDiff): Record<string, Record<Section, number>> {
  const out: Record<string, Record<Section, number>> = {};
  for (const duty of DUTY_IDS) {
    const counts = Object.fromEntries(DIFF_SECTIONS.map((k) => [k, d[k].filter((f) => f.srm.duty === duty).length])) as Record<Section, number>;
    if (Object.values(counts).some((n) => n > 0)) out[duty] = counts;
  }
  return out;
}

const detail = (k: Section, f: Finding) =>
  k === 'resolved' ? ((f as ResultDiff['resolved'][number]).how === 'gone' ? 'resource gone' : 'passes') : k === 'notRescanned' ? (f as ResultDiff['notRescanned'][number]).why : '';

function markdown(d: ResultDiff, code: number, notes: string[]): string {
  const line = (k: Section, f: Finding) => {
    const extra = detail(k, f);
    return `- ${mdCode(f.checkId)} ${mdCode(f.account)} ${mdCode(f.region)} ${mdCode(f.resource.id)} (${f.severity})${extra ? ` [${mdText(extra)}]` : ''}: ${mdText(f.message)}`;
  };
  const lines = ['# srm-audit diff', '', ...notes.flatMap((n) => [`> **Warning:** ${mdText(n)}`, ''])];
  lines.push(`${DIFF_SECTIONS.map((k) => `${TITLES[k]}: ${d[k].length}`).join(' · ')}`, '', `Exit ${code}: ${MEANING[code as 0 | 1 | 3]}.`, '');
  lines.push(`| Duty | ${DIFF_SECTIONS.map((k) => TITLES[k].replace(/ \(.*/, '')).join(' | ')} |`, `|---|${DIFF_SECTIONS.map(() => '---:').join('|')}|`);
  for (const [duty, c] of Object.entries(byDuty(d))) lines.push(`| ${duty} | ${DIFF_SECTIONS.map((k) => c[k]).join(' | ')} |`);
  lines.push('');
  for (const key of DIFF_SECTIONS) {
    lines.push(`## ${TITLES[key]} (${d[key].length})`, '', EXPLAIN[key], '');
    if (!d[key].length) lines.push('None.', '');
    for (const duty of DUTY_IDS) {
      const list = d[key].filter((f) => f.srm.duty === duty);
      if (list.length) lines.push(`### ${duty}`, '', ...list.map((f) => line(key, f)), '');
    }
  }
  return lines.join('\n');
}

function html(d: ResultDiff, code: number, notes: string[], before: ScanResult, after: ScanResult): string {
  const row = (k: Section, f: Finding) =>
    `<tr><td><code>${h(f.checkId)}</code></td><td><code>${h(f.account)}</code> / <code>${h(f.region)}</code></td><td><code>${h(f.resource.id)}</code></td><td>${h(f.severity)}</td><td>${h(f.srm.duty)}</td><td>${h(detail(k, f))}</td><td>${h(f.message)}</td></tr>`;
  const sections = DIFF_SECTIONS.map((k) => {
    const body = d[k].length
      ? `<table><thead><tr><th scope="col">Check</th><th scope="col">Account / region</th><th scope="col">Resource</th><th scope="col">Severity</th><th scope="col">Duty</th><th scope="col">Why</th><th scope="col">Message</th></tr></thead><tbody>${d[k].map((f) => row(k, f)).join('')}</tbody></table>`
      : '<p>None.</p>';
    return `<section id="${k}" aria-labelledby="${k}-h"><h2 id="${k}-h">${h(TITLES[k])} (${d[k].length})</h2><p>${h(EXPLAIN[k])}</p>${body}</section>`;
  });
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>srm-audit diff</title>
<style>${STYLES}</style></head>
<body><header><h1>srm-audit diff</h1>
<p class="meta">Older scan <code>${h(before.scan.id)}</code> (${h(before.scan.startedAt)}) · newer scan <code>${h(after.scan.id)}</code> (${h(after.scan.startedAt)})</p>
${notes.map((n) => `<p class="warning" role="alert"><strong>Warning:</strong> ${h(n)}</p>`).join('')}
<p class="totals">${DIFF_SECTIONS.map((k) => `${h(TITLES[k])}: ${d[k].length}`).join(' · ')}</p>
<p class="${code === 3 ? 'incomplete' : ''}">Exit ${code}: ${h(MEANING[code as 0 | 1 | 3])}.</p></header>
<main>${sections.join('\n')}</main></body></html>
`;
}

const isFile = (f: string) => stat(f).then((s) => s.isFile(), () => false);

/**
 * The result files the diff arguments stand for, as merge and verify read run folders: a
 * result.json, a run folder (verified against its manifest when it has one: a folder that does not
 * verify is refused), or an output folder (its complete run folders, newest last). With NEW left
 * out, OLD is an output folder and its two newest runs are compared.
 */
async function diffInputs(oldArg: string, newArg: string | undefined): Promise<[string, string]> {
  if (isS3Url(oldArg) || (newArg !== undefined && isS3Url(newArg))) return s3DiffInputs(oldArg, newArg);
  const folders = async (arg: string) => ((await stat(arg).then((s) => s.isDirectory(), () => false)) && !(await isFile(join(arg, 'result.json'))) ? byStart(await runFolders(arg, false)) : undefined);
  if (newArg === undefined) {
    const runs = await folders(oldArg);
    if (!runs || runs.length < 2) throw new UsageError(`${oldArg}: with one argument, diff compares the two newest complete runs of an output folder, and this ${runs ? 'holds one' : 'is not an output folder'}; give OLD and NEW`);
    return [await verifiedResult(runs.at(-2)!), await verifiedResult(runs.at(-1)!)];
  }
  const one = async (arg: string) => {
    const runs = await folders(arg);
    return runs ? verifiedResult(runs.at(-1)!) : (await stat(arg).then((s) => s.isDirectory(), () => false)) ? verifiedResult(arg) : resultPath(arg);
  };
  return [await one(oldArg), await one(newArg)];
}

/**
 * diff's inputs when an argument is on S3: a run URL stands for itself, an output prefix for its
 * newest complete run (its two newest with one argument); local arguments as diffInputs reads them.
 * The S3 runs are verified when they are read (readResultAt), a run without a manifest never is.
 */
async function s3DiffInputs(oldArg: string, newArg: string | undefined): Promise<[string, string]> {
  const runs = async (url: string) => (await s3RunStore(url.replace(/\/+$/, '')).completeRuns()).map((r) => r.location);
  if (newArg === undefined) {
    const all = await runs(oldArg);
    if (all.length < 2) throw new UsageError(`${oldArg}: with one argument, diff compares the two newest complete runs of an output prefix, and this holds ${all.length}; give OLD and NEW`);
    return [all.at(-2)!, all.at(-1)!];
  }
  const one = async (arg: string) => (isS3Url(arg) ? ((await runs(arg)).at(-1) ?? arg.replace(/\/+$/, '')) : (await diffInputs(arg, arg))[0]);
  return [await one(oldArg), await one(newArg)];
}

/**
 * Run folders oldest first, by the start time their manifest records (to the millisecond): folder
 * names carry the second only, so two runs started in the same second would otherwise sort by scan id.
 */
async function byStart(dirs: string[]): Promise<string[]> {
  const started = await Promise.all(
    dirs.map(async (d) => {
      const m = await readFile(join(d, MANIFEST), 'utf8').then((t) => JSON.parse(t) as { scan?: { startedAt?: unknown } }, () => undefined);
      return { d, at: typeof m?.scan?.startedAt === 'string' ? m.scan.startedAt : '' };
    }),
  );
  return started.sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : a.d < b.d ? -1 : 1)).map((x) => x.d);
}

/** A run folder's result.json, once the folder verifies against its manifest (when it has one). */
async function verifiedResult(dir: string): Promise<string> {
  const file = await resultPath(dir);
  if (await isFile(join(dir, MANIFEST))) {
    const v = await verifyFolder(dir);
    if (!v.ok) throw new UsageError(`refusing to compare ${dir}: it does not verify against its ${MANIFEST}: ${v.problems[0]}; run "srm-audit verify ${dir}" for details`);
  }
  return file;
}

/**
 * `srm-audit diff OLD NEW` (result.json files or run folders). Exit 3 when the comparison is
 * incomplete (earlier failures now ERROR or not rescanned, or new errors), else 1 on new
 * failures, else 0: see diffExitCode.
 */
export async function diffCommand(oldArg: string, newArg: string | undefined, o: { format: 'markdown' | 'json' | 'html' }): Promise<number> {
  const [oldFile, newFile] = await diffInputs(oldArg, newArg);
  const [a, b] = [await readResultAt(oldFile), await readResultAt(newFile)];
  warnRecheck(oldFile, a.problems);
  warnRecheck(newFile, b.problems);
  const notes = [...recheckNotes(a.problems).map((n) => `older result ${oldFile}: ${n}`), ...recheckNotes(b.problems).map((n) => `newer result ${newFile}: ${n}`)];
  const d = diffResults(a.result, b.result);
  const code = diffExitCode(d);
  if (o.format === 'json') {
    const ids = (k: Section, l: Finding[]) =>
      l.map((f) => ({ id: f.id, checkId: f.checkId, account: f.account, region: f.region, resource: f.resource, severity: f.severity, duty: f.srm.duty, ...(detail(k, f) ? { why: detail(k, f) } : {}) }));
    process.stdout.write(JSON.stringify({ exitCode: code, ...(notes.length ? { warnings: notes } : {}), byDuty: byDuty(d), ...Object.fromEntries(DIFF_SECTIONS.map((k) => [k, ids(k, d[k])])) }, null, 2) + '\n');
  } else if (o.format === 'html') {
    process.stdout.write(html(d, code, notes, a.result, b.result));
  } else {
    process.stdout.write(markdown(d, code, notes));
  }
  return code;
}
