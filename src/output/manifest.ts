import { createHash, createPrivateKey, createPublicKey, sign, verify, type KeyObject } from 'node:crypto';
import { readdir } from 'node:fs/promises';
import { isAbsolute, join } from 'node:path';
import type { ScanResult } from '../result/result.js';
import type { RunEvidence } from '../result/evidence.js';
import { describeErrno, errnoCode } from '../util/errors.js';
import { FileShapeError, openRegularFile, readRegularFile } from './fs-target.js';

export const MANIFEST = 'manifest.json';
export const SIGNATURE = 'manifest.sig';

export interface Manifest {
  kind: 'srm-audit-manifest';
  schemaVersion: 1;
  tool: ScanResult['tool'];
  scan: Pick<ScanResult['scan'], 'id' | 'startedAt' | 'finishedAt' | 'mode' | 'accounts' | 'regions' | 'incomplete'>;
  files: { name: string; bytes: number; sha256: string }[];
  /** Present when signed: the Ed25519 public key (SPKI PEM) whose signature is in manifest.sig. */
  publicKey?: string;
  /** A merged run: the input run folders, each verified before merging, by its manifest's SHA-256. */
  inputs?: ManifestInput[];
  /** The run's evidence metadata (as in result.json's scan.evidence): absent in manifests of older versions. */
  evidence?: RunEvidence;
}

export interface ManifestInput {
  /** The input run folder's name (its last path component). */
  runFolder: string;
  scanId: string;
  /** SHA-256 of the input's manifest.json bytes: with its digests, it pins every input file. */
  manifestSha256: string;
  /** Whether the input's signature was checked (against --public-key when given). */
  signed: boolean;
}

/** What a writer may add to the manifest besides the files (merge: its inputs). */
export interface ManifestExtra {
  inputs?: ManifestInput[];
}

/** A manifest.json that cannot be read as one (not JSON, wrong shape, not a regular file): exit 2. */
export class ManifestError extends Error {}

/** Bounds of what verify reads whole: a manifest lists a few files; a signature and a key are a line or two. */
export const MAX_MANIFEST_BYTES = 16 << 20;
export const MAX_SIGNATURE_BYTES = 4096;
export const MAX_KEY_BYTES = 64 << 10;
const SHA256 = /^[0-9a-f]{64}$/;
/** Run folder files are flat, plainly named: result.json, report.md, report.ocsf.json, … */
const FILE_NAME = /^[A-Za-z0-9_][A-Za-z0-9._-]{0,254}$/;

export const sha256 = (data: Uint8Array | string) => createHash('sha256').update(data).digest('hex');

/** The manifest of a run folder: every file's size and SHA-256, the scan's scope, the tool version. */
/** A written file's manifest entry, computed once as it is written so its content need not be kept. */
export function fileDigest(name: string, content: Uint8Array | string): { name: string; bytes: number; sha256: string } {
  return { name, bytes: Buffer.byteLength(content), sha256: sha256(content) };
}

/** A file's manifest entry computed from its pieces as they are written (fileDigest of their concatenation). */
export class StreamDigest {
  private readonly hash = createHash('sha256');
  private bytes = 0;

  constructor(private readonly name: string) {}

  *tap(pieces: Iterable<string>): Generator<string> {
    for (const piece of pieces) {
      this.hash.update(piece);
      this.bytes += Buffer.byteLength(piece);
      yield piece;
    }
  }

  private sha256?: string;

  /** After every piece was written. */
  result(): { name: string; bytes: number; sha256: string } {
    this.sha256 ??= this.hash.digest('hex');
    return { name: this.name, bytes: this.bytes, sha256: this.sha256 };
  }
}

export function buildManifest(result: ScanResult, files: readonly { name: string; bytes: number; sha256: string }[], signingKey?: KeyObject, extra: ManifestExtra = {}): Manifest {
  const { id, startedAt, finishedAt, mode, accounts, regions, incomplete } = result.scan;
  return {
    kind: 'srm-audit-manifest',
    schemaVersion: 1,
    tool: result.tool,
    scan: { id, startedAt, finishedAt, mode, accounts, regions, incomplete },
    files: [...files].sort((a, b) => a.name.localeCompare(b.name)),
    ...(signingKey ? { publicKey: createPublicKey(signingKey).export({ type: 'spki', format: 'pem' }).toString() } : {}),
    ...(extra.inputs?.length ? { inputs: extra.inputs.map((i) => ({ ...i })) } : {}),
    ...(result.scan.evidence ? { evidence: result.scan.evidence } : {}),
  };
}

/** Reads an Ed25519 private key (PKCS#8 PEM, as `openssl genpkey -algorithm ed25519` writes). */
export function loadSigningKey(pem: string): KeyObject {
  const key = createPrivateKey(pem);
  if (key.asymmetricKeyType !== 'ed25519') throw new Error(`the signing key is ${key.asymmetricKeyType ?? 'unknown'}, not Ed25519`);
  return key;
}

