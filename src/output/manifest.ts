import { createHash, createPrivateKey, createPublicKey, sign, verify, type KeyObject } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { ScanResult } from '../result/result.js';

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
}

export const sha256 = (data: Uint8Array | string) => createHash('sha256').update(data).digest('hex');

/** The manifest of a run folder: every file's size and SHA-256, the scan's scope, the tool version. */
/** A written file's manifest entry, computed once as it is written so its content need not be kept. */
export function fileDigest(name: string, content: Uint8Array | string): { name: string; bytes: number; sha256: string } {
  return { name, bytes: Buffer.byteLength(content), sha256: sha256(content) };
}

export function buildManifest(result: ScanResult, files: readonly { name: string; bytes: number; sha256: string }[], signingKey?: KeyObject): Manifest {
  const { id, startedAt, finishedAt, mode, accounts, regions, incomplete } = result.scan;
  return {
    kind: 'srm-audit-manifest',
    schemaVersion: 1,
    tool: result.tool,
    scan: { id, startedAt, finishedAt, mode, accounts, regions, incomplete },
    files: [...files].sort((a, b) => a.name.localeCompare(b.name)),
    ...(signingKey ? { publicKey: createPublicKey(signingKey).export({ type: 'spki', format: 'pem' }).toString() } : {}),
  };
}

/** Reads an Ed25519 private key (PKCS#8 PEM, as `openssl genpkey -algorithm ed25519` writes). */
export function loadSigningKey(pem: string): KeyObject {
  const key = createPrivateKey(pem);
  if (key.asymmetricKeyType !== 'ed25519') throw new Error(`the signing key is ${key.asymmetricKeyType ?? 'unknown'}, not Ed25519`);
  return key;
}

export const signManifest = (manifestBytes: string, key: KeyObject): string => sign(null, Buffer.from(manifestBytes), key).toString('base64') + '\n';

export interface Verification {
  ok: boolean;
  problems: string[];
  signed: 'valid' | 'invalid' | 'unsigned';
  /** Whether the signature was checked against a key the caller supplied, not only the embedded one. */
  pinned: boolean;
}

/** Checks every file of a run folder against its manifest, and the signature if there is one. */
export async function verifyRunDir(dir: string, publicKeyPem?: string): Promise<Verification> {
  const problems: string[] = [];
  const manifestText = await readFile(join(dir, MANIFEST), 'utf8');
  const manifest = JSON.parse(manifestText) as Manifest;
  if (manifest.kind !== 'srm-audit-manifest') throw new Error(`${join(dir, MANIFEST)} is not an srm-audit manifest`);
  const listed = new Set(manifest.files.map((f) => f.name));
  for (const f of manifest.files) {
    let content: Buffer;
    try {
      content = await readFile(join(dir, f.name));
    } catch {
      problems.push(`${f.name}: missing`);
      continue;
    }
    const actual = sha256(content);
    if (actual !== f.sha256) problems.push(`${f.name}: changed (sha256 ${actual}, manifest says ${f.sha256}; ${content.length} bytes, manifest says ${f.bytes})`);
  }
  for (const name of await readdir(dir)) {
    if (!listed.has(name) && name !== MANIFEST && name !== SIGNATURE) problems.push(`${name}: not in the manifest`);
  }
  let signed: Verification['signed'] = 'unsigned';
  const signature = await readFile(join(dir, SIGNATURE), 'utf8').catch(() => undefined);
  const keyPem = publicKeyPem ?? manifest.publicKey;
  if (signature !== undefined) {
    if (!keyPem) {
      signed = 'invalid';
      problems.push(`${SIGNATURE}: present, but no public key to check it with`);
    } else {
      signed = verify(null, Buffer.from(manifestText), createPublicKey(keyPem), Buffer.from(signature.trim(), 'base64')) ? 'valid' : 'invalid';
      if (signed === 'invalid') problems.push(`${SIGNATURE}: the signature does not match ${MANIFEST}${publicKeyPem ? ' and the given public key' : ''}`);
    }
  } else if (publicKeyPem) {
    problems.push(`${SIGNATURE}: missing, but a public key was given`);
  }
  return { ok: problems.length === 0, problems, signed, pinned: !!publicKeyPem };
}
