/**
 * Faults between the scanner and the API: with 20% of requests throttled, failing with 500 or
 * reset (each protocol's own error shape), the findings must equal a clean run's; with faults
 * that never clear, the affected checks are ERROR naming the operation and the rest completes.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, readdir, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ScanResult } from '../../src/result/result.js';
import { DEMO_REGIONS, seedClients, seedDemoAccount } from '../../scripts/support/demo-account.js';
import { randomFaults, startFaultProxy } from '../harness/fault-proxy.js';
import { motoEnv, startMoto, type MotoServer } from '../../scripts/support/moto-server.js';
import { isMotoGap } from '../harness/moto-gaps.js';

const run = promisify(execFile);
const root = join(import.meta.dirname, '..', '..');
let moto: MotoServer;
let out: string;

/** The scan as a user runs it, without reading a result: its exit code and what it printed on stderr. */
async function scanRaw(endpoint: string, name: string, extra: string[] = []): Promise<{ code: number; stderr: string }> {
  try {
    const r = await run(process.execPath, ['--import', 'tsx', join(root, 'src/cli/bin.ts'), 'scan', '--regions', DEMO_REGIONS.join(','), '--output-dir', join(out, name), '--quiet', ...extra], { env: { ...process.env, ...motoEnv(endpoint) }, cwd: root });
    return { code: 0, stderr: r.stderr };
  } catch (err) {
    return { code: (err as { code: number }).code, stderr: (err as { stderr: string }).stderr };
  }
}

async function scan(endpoint: string, name: string, extra: string[] = []): Promise<{ code: number; result: ScanResult }> {
  let code = 0;
  try {
    await run(process.execPath, ['--import', 'tsx', join(root, 'src/cli/bin.ts'), 'scan', '--regions', DEMO_REGIONS.join(','), '--output-dir', join(out, name), '--quiet', ...extra], { env: { ...process.env, ...motoEnv(endpoint) }, cwd: root });
  } catch (err) {
    code = (err as { code: number }).code;
  }
  const [dir] = await readdir(join(out, name));
  return { code, result: JSON.parse(await readFile(join(out, name, dir!, 'result.json'), 'utf8')) as ScanResult };
}

const verdicts = (r: ScanResult) => r.findings.map((f) => `${f.checkId} ${f.region} ${f.resource.id} ${f.status}`).sort();

beforeAll(async () => {
  moto = await startMoto({ MOTO_IAM_LOAD_MANAGED_POLICIES: 'true' });
  await seedDemoAccount(seedClients(moto.endpoint));
  out = await mkdtemp(join(tmpdir(), 'srm-faults-'));
});

afterAll(async () => {
  await moto?.stop();
});

describe('scanning through faults', () => {
  it('20% throttling, server errors and resets: the same findings as a clean run', async () => {
    const clean = await scan(moto.endpoint, 'clean');
    const proxy = await startFaultProxy(moto.endpoint, randomFaults(0.2, ['throttle', 'server-error', 'reset', 'throttle', 'slow'], 7));
    try {
      const faulty = await scan(proxy.endpoint, 'faulty', ['--max-attempts', '10']);
      const injected = proxy.faults();
      expect(injected.throttle ?? 0).toBeGreaterThan(3);
      expect((injected['server-error'] ?? 0) + (injected.reset ?? 0)).toBeGreaterThan(2);
      expect(verdicts(faulty.result)).toEqual(verdicts(clean.result));
      expect(faulty.code).toBe(clean.code);
    } finally {
      await proxy.stop();
    }
  });

  it.each([['throttle', /was throttled after retries \(Throttling\)/], ['server-error', /failed \(.*\) after retries \(ServiceFailure\)/]] as const)(
    'STS GetCallerIdentity answering %s at the start: exit 3 after retries, one sentence, nothing written',
    async (fault, message) => {
      const proxy = await startFaultProxy(moto.endpoint, ({ body }) => (body.includes('Action=GetCallerIdentity') ? fault : 'forward'));
      try {
        const r = await scanRaw(proxy.endpoint, `sts-${fault}`, ['--max-attempts', '2']);
        expect(r.code).toBe(3);
        expect(r.stderr).toMatch(/^srm-audit: AWS STS GetCallerIdentity for .* nothing was scanned; run the scan again later, or with a larger --max-attempts\n$/);
        expect(r.stderr).toMatch(message);
        expect(proxy.faults()[fault]).toBe(2);
        expect(await readdir(join(out, `sts-${fault}`)).catch(() => [])).toEqual([]);
      } finally {
        await proxy.stop();
      }
    },
  );

  it('throttling that never clears: the affected checks are ERROR (throttled, naming the operation); the rest completes', async () => {
    const proxy = await startFaultProxy(moto.endpoint, ({ body }) => (body.includes('Action=DescribeFlowLogs') ? 'throttle' : 'forward'));
    try {
      const { code, result } = await scan(proxy.endpoint, 'stuck', ['--max-attempts', '2']);
      expect(code).toBe(3);
      const flow = result.findings.filter((f) => f.checkId === 'ec2.vpc-flow-logs-enabled');
      expect(flow.length).toBe(DEMO_REGIONS.length);
      for (const f of flow) {
        expect(f.status).toBe('ERROR');
        expect(f.message).toMatch(/ec2:DescribeFlowLogs .*throttled/);
      }
      // Checks moto cannot answer anyway: no root row in its credential report, no Access Analyzer.
      expect(result.findings.filter((f) => f.checkId !== 'ec2.vpc-flow-logs-enabled' && f.status === 'ERROR' && !isMotoGap(f.checkId))).toEqual([]);
    } finally {
      await proxy.stop();
    }
  });
});
