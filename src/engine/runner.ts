import { InventoryError } from '../aws/errors.js';
import type { CheckContext, CheckOptions, CheckResult, ResolvedCheck, ScanScope } from '../check/define.js';
import { createResultBuilder } from '../check/result-builder.js';
import type { Inventory } from '../inventory/index.js';
import { buildFinding, scopeResource, type Finding } from '../result/finding.js';

export interface AccountTarget {
  account: string;
  partition: string;
  regions: string[];
  inventory: Inventory;
}

export interface RunOptions {
  checks: readonly ResolvedCheck[];
  targets: readonly AccountTarget[];
  /** Per check id, overrides of the check's option defaults (validated by the config loader). */
  checkOptions?: Readonly<Record<string, CheckOptions>>;
  now: Date;
  onFinding(finding: Finding): void;
  /** A check threw something that is not an inventory error: a bug, reported as ERROR and logged. */
  onBug?(check: ResolvedCheck, scope: ScanScope, error: unknown): void;
  /** Progress: how many (check × scope) tasks there are, and each one finishing. */
  onTasksPlanned?(count: number): void;
  onTaskDone?(): void;
}

/** The scopes one check runs in: once per account for global checks, once per region otherwise. */
export function scopesOf(check: ResolvedCheck, target: AccountTarget): ScanScope[] {
  const base = { account: target.account, partition: target.partition };
  return check.scope === 'global' ? [{ ...base, region: 'global' }] : target.regions.map((region) => ({ ...base, region }));
}

export function mergedOptions(check: ResolvedCheck, overrides?: CheckOptions): CheckOptions {
  return { ...(check.options ?? {}), ...(overrides ?? {}) };
}

/**
 * Runs every (check × scope) task concurrently. Concurrency of AWS requests is bounded by the
 * request path's limiter, not here. One failing task never sinks the scan: an inventory error
 * becomes an ERROR finding naming the operation and IAM action; anything else is a bug, also ERROR.
 */
export async function runChecks(opts: RunOptions): Promise<void> {
  const tasks = opts.targets.flatMap((target) =>
    opts.checks.flatMap((check) => scopesOf(check, target).map((scope) => ({ check, scope, target }))),
  );
  opts.onTasksPlanned?.(tasks.length);
  await Promise.all(
    tasks.map(async ({ check, scope, target }) => {
      const results = await runOne(check, scope, target, opts);
      for (const r of results) opts.onFinding(buildFinding(check, scope, r));
      opts.onTaskDone?.();
    }),
  );
}

const views = new WeakMap<Inventory, Inventory>();

/**
 * What third-party checks get instead of the inventory: the same getters (the read-only request
 * path, memoized), frozen so they cannot be replaced, answering with copies so a plugin that edits
 * what it was given cannot change what the built-in checks see.
 */
export function thirdPartyView(inventory: Inventory): Inventory {
  let view = views.get(inventory);
  if (view) return view;
  const copy = <T>(v: T): T => structuredClone(v);
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(inventory)) {
    if (!value || typeof value !== 'object') {
      out[key] = value;
      continue;
    }
    const service: Record<string, unknown> = {};
    for (const [name, getter] of Object.entries(value as Record<string, unknown>)) {
      service[name] = typeof getter !== 'function'
        ? copy(getter)
        : (...args: unknown[]) => {
            const r: unknown = (getter as (...a: unknown[]) => unknown)(...args);
            return r instanceof Promise ? r.then(copy) : copy(r);
          };
    }
    out[key] = Object.freeze(service);
  }
  view = Object.freeze(out) as Inventory;
  views.set(inventory, view);
  return view;
}

async function runOne(check: ResolvedCheck, scope: ScanScope, target: AccountTarget, opts: RunOptions): Promise<readonly CheckResult[]> {
  const ctx: CheckContext = {
    scope,
    inventory: check.thirdParty ? thirdPartyView(target.inventory) : target.inventory,
    options: mergedOptions(check, opts.checkOptions?.[check.id]),
    result: createResultBuilder(),
    now: opts.now,
    regions: target.regions,
  };
  try {
    const results = await check.run(ctx);
    return results.map((r) => validResult(check, r));
  } catch (err) {
    if (err instanceof InventoryError) {
      return [{ status: 'ERROR', resource: scopeResource(check, scope), message: err.describe(), evidence: { operation: `${err.service}:${err.operation}`, iamAction: err.iamAction, code: err.code, region: err.region } }];
    }
    opts.onBug?.(check, scope, err);
    return [{ status: 'ERROR', resource: scopeResource(check, scope), message: `Could not evaluate: check ${check.id} failed internally: ${(err as Error)?.message ?? String(err)}`, evidence: { internalError: true } }];
  }
}

function validResult(check: ResolvedCheck, r: CheckResult): CheckResult {
  if (!r || !['PASS', 'FAIL', 'ERROR'].includes(r.status) || !r.resource?.arn || !r.resource.id || typeof r.message !== 'string') {
    throw new Error(`check ${check.id} returned a malformed result: ${JSON.stringify(r)?.slice(0, 200)}`);
  }
  return r;
}
