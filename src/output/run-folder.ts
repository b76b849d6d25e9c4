import type { KeyObject } from 'node:crypto';
import { join } from 'node:path';
import { buildManifest, fileDigest, MANIFEST, SIGNATURE, signManifest, StreamDigest, type ManifestExtra } from './manifest.js';
import { createRunDir, writeFileAtomic } from './atomic.js';
import { writeError } from './fs-target.js';
import type { ScanResult } from '../result/result.js';
import { REPORTS } from '../../reports/index.js';
import type { ReportView } from '../../reports/define.js';
import { UsageError } from '../util/errors.js';
import { evidenceClient, isS3Url, openS3Run, parseS3Url } from './s3-store.js';
import { compactTimestamp } from './atomic.js';

export interface RunFolder {
  /** A local folder, or the run's S3 URL (s3://bucket/prefix/<run>). */
  dir: string;
  /** Every file written, result.json first, the manifest (and signature) last. */
  files: string[];
}

/** A usage error naming the first unknown report format (scan and merge check before any work). */
export function checkFormats(formats: readonly string[]): void {
  for (const f of formats) if (!REPORTS[f]) throw new UsageError(`unknown report format "${f}" (available: ${Object.keys(REPORTS).join(', ')})`);
}

/**
 * THE run folder writer (scan and merge): `<outputDir>/<timestamp>-<scan id>/` with result.json,
 * one report per format, then manifest.json (its presence says the folder is complete) and, with a
 * signing key, manifest.sig. Formats must be known report ids (callers check them first).
 */
export async function writeRunFolder(outputDir: string, result: ScanResult, formats: readonly string[], signingKey?: KeyObject, extra: ManifestExtra = {}, view: ReportView = {}): Promise<RunFolder> {
  if (isS3Url(outputDir)) {
    // The evidence store: the same files, one S3 object each, the manifest last.
    const run = await openS3Run(await evidenceClient(), parseS3Url(outputDir, '--output-dir'), runFolderName(result));
    return { dir: run.url, files: await writeRunFiles({ write: run.write }, result, formats, signingKey, extra, view) };
  }
  const dir = await createRunDir(outputDir, result.scan.startedAt, result.scan.id);
  const sink: RunSink = {
    async write(name, content) {
      await writeFileAtomic(join(dir, name), content);
      return join(dir, name);
    },
  };
  try {
    return { dir, files: await writeRunFiles(sink, result, formats, signingKey, extra, view) };
  } catch (err) {
    // A full disk or a folder turned read-only mid-run: the folder stays without manifest.json,
    // which marks it incomplete (merge skips it, verify refuses it).
    throw writeError(err, `the run folder ${dir} (it is left incomplete, without ${MANIFEST})`);
  }
}

/** A run folder's name: `<timestamp>-<scan id prefix>` (the same locally and on S3). */
export const runFolderName = (result: ScanResult): string => `${compactTimestamp(result.scan.startedAt)}-${result.scan.id.slice(0, 8)}`;

/** Where one run's files go: a local folder (atomic writes) or an S3 prefix (one upload each); returns the written file's path or URL. */
interface RunSink {
  write(name: string, content: string | Iterable<string>): Promise<string>;
}

async function writeRunFiles(sink: RunSink, result: ScanResult, formats: readonly string[], signingKey: KeyObject | undefined, extra: ManifestExtra, view: ReportView): Promise<string[]> {
  const files: string[] = [];
  // Digests only: each report can be tens of megabytes for a large estate, and is dropped once written.
  const written: ReturnType<typeof fileDigest>[] = [];
  for (const id of new Set(['json', ...formats])) {
    const report = REPORTS[id];
    if (!report) throw new Error(`BUG: unknown report format "${id}" reached the run folder writer`);
    const name = id === 'json' ? 'result.json' : `report${report.extension}`;
    if (report.chunks) {
      // Digested as written: the file's text is never whole in memory.
      const digest = new StreamDigest(name);
      files.push(await sink.write(name, digest.tap(report.chunks(result))));
      written.push(digest.result());
    } else {
      const content = report.render(result, [], view);
      files.push(await sink.write(name, content));
      written.push(fileDigest(name, content));
    }
  }
  // The manifest comes last: its presence says the run folder is complete.
  const manifest = JSON.stringify(buildManifest(result, written, signingKey, extra), null, 2) + '\n';
  files.push(await sink.write(MANIFEST, manifest));
  if (signingKey) files.push(await sink.write(SIGNATURE, signManifest(manifest, signingKey)));
  return files;
}
