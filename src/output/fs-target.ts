import { constants, type Stats } from 'node:fs';
import { access, lstat, mkdir, open, realpath, stat, statfs, type FileHandle } from 'node:fs/promises';
import { basename, dirname, join, resolve, sep } from 'node:path';
import { describeErrno, EnvironmentError, errnoCode } from '../util/errors.js';

/**
 * Where srm-audit writes (run folders, --save-snapshot, report --output) is checked before any work,
 * so that an everyday mistake (a file where a folder is wanted, a read-only or special file system)
 * is one sentence and exit 2 rather than a stack trace after an hour of scanning, or a hang.
 */

/** Linux statfs magic numbers of file systems that hold no user files (proc(5), sysfs(5), …). */
const SPECIAL_FS: Readonly<Record<number, string>> = {
  0x9fa0: 'proc',
  0x62656572: 'sysfs',
  0x1cd1: 'devpts',
  0x64626720: 'debugfs',
  0x73636673: 'securityfs',
  0x27e0eb: 'cgroup',
  0x63677270: 'cgroup2',
  0x74726163: 'tracefs',
  0xcafe4a11: 'bpf',
  0x62656570: 'configfs',
  0x6165676c: 'pstore',
  0xde5e81e4: 'efivarfs',
  0x42494e4d: 'binfmt_misc',
  0x19800202: 'mqueue',
  0x6e736673: 'nsfs',
};
/** Kernel and device trees, refused by path too (macOS devfs, Linux devtmpfs share tmpfs's magic). */
const SPECIAL_TREES = ['/proc', '/sys', '/dev'];

function kindOf(s: Stats): string {
  if (s.isDirectory()) return 'a folder';
  if (s.isFile()) return 'a file';
  if (s.isFIFO()) return 'a named pipe';
  if (s.isCharacterDevice() || s.isBlockDevice()) return 'a device';
  if (s.isSocket()) return 'a socket';
  if (s.isSymbolicLink()) return 'a symbolic link';
  return 'not a regular file';
}

/** Refuses a folder on a kernel or device file system: writes there fail oddly, or never finish. */
async function refuseSpecial(folder: string, what: string): Promise<void> {
  const real = await realpath(folder).catch(() => folder);
  const tree = SPECIAL_TREES.find((t) => real === t || real.startsWith(t + sep));
  const fs = tree ? tree.slice(1) : SPECIAL_FS[(await statfs(real).catch(() => undefined))?.type ?? -1];
  if (fs) throw new EnvironmentError(`${what} is on the ${fs} file system (${real}), which holds no ordinary files: choose a folder on a disk`);
}

/** The nearest existing ancestor of `abs` (itself included), with its stat, and the names below it still to create. */
async function nearestExisting(abs: string, what: string): Promise<{ path: string; stats: Stats; missing: string[] }> {
  const missing: string[] = [];
  let p = abs;
  for (;;) {
    try {
      return { path: p, stats: await stat(p), missing };
    } catch (err) {
      const code = errnoCode(err);
      if ((code !== 'ENOENT' && code !== 'ENOTDIR') || dirname(p) === p) throw new EnvironmentError(`${what}: cannot look at ${p}: ${describeErrno(err)}`);
      missing.unshift(basename(p));
      p = dirname(p);
    }
  }
}

/**
 * Checks, creating nothing, that `dir` is or can become a writable folder on an ordinary file system:
 * its nearest existing ancestor is a folder, writable, and not under /proc, /sys, /dev and the like.
 * Commands call it before any work, so a bad --output-dir costs no scan and leaves nothing behind.
 */
export async function checkOutputDir(dir: string, flag = '--output-dir'): Promise<{ path: string; missing: string[] }> {
  const what = `${flag} ${dir}`;
  const found = await nearestExisting(resolve(dir), what);
  if (!found.stats.isDirectory()) {
    throw new EnvironmentError(`${what}: ${found.path} is ${kindOf(found.stats)}, not a folder; choose a folder`);
  }
  await refuseSpecial(found.path, what);
  try {
    await access(found.path, constants.W_OK | constants.X_OK);
  } catch (err) {
    throw new EnvironmentError(`${what} is not writable${found.missing.length ? ` (${found.path} cannot hold new folders)` : ''}: ${describeErrno(err)}; choose a folder you can write to`);
  }
  return { path: found.path, missing: found.missing };
}

/**
 * Makes sure `dir` is a writable folder on an ordinary file system, creating it (owner-only) and
 * its missing parents one at a time: Node's recursive mkdir loops forever under /proc.
 * Returns its absolute path. `flag` names the option in messages (`--output-dir`).
 */
export async function prepareOutputDir(dir: string, flag = '--output-dir'): Promise<string> {
  const what = `${flag} ${dir}`;
  const abs = resolve(dir);
  const found = await checkOutputDir(dir, flag);
  let p = found.path;
  for (const name of found.missing) {
    p = join(p, name);
    try {
      await mkdir(p, { mode: 0o700 });
    } catch (err) {
      if (errnoCode(err) === 'EEXIST' && (await stat(p).then((s) => s.isDirectory(), () => false))) continue;
      throw new EnvironmentError(`${what}: cannot create ${p}: ${describeErrno(err)}; choose a folder you can write to`);
    }
  }
  try {
    await access(abs, constants.W_OK | constants.X_OK);
  } catch (err) {
    throw new EnvironmentError(`${what} is not writable: ${describeErrno(err)}; choose a folder you can write to`);
  }
  return abs;
}

