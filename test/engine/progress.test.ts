import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS } from '../../src/aws/call.js';
import { DEFAULT_CLIENT_OPTIONS } from '../../src/aws/clients.js';
import { Registry } from '../../src/check/registry.js';
import type { ScanProgress } from '../../src/engine/progress.js';
import { runScan } from '../../src/engine/scan.js';
import { loadSnapshot } from '../../src/inventory/snapshot.js';
import { builtinChecks } from '../../checks/index.js';

describe('the scan reports its progress', () => {
  it('accounts and regions planned, every (check × scope) task done, live call counters, then finish', async () => {
    const events: string[] = [];
    let counters: { apiCalls(): number; errors(): number } | undefined;
    let planned = 0;
    let done = 0;
    const progress: ScanProgress = {
      start: (c) => ((counters = c), events.push('start')),
      accountPlanned: (account, regions) => events.push(`account ${account} ${regions.join(',')}`),
      accountFailed: (account) => events.push(`failed ${account}`),
      tasksPlanned: (n) => ((planned += n), events.push('planned')),
      taskDone: () => void done++,
      finish: () => events.push('finish'),
    };
    const registry = await Registry.create(builtinChecks);
    const snapshot = await loadSnapshot(join(import.meta.dirname, '..', '..', 'demo', 'demo-snapshot.json'));
    const checks = registry.all();
    const { result } = await runScan({ checks, accounts: [], limits: DEFAULT_LIMITS, clientOptions: DEFAULT_CLIENT_OPTIONS, snapshot, progress });
    expect(events).toEqual(['start', 'account 123456789012 eu-west-1,us-east-1', 'planned', 'finish']);
    const regional = checks.filter((c) => c.scope === 'regional').length;
    expect(planned).toBe(regional * 2 + (checks.length - regional));
    expect(done).toBe(planned);
    expect(counters!.apiCalls()).toBe(result.scan.apiCalls);
    expect(counters!.errors()).toBe(result.scan.errors.length);
  });
});
