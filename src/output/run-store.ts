import { readdir, readFile, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { recheckResult, validateResult, type ScanResult } from '../result/result.js';
import type { BaselineSource } from '../result/baseline.js';
import { describeErrno } from '../util/errors.js';
import { MANIFEST, ManifestError, sha256, verifyRunDir } from './manifest.js';
import { FileShapeError, readRegularFile } from './fs-target.js';
import { copyS3Run, evidenceClient, isS3Url, listS3Runs, parseS3Url, s3Url } from './s3-store.js';
import type { S3Client } from '@aws-sdk/client-s3';
import { EnvironmentError } from '../util/errors.js';

const RESULT = 'result.json';

/** A complete run in a store: its manifest exists (the manifest is written last). */
export interface StoredRun {
  /** Where it lives: a run folder path here; an S3 URL for a store that adds S3 later. */
  location: string;
  scanId: string;
  startedAt: string;
}

/** A run that cannot be compared with: refused with the reason (never silently used). */
export class RunRefusedError extends Error {}

/**
 * Where run folders are kept. Only the local file system exists today; an S3 store implements the
 * same two methods (list the complete runs, read one back verified), so baseline and trend code
 * never learns where the runs live.
 */
export interface RunStore {
  /** Complete runs (with a manifest), oldest first by the start time the manifest records. */
  completeRuns(): Promise<StoredRun[]>;
  /** A run's result, once every file verifies against its manifest; RunRefusedError otherwise. */
  readVerified(location: string): Promise<BaselineSource>;
}

const isFile = (f: string) => stat(f).then((s) => s.isFile(), () => false);

/** The run folders of a local output folder. */
export function localRunStore(outputDir: string): RunStore {
  return {
    async completeRuns() {
      let names: string[];
      try {
        names = await readdir(outputDir);
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code === 'ENOENT') return []; // nothing written here yet
        throw err;
      }
      const runs: StoredRun[] = [];
      for (const name of names.sort()) {
        const dir = join(outputDir, name);
        if (!(await isFile(join(dir, MANIFEST))) || !(await isFile(join(dir, RESULT)))) continue;
        const m = await readFile(join(dir, MANIFEST), 'utf8').then((t) => JSON.parse(t) as { scan?: { id?: unknown; startedAt?: unknown } }, () => undefined);
        if (typeof m?.scan?.id !== 'string' || typeof m.scan.startedAt !== 'string') continue; // not a manifest srm-audit wrote
        runs.push({ location: dir, scanId: m.scan.id, startedAt: m.scan.startedAt });
      }
      // Folder names carry the second only; the manifest's start time orders two runs of one second.
      return runs.sort((a, b) => (a.startedAt < b.startedAt ? -1 : a.startedAt > b.startedAt ? 1 : a.location < b.location ? -1 : 1));
    },
    readVerified: readVerifiedRunFolder,
  };
}

/**
 * The runs under an S3 output prefix (`--output-dir s3://bucket/prefix`). A run is complete when
 * its manifest object exists (uploaded last): a run killed mid-upload has none and is never listed.
 * A run is read back by copying its objects to a temporary folder and verifying that copy exactly
 * as a local run folder is verified.
 */
export function s3RunStore(outputUrl: string, client?: S3Client): RunStore {
  const loc = parseS3Url(outputUrl, '--output-dir');
  const s3 = () => (client ? Promise.resolve(client) : evidenceClient());
  // The manifests the listing read, by run URL: reading a run back does not fetch its manifest again.
  const manifests = new Map<string, string>();
  return {
    async completeRuns() {
      const runs = await listS3Runs(await s3(), loc);
      for (const r of runs) manifests.set(s3Url(r.run), r.manifest);
      return runs
        .map((r) => ({ location: s3Url(r.run), scanId: r.scanId, startedAt: r.startedAt }))
        .sort((a, b) => (a.startedAt < b.startedAt ? -1 : a.startedAt > b.startedAt ? 1 : a.location < b.location ? -1 : 1));
    },
    readVerified: (location) => readVerifiedS3Run(location, client, manifests.get(location)),
  };
}

/** An S3 run's result, read back only when every object matches its manifest (as readVerifiedRunFolder). */
export async function readVerifiedS3Run(url: string, client?: S3Client, knownManifest?: string): Promise<BaselineSource> {
  const run = parseS3Url(url, '--baseline');
  let copy;
  try {
    copy = await copyS3Run(client ?? (await evidenceClient()), run, knownManifest);
  } catch (err) {
    if (err instanceof EnvironmentError || err instanceof ManifestError) throw new RunRefusedError(err.message);
    throw err;
  }
  try {
    if (copy.problems.length) throw new RunRefusedError(`${url} does not verify against its ${MANIFEST}: ${copy.problems[0]}`);
    const read = await readVerifiedRunFolder(copy.dir).catch((err: unknown) => {
      throw err instanceof RunRefusedError ? new RunRefusedError(err.message.split(copy.dir).join(url)) : err;
    });
    return { ...read, location: url };
  } finally {
    await copy.dispose();
  }
}

/** The run store of an output location: a local folder or an S3 URL. */
export const runStoreOf = (output: string): RunStore => (isS3Url(output) ? s3RunStore(output) : localRunStore(output));

