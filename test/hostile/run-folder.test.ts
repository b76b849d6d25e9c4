/**
 * A run folder is evidence: `verify` must not be talked into reading outside it (or forever), a
 * removed signature must not pass as "unsigned", and `merge` must not sign what does not verify.
 * Each case is a hostile edit of a real run folder written by `scan --demo`.
 */
import { execFileSync } from 'node:child_process';
import { generateKeyPairSync } from 'node:crypto';
import { cp, mkdir, mkdtemp, readdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { fileNameProblem, sha256, type Manifest } from '../../src/output/manifest.js';
import type { ScanResult } from '../../src/result/result.js';
import { cli } from '../harness/cli.js';

let dir: string;
let pristine: string;
let signedPristine: string;
let keyFile: string;
let pubFile: string;
let otherPubFile: string;

async function onlyRun(outputDir: string): Promise<string> {
  const runs = await readdir(outputDir);
  expect(runs).toHaveLength(1);
  return join(outputDir, runs[0]!);
}

let copies = 0;
/** A fresh copy of a run folder to tamper with (its name keeps the run folder's shape). */
async function copyOf(run: string): Promise<string> {
  const to = join(dir, `copy-${++copies}`, 'run');
  await cp(run, to, { recursive: true });
  return to;
}

const readManifest = async (run: string) => JSON.parse(await readFile(join(run, 'manifest.json'), 'utf8')) as Manifest;
const writeManifest = (run: string, m: Manifest) => writeFile(join(run, 'manifest.json'), JSON.stringify(m, null, 2) + '\n');

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'srm-hostile-run-'));
  const { privateKey, publicKey } = generateKeyPairSync('ed25519');
  keyFile = join(dir, 'key.pem');
  pubFile = join(dir, 'key.pub.pem');
  otherPubFile = join(dir, 'other.pub.pem');
  await writeFile(keyFile, privateKey.export({ type: 'pkcs8', format: 'pem' }));
  await writeFile(pubFile, publicKey.export({ type: 'spki', format: 'pem' }));
  await writeFile(otherPubFile, generateKeyPairSync('ed25519').publicKey.export({ type: 'spki', format: 'pem' }));
  await cli('scan', '--demo', '--output-dir', join(dir, 'plain'), '--quiet');
  await cli('scan', '--demo', '--output-dir', join(dir, 'signed'), '--sign-key', keyFile, '--quiet');
  pristine = await onlyRun(join(dir, 'plain'));
  signedPristine = await onlyRun(join(dir, 'signed'));
});
afterEach(() => vi.restoreAllMocks());

