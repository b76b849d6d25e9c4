/** Problems the user can fix: printed as one sentence, exit 2, no stack trace. */
export class UsageError extends Error {}

/** A configuration file or key that is wrong: a usage error that names the key and what was expected. */
export class ConfigError extends UsageError {}

/**
 * The environment refuses (a full disk, a read-only or special file system, a folder where a file
 * is wanted): a usage error too (exit 2, one sentence naming the path and what to do).
 */
export class EnvironmentError extends UsageError {}

const ERRNO_TEXT: Record<string, string> = {
  ENOSPC: 'no space left on the device',
  EDQUOT: 'the disk quota is exceeded',
  EROFS: 'the file system is read-only',
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
  ENOTDIR: 'a part of the path is a file, not a folder',
  EISDIR: 'it is a folder, not a file',
  ENOENT: 'no such file or folder',
  EEXIST: 'it already exists',
  ELOOP: 'it is a symbolic link (or a loop of them)',
  EMFILE: 'too many open files',
  ENAMETOOLONG: 'the name is too long',
  EFBIG: 'the file is too large',
  EIO: 'an input/output error from the device',
  EBUSY: 'the device or file is busy',
  EXDEV: 'it is on another device',
};

/** Node's errno code of a file system error, if it is one (`ENOSPC`, `EACCES`, …). */
export function errnoCode(err: unknown): string | undefined {
  const code = (err as { code?: unknown } | null)?.code;
  return typeof code === 'string' && /^E[A-Z0-9]+$/.test(code) ? code : undefined;
}

/** "no space left on the device (ENOSPC)": a file system error in words, for one-sentence messages. */
export function describeErrno(err: unknown): string {
  const code = errnoCode(err);
  if (!code) return (err as Error)?.message?.split('\n')[0] ?? String(err);
  return `${ERRNO_TEXT[code] ?? (err as Error).message.split('\n')[0]} (${code})`;
}