/** A local run folder's result, read back only when every file matches its manifest. */
export async function readVerifiedRunFolder(dir: string): Promise<BaselineSource> {
  if (!(await isFile(join(dir, MANIFEST)))) throw new RunRefusedError(`${dir} has no ${MANIFEST}: the run did not finish, or this is not a run folder`);
  let v;
  try {
    v = await verifyRunDir(dir);
  } catch (err) {
    if (err instanceof ManifestError) throw new RunRefusedError(`${dir}: ${err.message}`);
    throw new RunRefusedError(`cannot read run folder ${dir}: ${describeErrno(err)}`);
  }
  if (!v.ok) throw new RunRefusedError(`${dir} does not verify against its ${MANIFEST}: ${v.problems[0]}`);
  const entry = v.manifest.files.find((f) => f.name === RESULT);
  if (!entry) throw new RunRefusedError(`${dir}: its ${MANIFEST} does not list ${RESULT}`);
  let bytes: Buffer;
  try {
    bytes = await readRegularFile(join(dir, RESULT), entry.bytes);
  } catch (err) {
    throw new RunRefusedError(`${join(dir, RESULT)} ${err instanceof FileShapeError ? err.message : `cannot be read: ${describeErrno(err)}`}`);
  }
  // The bytes parsed are the bytes whose digest the manifest lists (no swap after verifying).
  if (sha256(bytes) !== entry.sha256) throw new RunRefusedError(`${join(dir, RESULT)} changed after it was verified`);
  let data: unknown;
  try {
    data = JSON.parse(bytes.toString('utf8'));
  } catch {
    throw new RunRefusedError(`${join(dir, RESULT)} is not valid JSON`);
  }
  const problems = validateResult(data);
  if (problems.length) throw new RunRefusedError(`${join(dir, RESULT)} is not a valid srm-audit result: ${problems[0]}`);
  // Judged by its findings, never by its stored summary (as report and diff do).
  return { location: dir, manifestSha256: v.manifestSha256, result: recheckResult(data as ScanResult).result };
}

/** How many earlier runs the trend shows at most (each is read and verified once per scan). */
export const TREND_RUNS = 10;

/** `--baseline latest` or a path; `warn` hears of every complete run passed over and why. */
export interface BaselineLookup {
  baseline: BaselineSource | undefined;
  /** The verified earlier runs of the output folder for the trend (at most TREND_RUNS, oldest first). */
  earlier: BaselineSource[];
}

/**
 * The run to compare with, and the runs the trend can see:
 * - `latest`: the newest complete run of the output folder that verifies (none on a first run);
 * - a run folder: that run, refused unless it verifies;
 * - an output folder: its newest complete run that verifies.
 * A run without a manifest, or whose files do not match it, is never a baseline.
 */
export async function findBaseline(arg: string, outputDir: string, warn: (m: string) => void): Promise<BaselineLookup> {
  const store = runStoreOf(outputDir);
  const recent = (await store.completeRuns()).slice(-TREND_RUNS);
  const earlier: BaselineSource[] = [];
  for (const run of recent) {
    try {
      earlier.push(await store.readVerified(run.location));
    } catch (err) {
      if (!(err instanceof RunRefusedError)) throw err;
      warn(`${err.message}: it is left out of the comparison and the trend`);
    }
  }
  if (arg === 'latest') return { baseline: earlier.at(-1), earlier };
  if (isS3Url(arg)) return { baseline: await s3Baseline(arg, earlier, warn), earlier };
  const isDir = await stat(arg).then((s) => s.isDirectory(), (err: unknown) => {
    throw new RunRefusedError(`--baseline ${arg}: ${describeErrno(err)}`);
  });
  if (!isDir) throw new RunRefusedError(`--baseline ${arg} is not a folder: give a run folder, an output folder or "latest"`);
  if (await isFile(join(arg, RESULT))) {
    const known = earlier.find((e) => samePath(e.location, arg));
    return { baseline: known ?? (await readVerifiedRunFolder(arg)), earlier };
  }
  const other = localRunStore(arg);
  const runs = await other.completeRuns();
  for (const run of runs.reverse()) {
    try {
      return { baseline: await other.readVerified(run.location), earlier };
    } catch (err) {
      if (!(err instanceof RunRefusedError)) throw err;
      warn(`${err.message}: not used as the baseline`);
    }
  }
  throw new RunRefusedError(`--baseline ${arg} holds no complete run folder that verifies`);
}

const samePath = (a: string, b: string) => resolve(a) === resolve(b);

/** `--baseline s3://…`: a run (it holds objects directly), or an output prefix (its newest complete run that verifies). */
async function s3Baseline(arg: string, earlier: BaselineSource[], warn: (m: string) => void): Promise<BaselineSource> {
  const url = arg.replace(/\/+$/, '');
  const known = earlier.find((e) => e.location === url);
  if (known) return known;
  const other = s3RunStore(url);
  const runs = await other.completeRuns();
  if (!runs.length) return readVerifiedS3Run(url); // a run itself, refused when incomplete
  for (const run of runs.reverse()) {
    try {
      return await other.readVerified(run.location);
    } catch (err) {
      if (!(err instanceof RunRefusedError)) throw err;
      warn(`${err.message}: not used as the baseline`);
    }
  }
  throw new RunRefusedError(`--baseline ${arg} holds no complete run that verifies`);
}
