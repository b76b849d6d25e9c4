/**
 * Everyday environment errors: a file where a folder is wanted, a folder where a file is wanted, a
 * special or read-only file system, a full disk, AWS STS throttled or failing at the start,
 * malformed snapshot data. Each is one sentence naming the path or call, with the documented exit
 * code (2 usage/environment, 3 AWS unreachable after retries), never "internal error" and a stack.
 */
import { execFileSync } from 'node:child_process';
import { chmod, mkdir, mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { writeError } from '../../src/output/fs-target.js';
import { EnvironmentError } from '../../src/util/errors.js';
import { demoSnapshotPath } from '../../src/cli/scan.js';
import { cli } from '../harness/cli.js';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'srm-hostile-env-'));
});
afterEach(() => {
  vi.unstubAllEnvs();
  vi.restoreAllMocks();
});

/** One line on stderr, starting "srm-audit:", no stack trace, no "internal error". */
function oneSentence(err: string): void {
  expect(err.trim().split('\n')).toHaveLength(1);
  expect(err).toMatch(/^srm-audit: /);
  expect(err).not.toMatch(/internal error|\n\s+at /);
}

describe('where results are written', () => {
  it('--output-dir naming a file, or a folder under a file: exit 2 before the scan', async () => {
    const file = join(dir, 'a-file');
    await writeFile(file, 'x');
    for (const target of [file, join(file, 'sub')]) {
      const r = await cli('scan', '--demo', '--output-dir', target);
      expect(r.code, target).toBe(2);
      oneSentence(r.err);
      expect(r.err).toContain(`--output-dir ${target}: ${file} is a file, not a folder; choose a folder`);
      expect(r.out).toBe('');
    }
  });

  it.each(['/proc/srm-audit-x', '/proc/self/srm-audit', '/sys/srm-audit-x', '/dev/srm-audit-x'])('--output-dir %s is refused at once, not hung on', async (target) => {
    const t0 = Date.now();
    const r = await cli('scan', '--demo', '--output-dir', target);
    expect(Date.now() - t0).toBeLessThan(3000);
    expect(r.code).toBe(2);
    oneSentence(r.err);
    expect(r.err).toMatch(/file system \(.*\), which holds no ordinary files: choose a folder on a disk/);
  }, 10_000);

  it('a read-only --output-dir: exit 2 naming it', async () => {
    const ro = join(dir, 'read-only');
    await mkdir(ro);
    // chmod stops everyone but root; root is stopped by the immutable attribute (ext4, tmpfs).
    const root = process.getuid?.() === 0;
    if (root) execFileSync('chattr', ['+i', ro]);
    else await chmod(ro, 0o500);
    try {
      const r = await cli('scan', '--demo', '--output-dir', join(ro, 'out'));
      expect(r.code).toBe(2);
      oneSentence(r.err);
      expect(r.err).toMatch(new RegExp(`--output-dir ${join(ro, 'out')} is not writable \\(${ro} cannot hold new folders\\): (permission denied \\(EACCES\\)|operation not permitted \\(EPERM\\)); choose a folder you can write to`));
    } finally {
      if (root) execFileSync('chattr', ['-i', ro]);
      else await chmod(ro, 0o700);
    }
  });

  it('--save-snapshot naming a folder: exit 2 before the scan, nothing written', async () => {
    const out = join(dir, 'snap-out');
    const r = await cli('scan', '--demo', '--save-snapshot', dir, '--output-dir', out);
    expect(r.code).toBe(2);
    oneSentence(r.err);
    expect(r.err).toContain(`--save-snapshot ${dir} is a folder: name a file to write`);
    expect(await readdir(out).catch(() => 'absent')).toBe('absent');
  });

  it('report --output naming a folder or a device: exit 2', async () => {
    const out = join(dir, 'for-report');
    await cli('scan', '--demo', '--output-dir', out, '--quiet');
    const [run] = await readdir(out);
    const input = join(out, run!, 'result.json');
    const a = await cli('report', '--input', input, '--format', 'markdown', '--output', dir);
    expect(a.code).toBe(2);
    oneSentence(a.err);
    expect(a.err).toContain(`--output ${dir} is a folder: name a file to write`);
    const b = await cli('report', '--input', input, '--format', 'markdown', '--output', '/dev/full');
    expect(b.code).toBe(2);
    oneSentence(b.err);
    expect(b.err).toMatch(/--output \/dev\/full is a device, not a regular file/);
  });

  it('a full disk (ENOSPC) or a read-only file system mid-write is one sentence with advice', () => {
    const enospc = Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC', syscall: 'write' });
    const e = writeError(enospc, 'the run folder out/x');
    expect(e).toBeInstanceOf(EnvironmentError);
    expect(e.message).toBe('cannot write the run folder out/x: no space left on the device (ENOSPC); free some space or choose another location');
    const erofs = Object.assign(new Error('EROFS: read-only file system, open'), { code: 'EROFS', syscall: 'open' });
    expect(writeError(erofs, '--save-snapshot s.json').message).toBe('cannot write --save-snapshot s.json: the file system is read-only (EROFS); choose a location you can write to');
    const bug = new TypeError('x is undefined');
    expect(writeError(bug, 'anything')).toBe(bug);
  });
});

