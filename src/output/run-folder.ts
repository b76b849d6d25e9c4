import type { KeyObject } from 'node:crypto';
import { join } from 'node:path';
import { buildManifest, fileDigest, MANIFEST, SIGNATURE, signManifest, StreamDigest, type ManifestExtra } from './manifest.js';
import { createRunDir, writeFileAtomic } from './atomic.js';
import { writeError } from './fs-target.js';
import type { ScanResult } from '../result/result.js';
import { REPORTS } from '../../reports/index.js';
import type { ReportView } from '../../reports/define.js';
import { UsageError } from '../util/errors.js';

export interface RunFolder {
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
  const dir = await createRunDir(outputDir, result.scan.startedAt, result.scan.id);
  try {
    return await writeRunFiles(dir, result, formats, signingKey, extra, view);
  } catch (err) {
    // A full disk or a folder turned read-only mid-run: the folder stays without manifest.json,
    // which marks it incomplete (merge skips it, verify refuses it).
    throw writeError(err, `the run folder ${dir} (it is left incomplete, without ${MANIFEST})`);
  }
}

async function writeRunFiles(dir: string, result: ScanResult, formats: readonly string[], signingKey: KeyObject | undefined, extra: ManifestExtra, view: ReportView): Promise<RunFolder> {
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
      await writeFileAtomic(join(dir, name), digest.tap(report.chunks(result)));
      written.push(digest.result());
    } else {
      const content = report.render(result, [], view);
      await writeFileAtomic(join(dir, name), content);
      written.push(fileDigest(name, content));
    }
    files.push(join(dir, name));
  }
  // The manifest comes last: its presence says the run folder is complete.
  const manifest = JSON.stringify(buildManifest(result, written, signingKey, extra), null, 2) + '\n';
  await writeFileAtomic(join(dir, MANIFEST), manifest);
  files.push(join(dir, MANIFEST));
  if (signingKey) {
    await writeFileAtomic(join(dir, SIGNATURE), signManifest(manifest, signingKey));
    files.push(join(dir, SIGNATURE));
  }
  return { dir, files };
}
