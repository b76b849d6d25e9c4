import type { Check, CheckOptions } from '../../src/check/define.js';
import { resolveCheck, validateCheck } from '../../src/check/registry.js';
import type { Finding } from '../../src/result/finding.js';
import { runChecks } from '../../src/engine/runner.js';
import type { Inventory } from '../../src/inventory/index.js';
import { TEST_ACCOUNT, createTestInventory } from './aws.js';

export interface RunCheckOptions {
  /** The scope's region; global checks always run in 'global'. Default us-east-1. */
  region?: string;
  /** The regions the scan covers (for account-level checks). Default [region]. */
  regions?: string[];
  account?: string;
  options?: CheckOptions;
  now?: Date;
  inventory?: Inventory;
}

/**
 * The project's RuleTester: runs one check through the real engine (registry validation, runner,
 * finding builder) over the real inventory, whose SDK clients the test has mocked. Returns the
 * findings sorted by resource id, then status.
 */
export async function runCheck(check: Check<never> | Check, opts: RunCheckOptions = {}): Promise<Finding[]> {
  const region = opts.region ?? 'us-east-1';
  const resolved = resolveCheck(validateCheck(check, 'test'), 'test');
  const findings: Finding[] = [];
  await runChecks({
    checks: [resolved],
    targets: [{ account: opts.account ?? TEST_ACCOUNT, partition: 'aws', regions: opts.regions ?? [region], inventory: opts.inventory ?? createTestInventory({ account: opts.account }).inventory }],
    checkOptions: opts.options ? { [resolved.id]: opts.options } : {},
    now: opts.now ?? new Date(),
    onFinding: (f) => findings.push(f),
    onBug: (_c, _s, err) => {
      throw err;
    },
  });
  return findings.sort((a, b) => a.resource.id.localeCompare(b.resource.id) || a.status.localeCompare(b.status));
}