/** A stand-in for STS that answers every request with the same error. */
async function failingSts(status: number, code: string): Promise<{ server: Server; endpoint: string; requests: () => number }> {
  let n = 0;
  const server = createServer((req, res) => {
    n++;
    req.resume();
    req.on('end', () => {
      res.writeHead(status, { 'content-type': 'text/xml' });
      res.end(`<ErrorResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/"><Error><Type>${status >= 500 ? 'Receiver' : 'Sender'}</Type><Code>${code}</Code><Message>${code} from the test</Message></Error><RequestId>t</RequestId></ErrorResponse>`);
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return { server, endpoint: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, requests: () => n };
}

describe('AWS unreachable at the start', () => {
  it.each([
    [400, 'Throttling', /AWS STS GetCallerIdentity for .* was throttled after retries \(Throttling\): nothing was scanned; run the scan again later, or with a larger --max-attempts/],
    [503, 'ServiceUnavailable', /AWS STS GetCallerIdentity for .* failed \(.*\) after retries \(ServiceUnavailable\): nothing was scanned/],
    [500, 'InternalFailure', /AWS STS GetCallerIdentity for .* failed \(.*\) after retries \(InternalFailure\): nothing was scanned/],
  ])('STS answering %i %s: exit 3 after retries, one sentence', async (status, code, message) => {
    const sts = await failingSts(status, code);
    try {
      for (const [k, v] of Object.entries({ AWS_ENDPOINT_URL: sts.endpoint, AWS_ACCESS_KEY_ID: 'AKIDTEST', AWS_SECRET_ACCESS_KEY: 'secret', AWS_SESSION_TOKEN: '', AWS_PROFILE: '' })) vi.stubEnv(k, v);
      const out = join(dir, `sts-${status}`);
      const r = await cli('scan', '--regions', 'us-east-1', '--max-attempts', '2', '--output-dir', out);
      expect(r.code).toBe(3);
      oneSentence(r.err);
      expect(r.err).toMatch(message);
      expect(sts.requests()).toBe(2);
    } finally {
      sts.server.close();
    }
  }, 30_000);
});

describe('malformed snapshot data', () => {
  it('one line per problem on stderr (the checks are ERROR); the stack only with --verbose', async () => {
    const snap = JSON.parse(await readFile(demoSnapshotPath(), 'utf8')) as { entries: { operation: string; output?: Record<string, unknown> }[] };
    for (const e of snap.entries) if (e.operation === 'DescribeSecurityGroups' && e.output) e.output.SecurityGroups = 'not a list';
    const file = join(dir, 'malformed-snapshot.json');
    await writeFile(file, JSON.stringify(snap));
    const r = await cli('scan', '--from-snapshot', file, '--output-dir', join(dir, 'malformed'), '--quiet', '--checks', 'ec2.security-group-*');
    expect(r.code).toBe(3);
    expect(r.err).toBe('');
    const loud = await cli('scan', '--from-snapshot', file, '--output-dir', join(dir, 'malformed-loud'), '--checks', 'ec2.security-group-*');
    const warnings = loud.err.split('\n').filter((l) => l.startsWith('[warn] check '));
    expect(warnings.length).toBeGreaterThan(0);
    expect(loud.err).not.toMatch(/\n\s+at /);
    const verbose = await cli('scan', '--from-snapshot', file, '--output-dir', join(dir, 'malformed-verbose'), '--verbose', '--checks', 'ec2.security-group-*');
    expect(verbose.err).toMatch(/\n\s+at /);
  });
});