/** Reads an Ed25519 public key (SPKI PEM, as `openssl pkey -pubout` writes). */
export function loadPublicKey(pem: string): KeyObject {
  const key = createPublicKey(pem);
  if (key.asymmetricKeyType !== 'ed25519') throw new Error(`the public key is ${key.asymmetricKeyType ?? 'unknown'}, not Ed25519`);
  return key;
}

export const signManifest = (manifestBytes: string, key: KeyObject): string => sign(null, Buffer.from(manifestBytes), key).toString('base64') + '\n';

/**
 * Why a manifest may not name this file, or undefined when it may: only plain names of files in
 * the run folder itself (no path separators, no "..", nothing absolute, not the manifest itself).
 */
export function fileNameProblem(name: string): string | undefined {
  if (isAbsolute(name) || /^[A-Za-z]:/.test(name)) return 'an absolute path, outside the run folder';
  if (name.split(/[\\/]/).includes('..')) return 'a path that leaves the run folder ("..")';
  if (/[\\/]/.test(name)) return 'a path into a subfolder; run folder files are plain names';
  if (name === MANIFEST || name === SIGNATURE) return 'the manifest or its signature, which cannot list themselves';
  if (!FILE_NAME.test(name)) return 'not a plain file name (letters, digits, ".", "_", "-")';
  return undefined;
}

/** Parses and checks the shape of a manifest; a ManifestError names the key that is wrong. */
export function parseManifest(text: string, where: string): Manifest {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (err) {
    throw new ManifestError(`${where} is not valid JSON (${(err as Error).message.split('\n')[0]}): not a manifest srm-audit wrote`);
  }
  const bad = (key: string, expected: string): never => {
    throw new ManifestError(`${where}: key "${key}" must be ${expected}: not a manifest srm-audit wrote`);
  };
  if (!data || typeof data !== 'object' || Array.isArray(data)) bad('(top level)', 'a JSON object');
  const m = data as Record<string, unknown>;
  if (m.kind !== 'srm-audit-manifest') bad('kind', '"srm-audit-manifest"');
  if (m.schemaVersion !== 1) bad('schemaVersion', '1');
  if (!m.scan || typeof m.scan !== 'object') bad('scan', 'an object');
  if (!Array.isArray(m.files)) bad('files', 'a list');
  for (const [i, f] of (m.files as unknown[]).entries()) {
    const e = f as Record<string, unknown> | null;
    if (!e || typeof e !== 'object') bad(`files[${i}]`, 'an object with name, bytes and sha256');
    if (typeof e!.name !== 'string' || !e!.name) bad(`files[${i}].name`, 'a file name');
    if (typeof e!.bytes !== 'number' || !Number.isSafeInteger(e!.bytes) || e!.bytes < 0) bad(`files[${i}].bytes`, 'a whole number of bytes');
    if (typeof e!.sha256 !== 'string' || !SHA256.test(e!.sha256)) bad(`files[${i}].sha256`, 'a SHA-256 in lowercase hex');
  }
  if (m.publicKey !== undefined && typeof m.publicKey !== 'string') bad('publicKey', 'a PEM public key');
  if (m.inputs !== undefined && !Array.isArray(m.inputs)) bad('inputs', 'a list');
  if (m.evidence !== undefined && (!m.evidence || typeof m.evidence !== 'object' || Array.isArray(m.evidence))) bad('evidence', 'an object');
  return data as Manifest;
}

export interface Verification {
  ok: boolean;
  problems: string[];
  signed: 'valid' | 'invalid' | 'unsigned';
  /** Whether the signature was checked against a key the caller supplied, not only the embedded one. */
  pinned: boolean;
  /** The manifest as read (merge records its digest and scan id). */
  manifest: Manifest;
  manifestSha256: string;
}

/** Reads a run folder's manifest.json: a regular file (no link, device or pipe), bounded in size. */
export async function readManifest(dir: string): Promise<{ text: string; manifest: Manifest }> {
  const path = join(dir, MANIFEST);
  let bytes: Buffer;
  try {
    bytes = await readRegularFile(path, MAX_MANIFEST_BYTES);
  } catch (err) {
    if (err instanceof FileShapeError) throw new ManifestError(`${path} ${err.message}: not a manifest srm-audit wrote`);
    if (errnoCode(err) === 'ENOENT' || errnoCode(err) === 'ENOTDIR') throw new ManifestError(`${dir} has no ${MANIFEST}: not an srm-audit run folder (or the run did not finish)`);
    throw new ManifestError(`cannot read ${path}: ${describeErrno(err)}`);
  }
  const text = bytes.toString('utf8');
  return { text, manifest: parseManifest(text, path) };
}

/**
 * A listed file's problem, or undefined when it matches: it must be a regular file in the run
 * folder (lstat; opened without following links, never a device or pipe), its size must be the
 * manifest's before anything is hashed, and no more than that many bytes are read.
 */
