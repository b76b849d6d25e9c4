/**
 * A hung endpoint must not hang a scheduled run: with a scan timeout, or on SIGTERM, the scan
 * writes what finished, marks it incomplete (ERROR for what could not finish) and exits 3.
 */
import { spawn } from 'node:child_process';
import { mkdtemp, readdir, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ScanResult } from '../../src/result/result.js';
import { seedClients, seedDemoAccount } from '../../scripts/support/demo-account.js';
import { startFaultProxy } from '../harness/fault-proxy.js';
import { motoEnv, startMoto, type MotoServer } from '../../scripts/support/moto-server.js';

const root = join(import.meta.dirname, '..', '..');
let moto: MotoServer;
let proxy: Awaited<ReturnType<typeof startFaultProxy>>;
let out: string;

beforeAll(async () => {
  moto = await startMoto({ MOTO_IAM_LOAD_MANAGED_POLICIES: 'true' });
  await seedDemoAccount(seedClients(moto.endpoint));
  // Every DescribeSecurityGroups request hangs; everything else reaches moto.
  proxy = await startFaultProxy(moto.endpoint, ({ body }) => (body.includes('Action=DescribeSecurityGroups') ? 'hang' : 'forward'));
  out = await mkdtemp(join(tmpdir(), 'srm-interrupt-'));
});

afterAll(async () => {
  await proxy?.stop();
  await moto?.stop();
});

function scan(name: string, extra: string[], onStart?: (pid: number) => void): Promise<{ code: number | null; seconds: number }> {
  const started = Date.now();
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', join(root, 'src/cli/bin.ts'), 'scan', '--regions', 'us-east-1', '--output-dir', join(out, name), '--quiet', ...extra], {
      env: { ...process.env, ...motoEnv(proxy.endpoint) },
      stdio: 'ignore',
    });
    onStart?.(child.pid!);
    child.on('exit', (code) => resolve({ code, seconds: (Date.now() - started) / 1000 }));
  });
}

async function result(name: string): Promise<ScanResult> {
  const [run] = await readdir(join(out, name));
  return JSON.parse(await readFile(join(out, name, run!, 'result.json'), 'utf8')) as ScanResult;
}

describe('interrupted scans', () => {
  it('stops at the scan timeout, writes what finished, ERROR for the hung data, exit 3', async () => {
    const r = await scan('timeout', ['--timeout', '8']);
    expect(r.code).toBe(3);
    expect(r.seconds).toBeLessThan(30);
    const res = await result('timeout');
    expect(res.scan.incomplete).toBe(true);
    expect(res.scan.interrupted).toMatch(/scan timeout of 8s reached/);
    const sg = res.findings.filter((f) => f.checkId === 'ec2.security-group-admin-ports-restricted');
    expect(sg.length).toBeGreaterThan(0);
    expect(sg.every((f) => f.status === 'ERROR' && /interrupted/.test(f.message))).toBe(true);
    // Data that did not hang was judged as usual.
    expect(res.findings.some((f) => f.checkId === 'iam.console-users-mfa-enabled' && f.status === 'FAIL')).toBe(true);
    expect(proxy.hung()).toBeGreaterThan(0);
  });

  it('on SIGTERM writes the partial result and exits 3', async () => {
    const r = await scan('sigterm', [], (pid) => {
      const poll = setInterval(() => {
        if (proxy.hung() > 1) {
          clearInterval(poll);
          setTimeout(() => process.kill(pid, 'SIGTERM'), 1500);
        }
      }, 200);
    });
    expect(r.code).toBe(3);
    const res = await result('sigterm');
    expect(res.scan.interrupted).toBe('interrupted by SIGTERM');
    expect(res.findings.filter((f) => f.checkId === 'ec2.default-security-group-closed').every((f) => f.status === 'ERROR')).toBe(true);
  });
});