/**
 * Makes sure `file` can be written atomically: it is absent or a regular file (never a folder,
 * device or pipe), and its folder exists, is writable and on an ordinary file system.
 */
export async function checkOutputFile(file: string, flag: string): Promise<string> {
  const what = `${flag} ${file}`;
  const abs = resolve(file);
  const own = await lstat(abs).catch((err: unknown) => {
    if (errnoCode(err) === 'ENOENT') return undefined;
    if (errnoCode(err) === 'ENOTDIR') throw new EnvironmentError(`${what}: a part of the path is a file, not a folder; name a file in an existing folder`);
    throw new EnvironmentError(`${what}: cannot look at it: ${describeErrno(err)}`);
  });
  if (own) {
    const target = own.isSymbolicLink() ? await stat(abs).catch(() => own) : own;
    if (target.isDirectory()) throw new EnvironmentError(`${what} is a folder: name a file to write, e.g. ${join(file, flag === '--save-snapshot' ? 'snapshot.json' : 'report.out')}`);
    if (!target.isFile()) throw new EnvironmentError(`${what} is ${kindOf(target)}, not a regular file: name a regular file to write`);
  }
  const folder = dirname(abs);
  const parent = await stat(folder).catch((err: unknown) => {
    throw new EnvironmentError(`${what}: its folder ${folder} cannot be used: ${describeErrno(err)}; create the folder first`);
  });
  if (!parent.isDirectory()) throw new EnvironmentError(`${what}: ${folder} is ${kindOf(parent)}, not a folder`);
  await refuseSpecial(folder, what);
  try {
    await access(folder, constants.W_OK | constants.X_OK);
  } catch (err) {
    throw new EnvironmentError(`${what}: its folder ${folder} is not writable: ${describeErrno(err)}; choose a folder you can write to`);
  }
  return abs;
}

/** What to do about a write that failed, after the sentence saying why. */
export function writeAdvice(err: unknown): string {
  const code = errnoCode(err);
  if (code === 'ENOSPC' || code === 'EDQUOT' || code === 'EFBIG') return 'free some space or choose another location';
  if (code === 'EROFS' || code === 'EACCES' || code === 'EPERM') return 'choose a location you can write to';
  return 'check the location and try again';
}

/** A failed write as one sentence (exit 2): what was being written, why it failed, what to do. */
export function writeError(err: unknown, what: string): Error {
  if (err instanceof EnvironmentError || !errnoCode(err)) return err as Error;
  return new EnvironmentError(`cannot write ${what}: ${describeErrno(err)}; ${writeAdvice(err)}`);
}

/** A file that is not what a reader may open: a symbolic link, device, pipe, folder, or too large. */
export class FileShapeError extends Error {}

/** Never follow a final symbolic link; never wait on a pipe or device (O_NONBLOCK does nothing to regular files). */
const NO_FOLLOW = constants.O_RDONLY | constants.O_NONBLOCK | (constants.O_NOFOLLOW ?? 0);
const FOLLOW = constants.O_RDONLY | constants.O_NONBLOCK;

/**
 * Opens a regular file for reading, and only that: a symbolic link (unless `follow`), folder,
 * device, pipe or socket is refused by lstat before it is opened, and again by fstat after (the
 * entry may be swapped in between). The caller closes the handle. Errno errors (ENOENT, …) pass through.
 */
export async function openRegularFile(path: string, follow = false): Promise<{ fh: FileHandle; size: number }> {
  const before = await (follow ? stat : lstat)(path);
  if (!before.isFile()) throw new FileShapeError(`is ${kindOf(before)}, not a regular file`);
  let fh: FileHandle;
  try {
    fh = await open(path, follow ? FOLLOW : NO_FOLLOW);
  } catch (err) {
    if (errnoCode(err) === 'ELOOP') throw new FileShapeError('is a symbolic link, not a regular file');
    throw err;
  }
  const after = await fh.stat();
  if (!after.isFile() || after.ino !== before.ino || after.dev !== before.dev) {
    await fh.close();
    throw new FileShapeError('was replaced while being opened');
  }
  return { fh, size: after.size };
}

/** Reads a small regular file whole, at most `maxBytes` (a manifest, a signature, a key): never an endless device. */
export async function readRegularFile(path: string, maxBytes: number, follow = false): Promise<Buffer> {
  const { fh, size } = await openRegularFile(path, follow);
  try {
    if (size > maxBytes) throw new FileShapeError(`is ${size} bytes, more than the ${maxBytes} it can be`);
    const buf = Buffer.alloc(size + 1);
    let n = 0;
    for (;;) {
      const { bytesRead } = await fh.read(buf, n, buf.length - n, n);
      if (!bytesRead) break;
      n += bytesRead;
      if (n > size) throw new FileShapeError('grew while being read');
    }
    return buf.subarray(0, n);
  } finally {
    await fh.close();
  }
}
