import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { REPORTS } from '../../reports/index.js';
import { writeOutputFile } from '../output/atomic.js';
import { recheckResult, validateResult, type Recheck, type ScanResult } from '../result/result.js';
import { EXIT } from './exit.js';
import { inert } from './console.js';
import { UsageError } from '../util/errors.js';
import { isS3Url } from '../output/s3-store.js';
import { readVerifiedS3Run, RunRefusedError } from '../output/run-store.js';
import { resolveFrameworks } from '../frameworks/index.js';
import { forOwner, hasOwners, teamsIn } from '../result/owners.js';

/** A result argument: a result.json file, or a run folder holding one. */
export async function resultPath(arg: string): Promise<string> {
  let info;
  try {
    info = await stat(arg);
  } catch (err) {
    throw new UsageError(`cannot read result ${arg}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`);
  }
  if (!info.isDirectory()) return arg;
  const own = join(arg, 'result.json');
  if (!(await stat(own).then((s) => s.isFile(), () => false))) throw new UsageError(`${arg} is a folder without result.json: give a result.json file or a run folder`);
  return own;
}

/**
 * Reads a saved result.json, checks it against the schema (every report renders from a valid
 * result only) and judges it by its findings: the summary, duty verdicts and `incomplete` are
 * recomputed, never taken from the file (see recheckResult). `problems` says where the file disagreed.
 */
export async function readResultChecked(file: string): Promise<Recheck> {
  let data: unknown;
  try {
    data = JSON.parse(await readFile(file, 'utf8'));
  } catch (err) {
    throw new UsageError(`cannot read result ${file}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`);
  }
  const version = (data as { schemaVersion?: unknown })?.schemaVersion;
  if (version !== 1) throw new UsageError(`${file} has schemaVersion ${JSON.stringify(version)}; this srm-audit reads schemaVersion 1`);
  const problems = validateResult(data);
  if (problems.length) throw new UsageError(`${file} is not a valid srm-audit result: ${problems[0]}`);
  return recheckResult(data as ScanResult);
}

/**
 * readResultChecked, or for an S3 run (s3://bucket/prefix/<run>) its result once every object
 * verifies against the manifest: a run without a manifest (killed mid-upload) is refused.
 */
export async function readResultAt(fileOrUrl: string): Promise<Recheck> {
  if (!isS3Url(fileOrUrl)) return readResultChecked(fileOrUrl);
  try {
    return { result: (await readVerifiedS3Run(fileOrUrl.replace(/\/+$/, ''))).result, problems: [] };
  } catch (err) {
    if (err instanceof RunRefusedError) throw new UsageError(`refusing to read ${fileOrUrl}: ${err.message}`);
    throw err;
  }
}

/** A stderr warning for each way a result file disagreed with its own findings. */
export function warnRecheck(file: string, problems: readonly string[]): void {
  for (const p of problems) process.stderr.write(inert(`srm-audit: warning: ${file}: ${p}; using what the findings say\n`));
}

/** readResultChecked, with its disagreements printed as warnings: the result as its findings say. */
export async function readResult(file: string): Promise<ScanResult> {
  const { result, problems } = await readResultChecked(file);
  warnRecheck(file, problems);
  return result;
}

/** Note shown in a re-rendered report when the file's stored summary disagreed with its findings. */
export function recheckNotes(problems: readonly string[]): string[] {
  if (!problems.length) return [];
  return [`This report was recomputed from the findings: the stored result disagreed with them (${problems.join('; ')}). Treat the file as edited or damaged; run srm-audit verify on its run folder.`];
}

/** `report --owner <team>`: the result cut to one team's findings; a team the result does not name is a usage error listing those it does. */
export function ownerView(result: ScanResult, team: string): ScanResult {
  if (!hasOwners(result)) throw new UsageError(`--owner: this result assigns no owning teams; scan with "ownerTags", "accountTeams", "ouTeams" or "defaultTeam" in the config`);
  const teams = teamsIn(result);
  if (!teams.includes(team)) throw new UsageError(`--owner: no finding of this result is owned by "${team}" (teams: ${teams.join(', ')})`);
  return forOwner(result, team);
}

export async function reportCommand(o: { input: string; format: string; output?: string; framework?: string[]; owner?: string }): Promise<number> {
  const report = REPORTS[o.format];
  if (!report) throw new UsageError(`unknown report format "${o.format}" (available: ${Object.keys(REPORTS).join(', ')})`);
  if (o.framework) resolveFrameworks(o.framework);
  const file = isS3Url(o.input) ? o.input : await resultPath(o.input);
  const { result, problems } = await readResultAt(file);
  warnRecheck(file, problems);
  const shown = o.owner !== undefined ? ownerView(result, o.owner) : result;
  const text = report.render(shown, recheckNotes(problems), { ...(o.framework ? { frameworks: o.framework } : {}), ...(o.owner !== undefined ? { owner: o.owner } : {}) });
  if (o.output) await writeOutputFile(o.output, text, '--output');
  else process.stdout.write(text);
  return EXIT.clean;
}
