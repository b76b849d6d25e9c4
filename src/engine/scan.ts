import { randomUUID } from 'node:crypto';
import { Aws, CallStats, ScanLimiter, type CallObserver, type Limits, type Transport } from '../aws/call.js';
import { ClientFactory, LiveTransport, type ClientOptions } from '../aws/clients.js';
import type { InventoryError } from '../aws/errors.js';
import type { CheckOptions, ResolvedCheck } from '../check/define.js';
import type { AccountConfig } from '../config/config.js';
import { createInventory } from '../inventory/index.js';
import { ReplayTransport, SnapshotRecorder, type Snapshot } from '../inventory/snapshot.js';
import { toolVersion } from '../lib/package-root.js';
import type { Finding } from './finding.js';
import { RESULT_SCHEMA_VERSION, sortFindings, summarize, type ScanError, type ScanResult } from './result.js';
import { runChecks, type AccountTarget } from './runner.js';
import { callerIdentity, planRegions } from './scope.js';
import { Suppressor, type Suppression } from './suppress.js';

export interface Logger {
  info(msg: string): void;
  warn(msg: string): void;
  debug(msg: string): void;
}

export const silentLogger: Logger = { info: () => {}, warn: () => {}, debug: () => {} };

export interface ScanRequest {
  checks: readonly ResolvedCheck[];
  accounts: readonly AccountConfig[];
  regions?: readonly string[];
  limits: Limits;
  clientOptions: ClientOptions;
  checkOptions?: Readonly<Record<string, CheckOptions>>;
  suppressions?: readonly Suppression[];
  /** Replay this snapshot instead of calling AWS. */
  snapshot?: Snapshot;
  /** Record every response (redacted) for --save-snapshot. */
  record?: boolean;
  signal?: AbortSignal;
  log?: Logger;
}

export interface ScanOutcome {
  result: ScanResult;
  snapshot?: Snapshot;
  /** Calls sent twice with the same input (not polling): must stay empty. */
  repeatedCalls: string[];
}

const label = (a: AccountConfig) => (a.roleArn ? `role ${a.roleArn}` : a.profile ? `profile ${a.profile}` : a.id ? `account ${a.id}` : 'the default credential chain');

/** One scan: plan scopes, run the checks, apply suppressions, assemble the canonical result. */
export async function runScan(req: ScanRequest): Promise<ScanOutcome> {
  const log = req.log ?? silentLogger;
  const startedAt = new Date();
  const now = req.snapshot ? new Date(req.snapshot.recordedAt) : startedAt;
  const stats = new CallStats();
  const limiter = new ScanLimiter(req.limits);
  const recorder = req.record ? new SnapshotRecorder() : undefined;
  const errors: ScanError[] = [];
  const factories: ClientFactory[] = [];
  const onError = (e: InventoryError) => {
    errors.push({ scope: `${e.account}/${e.region}`, operation: `${e.service}:${e.operation}`, code: e.code, message: e.message, kind: e.kind, iamAction: e.iamAction });
  };
  const replay = req.snapshot ? new ReplayTransport(req.snapshot) : undefined;
  const transportFor = (a: AccountConfig): Transport => {
    if (replay) return replay;
    const clients = new ClientFactory({ ...req.clientOptions, ...pick(a) });
    factories.push(clients);
    return new LiveTransport(clients);
  };
  const deps = (transport: Transport) => ({ transport, stats, limiter, ...(recorder ? { observer: recorder as CallObserver } : {}), onError, ...(req.signal ? { signal: req.signal } : {}) });

  try {
    const targets: AccountTarget[] = [];
    const identities: string[] = [];
    for (const account of req.accounts.length ? req.accounts : [{}]) {
      const transport = transportFor(account);
      // The identity call cannot be keyed by the account id (that is what it finds out): key it
      // by the credentials' source, so a snapshot replays it for the same configuration.
      const who = await callerIdentity(new Aws(`?${account.roleArn ?? account.profile ?? 'default'}`, 'aws', deps(transport)), label(account));
      identities.push(who.arn);
      if (account.id && account.id !== who.account) log.warn(`${label(account)} resolved to account ${who.account}, not the configured ${account.id}`);
      const aws = new Aws(who.account, who.partition, deps(transport));
      const inventory = createInventory(aws);
      const regions = await planRegions(inventory, req.regions?.length ? req.regions : req.snapshot?.regions);
      log.info(`account ${who.account}: ${regions.length} region(s): ${regions.join(', ')}`);
      targets.push({ account: who.account, partition: who.partition, regions, inventory });
    }

    const suppressor = new Suppressor(req.suppressions ?? [], now);
    const findings: Finding[] = [];
    await runChecks({
      checks: req.checks,
      targets,
      ...(req.checkOptions ? { checkOptions: req.checkOptions } : {}),
      now,
      onFinding: (f) => findings.push(suppressor.apply(f)),
      onBug: (check, scope, err) => log.warn(`check ${check.id} failed in ${scope.account}/${scope.region}: ${(err as Error)?.stack ?? String(err)}`),
    });

    const finishedAt = new Date();
    const regions = [...new Set(targets.flatMap((t) => t.regions))].sort();
    const accounts = targets.map((t) => t.account);
    const result: ScanResult = {
      schemaVersion: RESULT_SCHEMA_VERSION,
      tool: { name: 'srm-audit', version: toolVersion() },
      scan: {
        id: randomUUID(),
        startedAt: startedAt.toISOString(),
        finishedAt: finishedAt.toISOString(),
        mode: req.snapshot ? 'snapshot' : 'live',
        evaluatedAt: now.toISOString(),
        ...(identities.length === 1 ? { identity: identities[0]! } : {}),
        accounts,
        regions,
        checks: req.checks.map((c) => c.id).sort(),
        apiCalls: stats.total,
        apiCallsByOperation: stats.operations(),
        errors,
        suppressions: suppressor.report(),
        incomplete: findings.some((f) => f.status === 'ERROR' && !f.muted) || !!req.signal?.aborted,
        ...(req.signal?.aborted ? { interrupted: String((req.signal.reason as Error)?.message ?? req.signal.reason) } : {}),
      },
      findings: sortFindings(findings),
      summary: summarize(findings),
    };
    const snapshot = recorder?.snapshot({ tool: result.tool, recordedAt: now.toISOString(), accounts, regions });
    return { result, ...(snapshot ? { snapshot } : {}), repeatedCalls: [...stats.repeated] };
  } finally {
    for (const f of factories) f.destroy();
  }
}

function pick(a: AccountConfig): Partial<ClientOptions> {
  return {
    ...(a.profile ? { profile: a.profile } : {}),
    ...(a.roleArn ? { roleArn: a.roleArn } : {}),
    ...(a.externalId ? { externalId: a.externalId } : {}),
  };
}
