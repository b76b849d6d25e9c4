import { readdir, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { Severity } from '../check/define.js';
import { MANIFEST } from '../output/manifest.js';
import { mergeResults, MergeError } from '../result/merge.js';
import { UsageError } from '../util/errors.js';
import { readResult } from './report.js';
import { checkFormats, writeRunFolder } from '../output/run-folder.js';
import { DEFAULT_FAIL_ON, DEFAULT_FORMATS, DEFAULT_OUTPUT_DIR, exitCodeOf, printOutcome, readSigningKey } from './scan.js';

export interface MergeFlags {
  outputDir?: string;
  format?: string[];
  failOn?: Severity | 'none';
  signKey?: string;
  quiet?: boolean;
}

/**
 * The result.json files an argument stands for: the file itself, a run folder (holding
 * result.json), or an output folder (every complete run folder in it: result.json and manifest.json).
 */
async function resultFiles(arg: string, quiet: boolean): Promise<string[]> {
  let info;
  try {
    info = await stat(arg);
  } catch (err) {
    throw new UsageError(`cannot read ${arg}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`);
  }
  if (!info.isDirectory()) return [arg];
  const own = join(arg, 'result.json');
  if (await stat(own).then((s) => s.isFile(), () => false)) return [own];
  const found: string[] = [];
  const isFile = (f: string) => stat(f).then((s) => s.isFile(), () => false);
  for (const name of (await readdir(arg)).sort()) {
    const f = join(arg, name, 'result.json');
    if (!(await isFile(f))) continue;
    // The manifest is written last: a run folder without one is from a run that was killed (a
    // retried shard leaves one behind), and its retry's folder holds the result.
    if (await isFile(join(arg, name, MANIFEST))) found.push(f);
    else if (!quiet) process.stderr.write(`srm-audit: warning: skipping ${join(arg, name)}: no ${MANIFEST}, the run did not finish\n`);
  }
  if (!found.length) throw new UsageError(`${arg} holds no complete run folder with a result.json (give result files, run folders or output folders)`);
  return found;
}

/** `srm-audit merge`: the shard results of one scan → one run folder, as an unsharded scan writes it. */
export async function mergeCommand(inputs: string[], flags: MergeFlags): Promise<number> {
  const started = Date.now();
  const formats = flags.format ?? DEFAULT_FORMATS;
  checkFormats(formats);
  const signingKey = flags.signKey ? await readSigningKey(flags.signKey) : undefined;
  // The same file named twice (an overlapping shell glob) is read once.
  const files = [...new Set((await Promise.all(inputs.map((i) => resultFiles(i, !!flags.quiet)))).flat().map((f) => resolve(f)))];
  const loaded = await Promise.all(files.map(async (source) => ({ source, result: await readResult(source) })));
  const shards = loaded.map((l) => l.result.scan.shard);
  if (shards.every((s) => s) && new Set(shards.map((s) => s!.count)).size === 1) {
    const count = shards[0]!.count;
    const missing = Array.from({ length: count }, (_, i) => i + 1).filter((k) => !shards.some((s) => s!.index === k));
    if (missing.length && !flags.quiet) process.stderr.write(`srm-audit: warning: shard ${missing.map((k) => `${k}/${count}`).join(', ')} missing: the merged result covers only the shards given\n`);
  }
  let result;
  try {
    result = mergeResults(loaded);
  } catch (err) {
    if (err instanceof MergeError) throw new UsageError(err.message);
    throw err;
  }
  const { files: written } = await writeRunFolder(flags.outputDir ?? DEFAULT_OUTPUT_DIR, result, formats, signingKey);
  const code = exitCodeOf(result, flags.failOn ?? DEFAULT_FAIL_ON);
  if (!flags.quiet) printOutcome(result, written, (Date.now() - started) / 1000, code);
  return code;
}