describe('verify reads only regular files inside the run folder', () => {
  it('accepts the untouched folders (the baseline the hostile cases start from)', async () => {
    expect((await cli('verify', pristine)).code).toBe(0);
    expect((await cli('verify', signedPristine, '--public-key', pubFile)).code).toBe(0);
  });

  it.each([
    ['a relative path out of the folder', '../../../../../../../../etc/hostname'],
    ['an absolute path', '/etc/hostname'],
    ['a path into a subfolder', 'sub/result.json'],
  ])('refuses a manifest entry naming %s, even with its true digest', async (_, name) => {
    const run = await copyOf(pristine);
    const target = name.startsWith('/') || name.startsWith('..') ? '/etc/hostname' : join(run, name);
    if (name.startsWith('sub/')) await cp(join(run, 'result.json'), target, { recursive: true });
    const content = await readFile(target);
    const m = await readManifest(run);
    m.files.push({ name, bytes: content.length, sha256: sha256(content) });
    await writeManifest(run, m);
    const r = await cli('verify', run);
    expect(r.code).toBe(1);
    expect(r.out).toContain(`NOT VERIFIED: ${run}`);
    expect(r.out).toContain(`${JSON.stringify(name)}: refused: the manifest names`);
    expect(r.out).not.toMatch(/^verified/m);
  });

  it('refuses ../../dev/zero at once instead of reading forever', async () => {
    const run = await copyOf(pristine);
    const m = await readManifest(run);
    m.files.push({ name: '../../../../../../dev/zero', bytes: 1 << 30, sha256: '0'.repeat(64) });
    await writeManifest(run, m);
    const t0 = Date.now();
    const r = await cli('verify', run);
    expect(Date.now() - t0).toBeLessThan(3000);
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/"\.\.\/\.\.\/\.\.\/\.\.\/\.\.\/\.\.\/dev\/zero": refused: the manifest names a path that leaves the run folder/);
  }, 10_000);

  it('refuses a listed file that is a symbolic link, even to identical content', async () => {
    const run = await copyOf(pristine);
    const outside = join(dir, 'report-elsewhere.md');
    await cp(join(run, 'report.md'), outside);
    await rm(join(run, 'report.md'));
    await symlink(outside, join(run, 'report.md'));
    const r = await cli('verify', run);
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/report\.md: refused: it is a symbolic link, not a regular file/);
  });

  it('refuses a listed file that links to a device, quickly', async () => {
    const run = await copyOf(pristine);
    await rm(join(run, 'result.json'));
    await symlink('/dev/zero', join(run, 'result.json'));
    const t0 = Date.now();
    const r = await cli('verify', run);
    expect(Date.now() - t0).toBeLessThan(3000);
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/result\.json: refused: it is a symbolic link/);
  }, 10_000);

  it('refuses a listed file that is a named pipe without waiting on it', async () => {
    const run = await copyOf(pristine);
    await rm(join(run, 'report.md'));
    execFileSync('mkfifo', [join(run, 'report.md')]);
    const t0 = Date.now();
    const r = await cli('verify', run);
    expect(Date.now() - t0).toBeLessThan(3000);
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/report\.md: refused: it is a named pipe, not a regular file/);
  }, 10_000);

  it('compares the size before hashing (a padded file is not read)', async () => {
    const run = await copyOf(pristine);
    await writeFile(join(run, 'report.md'), Buffer.alloc(8 << 20, 0x20), { flag: 'a' });
    const r = await cli('verify', run);
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/report\.md: changed \(\d+ bytes, manifest says \d+\)/);
  });

  it('a manifest.json that is a link to a device, not JSON, or the wrong shape: exit 2, one sentence', async () => {
    const cases: [string, (run: string) => Promise<void>, RegExp][] = [
      ['device', async (run) => { await rm(join(run, 'manifest.json')); await symlink('/dev/zero', join(run, 'manifest.json')); }, /manifest\.json is a symbolic link, not a regular file: not a manifest srm-audit wrote/],
      ['not JSON', (run) => writeFile(join(run, 'manifest.json'), '{"kind": "srm-audit-manifest",'), /manifest\.json is not valid JSON .*: not a manifest srm-audit wrote/],
      ['wrong shape', (run) => writeFile(join(run, 'manifest.json'), JSON.stringify({ kind: 'srm-audit-manifest', schemaVersion: 1, scan: {}, files: [{ name: 'result.json', bytes: '12', sha256: 'x' }] })), /manifest\.json: key "files\[0\]\.bytes" must be a whole number of bytes/],
      ['no manifest', (run) => rm(join(run, 'manifest.json')), /has no manifest\.json: not an srm-audit run folder/],
    ];
    for (const [name, tamper, message] of cases) {
      const run = await copyOf(pristine);
      await tamper(run);
      const r = await cli('verify', run);
      expect(r.code, name).toBe(2);
      expect(r.err, name).toMatch(message);
      expect(r.err.trim().split('\n'), name).toHaveLength(1);
      expect(r.err, name).not.toMatch(/internal error|\n\s+at /);
    }
  }, 15_000);

  it('a --public-key that is garbage, a folder or a device: exit 2, one sentence', async () => {
    const garbage = join(dir, 'garbage.pem');
    await writeFile(garbage, '-----BEGIN PUBLIC KEY-----\nnot base64 at all\n-----END PUBLIC KEY-----\n');
    const rsa = join(dir, 'rsa.pub.pem');
    await writeFile(rsa, generateKeyPairSync('rsa', { modulusLength: 1024 }).publicKey.export({ type: 'spki', format: 'pem' }));
    for (const [key, message] of [
      [garbage, /--public-key .*garbage\.pem: .*\(expected an Ed25519 public key in PEM/],
      [rsa, /--public-key .*rsa\.pub\.pem: the public key is rsa, not Ed25519/],
      [dir, /cannot read --public-key .*: it is a folder, not a regular file/],
      ['/dev/zero', /cannot read --public-key \/dev\/zero: it is a device, not a regular file/],
    ] as const) {
      const r = await cli('verify', signedPristine, '--public-key', key);
      expect(r.code, key).toBe(2);
      expect(r.err, key).toMatch(message);
      expect(r.err.trim().split('\n'), key).toHaveLength(1);
    }
  });

  it('rejects the names a manifest may not use, and accepts the ones scan writes', () => {
    for (const ok of ['result.json', 'report.md', 'report.ocsf.json', 'report.xml']) expect(fileNameProblem(ok), ok).toBeUndefined();
    for (const bad of ['..', '.', '../x', 'a/../../b', '/etc/passwd', 'C:\\x', 'a\\b', 'manifest.json', 'manifest.sig', '.hidden', 'a\nb', '']) expect(fileNameProblem(bad), JSON.stringify(bad)).toBeDefined();
  });
});

