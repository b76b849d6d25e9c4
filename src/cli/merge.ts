import type { KeyObject } from 'node:crypto';
import { readdir, stat } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import type { Severity } from '../check/define.js';
import { checkOutputDir, FileShapeError, readRegularFile } from '../output/fs-target.js';
import { MANIFEST, sha256, type ManifestInput } from '../output/manifest.js';
import { mergeResults, MergeError } from '../result/merge.js';
import { validateResult, type ScanResult } from '../result/result.js';
import { describeErrno, UsageError } from '../util/errors.js';
import { checkFormats, writeRunFolder } from '../output/run-folder.js';
import { checkS3Output, isS3Url } from '../output/s3-store.js';
import { DEFAULT_FAIL_ON, DEFAULT_FORMATS, DEFAULT_OUTPUT_DIR, exitCodeOf, printOutcome, readSigningKey } from './scan.js';
import { readPublicKey, verifyFolder } from './verify.js';

export interface MergeFlags {
  outputDir?: string;
  format?: string[];
  failOn?: Severity | 'none';
  signKey?: string;
  publicKey?: string;
  quiet?: boolean;
  ignoreExitCode3?: boolean;
}

const RESULT = 'result.json';
const isFile = (f: string) => stat(f).then((s) => s.isFile(), () => false);

/**
 * The run folders an argument stands for: the folder holding a result.json given by name, a run
 * folder, or an output folder (every complete run folder in it: result.json and manifest.json).
 * Every one must have a manifest: merge reads only what it can verify.
 */
export async function runFolders(arg: string, quiet: boolean): Promise<string[]> {
  let info;
  try {
    info = await stat(arg);
  } catch (err) {
    throw new UsageError(`cannot read ${arg}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`);
  }
  if (!info.isDirectory()) {
    const dir = dirname(arg);
    if (basename(arg) !== RESULT || !(await isFile(join(dir, MANIFEST)))) {
      throw new UsageError(`${arg} is not the ${RESULT} of a run folder with a ${MANIFEST}: merge verifies every input, so give the run folders (or output folders) that scan wrote`);
    }
    return [dir];
  }
  if (await isFile(join(arg, RESULT))) {
    if (!(await isFile(join(arg, MANIFEST)))) throw new UsageError(`${arg} has no ${MANIFEST}: the run did not finish, or this is not a run folder; merge verifies every input`);
    return [arg];
  }
  const found: string[] = [];
  for (const name of (await readdir(arg)).sort()) {
    const dir = join(arg, name);
    if (!(await isFile(join(dir, RESULT)))) continue;
    // The manifest is written last: a run folder without one is from a run that was killed (a
    // retried shard leaves one behind), and its retry's folder holds the result.
    if (await isFile(join(dir, MANIFEST))) found.push(dir);
    else if (!quiet) process.stderr.write(`srm-audit: warning: skipping ${dir}: no ${MANIFEST}, the run did not finish\n`);
  }
  if (!found.length) throw new UsageError(`${arg} holds no complete run folder with a ${RESULT} (give result files, run folders or output folders)`);
  return found;
}

/**
 * One input run folder, verified (every file against its manifest, the signature against the pinned
 * key when given), then its result.json read once: the bytes parsed are the bytes whose SHA-256 the
 * manifest lists. Anything else is refused with one sentence naming the folder and the file.
 */
async function verifiedInput(dir: string, key: KeyObject | undefined): Promise<{ source: string; result: ScanResult; input: ManifestInput }> {
  const refuse = (why: string) => new UsageError(`refusing to merge ${dir}: ${why}; run "srm-audit verify ${dir}${key ? ' --public-key …' : ''}" for details`);
  const v = await verifyFolder(dir, key);
  if (!v.ok) throw refuse(`it does not verify: ${v.problems[0]}${v.problems.length > 1 ? ` (and ${v.problems.length - 1} more problem${v.problems.length > 2 ? 's' : ''})` : ''}`);
  const entry = v.manifest.files.find((f) => f.name === RESULT);
  if (!entry) throw refuse(`its ${MANIFEST} does not list ${RESULT}`);
  const source = join(dir, RESULT);
  let bytes: Buffer;
  try {
    bytes = await readRegularFile(source, entry.bytes);
  } catch (err) {
    throw refuse(`${RESULT} ${err instanceof FileShapeError ? err.message : `cannot be read: ${describeErrno(err)}`}`);
  }
  if (sha256(bytes) !== entry.sha256) throw refuse(`${RESULT} changed after it was verified`);
  let data: unknown;
  try {
    data = JSON.parse(bytes.toString('utf8'));
  } catch {
    throw new UsageError(`${source} is not valid JSON`);
  }
  const problems = validateResult(data);
  if (problems.length) throw new UsageError(`${source} is not a valid srm-audit result: ${problems[0]}`);
  const result = data as ScanResult;
  return { source, result, input: { runFolder: basename(resolve(dir)), scanId: result.scan.id, manifestSha256: v.manifestSha256, signed: v.signed === 'valid' } };
}

/** `srm-audit merge`: the shard results of one scan → one run folder, as an unsharded scan writes it. */
export async function mergeCommand(inputs: string[], flags: MergeFlags): Promise<number> {
  const started = Date.now();
  const formats = flags.format ?? DEFAULT_FORMATS;
  checkFormats(formats);
  const signingKey = flags.signKey ? await readSigningKey(flags.signKey) : undefined;
  const pinned = flags.publicKey !== undefined ? await readPublicKey(flags.publicKey) : undefined;
  const outputDir = flags.outputDir ?? DEFAULT_OUTPUT_DIR;
  if (isS3Url(outputDir)) await checkS3Output(outputDir);
  else await checkOutputDir(outputDir);
  // The same folder named twice (an overlapping shell glob) is read once.
  const dirs = [...new Set((await Promise.all(inputs.map((i) => runFolders(i, !!flags.quiet)))).flat().map((d) => resolve(d)))];
  const loaded = [];
  for (const dir of dirs) loaded.push(await verifiedInput(dir, pinned));
  if (signingKey && !pinned && !flags.quiet) {
    process.stderr.write('srm-audit: warning: signing a merge of inputs checked against their own manifests only; pass --public-key to require each input\'s signature by your key\n');
  }
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
  const { files: written } = await writeRunFolder(outputDir, result, formats, signingKey, { inputs: loaded.map((l) => l.input) });
  const code = exitCodeOf(result, flags.failOn ?? DEFAULT_FAIL_ON, flags.ignoreExitCode3);
  if (!flags.quiet) printOutcome(result, written, (Date.now() - started) / 1000, code);
  return code;
}
