import { randomBytes } from 'node:crypto';
import { mkdir, open, rename, rm, type FileHandle } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { checkOutputFile, prepareOutputDir, writeError } from './fs-target.js';

/**
 * Writes a file atomically with owner-only permissions: a temporary file in the same folder,
 * flushed to disk, then renamed over the target. A killed run never leaves a half-written file.
 */
export async function writeFileAtomic(path: string, content: string | Uint8Array | Iterable<string>): Promise<void> {
  const tmp = join(dirname(path), `.${basename(path)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  const fh = await open(tmp, 'wx', 0o600);
  try {
    if (typeof content === 'string' || content instanceof Uint8Array) await fh.writeFile(content);
    else await writePieces(fh, content);
    await fh.sync();
  } catch (err) {
    await fh.close();
    await rm(tmp, { force: true });
    throw err;
  }
  await fh.close();
  try {
    await rename(tmp, path);
  } catch (err) {
    await rm(tmp, { force: true });
    throw err;
  }
}

/** Pieces gathered into writes of about a mebibyte: few system calls, and never the whole file in memory. */
async function writePieces(fh: FileHandle, pieces: Iterable<string>): Promise<void> {
  let batch: string[] = [];
  let length = 0;
  for (const piece of pieces) {
    batch.push(piece);
    length += piece.length;
    if (length >= WRITE_BATCH) {
      await fh.write(batch.join(''));
      batch = [];
      length = 0;
    }
  }
  if (batch.length) await fh.write(batch.join(''));
}

const WRITE_BATCH = 1 << 20;

/** `2026-11-28T17:05:09.123Z` → `20261128T170509Z`. */
export function compactTimestamp(iso: string): string {
  return iso.replace(/[-:]/g, '').replace(/\.\d+Z$/, 'Z');
}

/**
 * Creates the run folder `<outputDir>/<timestamp>-<scan id prefix>`, owner-only. It is created
 * exclusively: an existing run folder is never overwritten.
 */
export async function createRunDir(outputDir: string, startedAt: string, scanId: string): Promise<string> {
  await prepareOutputDir(outputDir);
  // Same name as run-folder.ts's runFolderName (an S3 run is named alike).
  const dir = join(outputDir, `${compactTimestamp(startedAt)}-${scanId.slice(0, 8)}`);
  try {
    await mkdir(dir, { mode: 0o700 });
  } catch (err) {
    throw writeError(err, `the run folder ${dir}`);
  }
  return dir;
}

/**
 * A file named on the command line (`--save-snapshot`, `report --output`), written atomically:
 * a folder, device or pipe there, or a failed write (full disk, read-only), is one sentence, exit 2.
 */
export async function writeOutputFile(file: string, content: string | Uint8Array, flag: string): Promise<void> {
  await checkOutputFile(file, flag);
  try {
    await writeFileAtomic(file, content);
  } catch (err) {
    throw writeError(err, `${flag} ${file}`);
  }
}