describe('a signed run folder does not verify without its signature', () => {
  it('rm manifest.sig: NOT VERIFIED (exit 1), with or without a pinned key', async () => {
    const run = await copyOf(signedPristine);
    await rm(join(run, 'manifest.sig'));
    const r = await cli('verify', run);
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/manifest\.sig: missing, but manifest\.json names the public key it was signed with: the signature was removed/);
    expect(r.out).not.toMatch(/unsigned/);
    expect((await cli('verify', run, '--public-key', pubFile)).code).toBe(1);
  });

  it('a manifest.sig that is a link or a pipe is refused, not followed', async () => {
    const run = await copyOf(signedPristine);
    await rm(join(run, 'manifest.sig'));
    await symlink('/dev/zero', join(run, 'manifest.sig'));
    const r = await cli('verify', run);
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/manifest\.sig: refused: it is a symbolic link/);
  });
});

describe('merge verifies every input before it merges (and signs)', () => {
  it('refuses a shard whose result.json lost its FAILs, and writes no merged folder', async () => {
    const run = await copyOf(pristine);
    const result = JSON.parse(await readFile(join(run, 'result.json'), 'utf8')) as ScanResult;
    expect(result.findings.some((f) => f.status === 'FAIL')).toBe(true);
    result.findings = result.findings.filter((f) => f.status !== 'FAIL');
    await writeFile(join(run, 'result.json'), JSON.stringify(result, null, 2) + '\n');
    expect((await cli('verify', run)).code).toBe(1);
    const out = join(dir, 'merged-tampered');
    const r = await cli('merge', run, '--sign-key', keyFile, '--output-dir', out);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(new RegExp(`^srm-audit: refusing to merge ${run.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}: it does not verify: result\\.json: changed`));
    expect(r.err).not.toMatch(/\n\s+at /);
    expect(await readdir(out).catch(() => [])).toEqual([]);
  });

  it('refuses a signed shard whose signature was removed, or that another key signed (pinned --public-key)', async () => {
    const stripped = await copyOf(signedPristine);
    await rm(join(stripped, 'manifest.sig'));
    const a = await cli('merge', stripped, '--sign-key', keyFile, '--output-dir', join(dir, 'merged-stripped'));
    expect(a.code).toBe(2);
    expect(a.err).toMatch(/refusing to merge .*: it does not verify: manifest\.sig: missing/);
    const b = await cli('merge', signedPristine, '--public-key', otherPubFile, '--output-dir', join(dir, 'merged-otherkey'));
    expect(b.code).toBe(2);
    expect(b.err).toMatch(/refusing to merge .*: it does not verify: manifest\.sig: the signature does not match manifest\.json and the given public key/);
    // An unsigned shard cannot satisfy a pinned key.
    const c = await cli('merge', pristine, '--public-key', pubFile, '--output-dir', join(dir, 'merged-unsigned'));
    expect(c.code).toBe(2);
    expect(c.err).toMatch(/manifest\.sig: missing, but a public key was given/);
    for (const d of ['merged-stripped', 'merged-otherkey', 'merged-unsigned']) expect(await readdir(join(dir, d)).catch(() => [])).toEqual([]);
  });

  it('refuses an input whose manifest names a path outside its folder', async () => {
    const run = await copyOf(pristine);
    const m = await readManifest(run);
    m.files.push({ name: '../../../../etc/hostname', bytes: 1, sha256: '0'.repeat(64) });
    await writeManifest(run, m);
    const r = await cli('merge', run, '--output-dir', join(dir, 'merged-escape'));
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/refusing to merge .*: it does not verify: "\.\.\/\.\.\/\.\.\/\.\.\/etc\/hostname": refused/);
  });

  it('merges verified inputs and records each input manifest digest in the signed merged manifest', async () => {
    const out = join(dir, 'merged-ok');
    const r = await cli('merge', signedPristine, '--sign-key', keyFile, '--public-key', pubFile, '--output-dir', out, '--quiet');
    expect([1, 3]).toContain(r.code);
    const merged = await onlyRun(out);
    const m = await readManifest(merged);
    const input = await readFile(join(signedPristine, 'manifest.json'));
    const shard = JSON.parse(await readFile(join(signedPristine, 'result.json'), 'utf8')) as ScanResult;
    expect(m.inputs).toEqual([{ runFolder: signedPristine.split('/').pop(), scanId: shard.scan.id, manifestSha256: sha256(input), signed: true }]);
    expect((await cli('verify', merged, '--public-key', pubFile)).code).toBe(0);
  });

  it('a run folder without result.json in its manifest is refused', async () => {
    const run = await copyOf(pristine);
    const m = await readManifest(run);
    m.files = m.files.filter((f) => f.name !== 'result.json');
    await writeManifest(run, m);
    await mkdir(join(dir, 'x'), { recursive: true });
    const r = await cli('merge', run, '--output-dir', join(dir, 'merged-unlisted'));
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/refusing to merge .*: it does not verify: result\.json: not in the manifest/);
  });
});