async function checkFile(dir: string, f: Manifest['files'][number]): Promise<string | undefined> {
  let opened;
  try {
    opened = await openRegularFile(join(dir, f.name));
  } catch (err) {
    if (err instanceof FileShapeError) return `${f.name}: refused: it ${err.message}`;
    if (errnoCode(err) === 'ENOENT') return `${f.name}: missing`;
    return `${f.name}: cannot be read: ${describeErrno(err)}`;
  }
  const { fh, size } = opened;
  try {
    if (size !== f.bytes) return `${f.name}: changed (${size} bytes, manifest says ${f.bytes})`;
    const hash = createHash('sha256');
    const buf = Buffer.alloc(Math.min(1 << 20, Math.max(f.bytes, 1)));
    let read = 0;
    while (read < f.bytes) {
      const { bytesRead } = await fh.read(buf, 0, Math.min(buf.length, f.bytes - read), read);
      if (!bytesRead) return `${f.name}: changed (shorter than the ${f.bytes} bytes it had when opened)`;
      hash.update(buf.subarray(0, bytesRead));
      read += bytesRead;
    }
    if ((await fh.read(buf, 0, 1, read)).bytesRead) return `${f.name}: changed (grew while being read)`;
    const actual = hash.digest('hex');
    return actual === f.sha256 ? undefined : `${f.name}: changed (sha256 ${actual}, manifest says ${f.sha256}; ${size} bytes, manifest says ${f.bytes})`;
  } finally {
    await fh.close();
  }
}

/**
 * Checks every file of a run folder against its manifest, and the signature. A manifest that names
 * a public key was signed: without its manifest.sig it does not verify. With a pinned key (the
 * caller's), the signature must match that key. Throws ManifestError when manifest.json cannot be
 * read as a manifest at all.
 */
export async function verifyRunDir(dir: string, pinnedKey?: string | KeyObject): Promise<Verification> {
  const problems: string[] = [];
  const { text: manifestText, manifest } = await readManifest(dir);
  const manifestSha256 = sha256(manifestText);
  const listed = new Set<string>();
  for (const f of manifest.files) {
    const bad = fileNameProblem(f.name);
    if (bad) {
      problems.push(`${JSON.stringify(f.name)}: refused: the manifest names ${bad}`);
      continue;
    }
    if (listed.has(f.name)) {
      problems.push(`${f.name}: listed twice in ${MANIFEST}`);
      continue;
    }
    listed.add(f.name);
    const problem = await checkFile(dir, f);
    if (problem) problems.push(problem);
  }
  for (const name of (await readdir(dir)).sort()) {
    if (!listed.has(name) && name !== MANIFEST && name !== SIGNATURE) problems.push(`${name}: not in the manifest`);
  }

  let signed: Verification['signed'] = 'unsigned';
  let signature: string | undefined;
  try {
    signature = (await readRegularFile(join(dir, SIGNATURE), MAX_SIGNATURE_BYTES)).toString('utf8');
  } catch (err) {
    if (err instanceof FileShapeError) {
      signed = 'invalid';
      problems.push(`${SIGNATURE}: refused: it ${err.message}`);
    } else if (errnoCode(err) !== 'ENOENT') {
      signed = 'invalid';
      problems.push(`${SIGNATURE}: cannot be read: ${describeErrno(err)}`);
    }
  }
  let key: KeyObject | undefined;
  if (pinnedKey !== undefined) {
    key = typeof pinnedKey === 'string' ? loadPublicKey(pinnedKey) : pinnedKey;
  } else if (manifest.publicKey !== undefined) {
    try {
      key = loadPublicKey(manifest.publicKey);
    } catch (err) {
      problems.push(`${MANIFEST}: publicKey is not a usable Ed25519 public key (${(err as Error).message.split('\n')[0]})`);
    }
  }
  if (signature !== undefined) {
    if (!key) {
      signed = 'invalid';
      if (manifest.publicKey === undefined) problems.push(`${SIGNATURE}: present, but no public key to check it with`);
    } else {
      signed = verify(null, Buffer.from(manifestText), key, Buffer.from(signature.trim(), 'base64')) ? 'valid' : 'invalid';
      if (signed === 'invalid') problems.push(`${SIGNATURE}: the signature does not match ${MANIFEST}${pinnedKey !== undefined ? ' and the given public key' : ''}`);
    }
  } else if (signed === 'unsigned') {
    if (manifest.publicKey !== undefined) {
      signed = 'invalid';
      problems.push(`${SIGNATURE}: missing, but ${MANIFEST} names the public key it was signed with: the signature was removed`);
    } else if (pinnedKey !== undefined) {
      problems.push(`${SIGNATURE}: missing, but a public key was given`);
    }
  }
  return { ok: problems.length === 0, problems, signed, pinned: pinnedKey !== undefined, manifest, manifestSha256 };
}
