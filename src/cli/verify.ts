import type { KeyObject } from 'node:crypto';
import { FileShapeError, readRegularFile } from '../output/fs-target.js';
import { loadPublicKey, ManifestError, MANIFEST, MAX_KEY_BYTES, verifyRunDir, type Verification } from '../output/manifest.js';
import { EXIT } from './exit.js';
import { describeErrno, UsageError } from '../util/errors.js';
import { stripControl } from '../util/inert.js';
import { copyS3Run, evidenceClient, isS3Url, parseS3Url } from '../output/s3-store.js';

async function verifyS3Run(url: string, key?: KeyObject): Promise<Verification> {
  const copy = await copyS3Run(await evidenceClient(), parseS3Url(url, 'verify')).catch((err: unknown) => {
    throw err instanceof ManifestError ? new UsageError(err.message) : err;
  });
  try {
    const v = await verifyFolder(copy.dir, key);
    const problems = [...copy.problems, ...v.problems].map((p) => p.split(copy.dir).join(url.replace(/\/+$/, '')));
    return { ...v, problems, ok: problems.length === 0 };
  } finally {
    await copy.dispose();
  }
}

/** The pinned key of `--public-key FILE`: a small regular file holding an Ed25519 public key in PEM. */
export async function readPublicKey(file: string, flag = '--public-key'): Promise<KeyObject> {
  let pem: string;
  try {
    pem = (await readRegularFile(file, MAX_KEY_BYTES, true)).toString('utf8');
  } catch (err) {
    throw new UsageError(`cannot read ${flag} ${file}: ${err instanceof FileShapeError ? `it ${err.message}` : describeErrno(err)}`);
  }
  try {
    return loadPublicKey(pem);
  } catch (err) {
    throw new UsageError(`${flag} ${file}: ${(err as Error).message.split('\n')[0]} (expected an Ed25519 public key in PEM, e.g. from "openssl pkey -in key.pem -pubout")`);
  }
}

/**
 * Reads and verifies a run folder, local or on S3 (copied to a temporary folder, verified there, and
 * the copy removed); a manifest that is not one, or an S3 run without one, is a usage error (exit 2).
 */
export async function verifyFolder(dir: string, key?: KeyObject): Promise<Verification> {
  if (isS3Url(dir)) return verifyS3Run(dir, key);
  try {
    return await verifyRunDir(dir, key);
  } catch (err) {
    if (err instanceof ManifestError) throw new UsageError(err.message);
    if (err instanceof UsageError) throw err;
    const code = (err as NodeJS.ErrnoException).code;
    if (code) throw new UsageError(`cannot read run folder ${dir}: ${describeErrno(err)}`);
    throw err;
  }
}

/**
 * Exit 0 when every file matches the manifest (and the signature: required when the manifest names
 * a key, or a key is pinned); 1 and the differences otherwise; 2 when the folder holds no readable
 * manifest or the key is unusable.
 */
export async function verifyCommand(dir: string, o: { publicKey?: string }): Promise<number> {
  const key = o.publicKey !== undefined ? await readPublicKey(o.publicKey) : undefined;
  const v = await verifyFolder(dir, key);
  if (!v.ok) {
    process.stdout.write(`NOT VERIFIED: ${dir}\n${v.problems.map((p) => `  ${stripControl(p).replace(/\n/g, ' ')}`).join('\n')}\n`);
    return EXIT.findings;
  }
  const sig = v.signed === 'valid' ? `signature valid${v.pinned ? ' for the given public key' : ' (key taken from the manifest: pass --public-key to pin it)'}` : 'unsigned';
  process.stdout.write(`verified: ${dir}: every file matches ${MANIFEST}; ${sig}\n`);
  return EXIT.clean;
}
