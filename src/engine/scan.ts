import { randomUUID } from 'node:crypto';
import { Aws, CallStats, ScanLimiter, type CallObserver, type Limits, type Transport } from '../aws/call.js';
import { ClientFactory, LiveTransport, type ClientOptions } from '../aws/clients.js';
import { classifyError, InventoryError } from '../aws/errors.js';
import type { CheckOptions, ResolvedCheck } from '../check/define.js';
import { createInventory } from '../inventory/index.js';
import { ReplayTransport, SnapshotRecorder, type Snapshot } from '../inventory/snapshot.js';
import { toolVersion } from '../util/package-root.js';
import { checkInfo, type Finding } from '../result/finding.js';
import { discoverCoverage } from './coverage.js';
import { attachOwners } from './owners.js';
import type { OwnerMapping } from '../lib/owners.js';
import type { OrganizationsInventory } from '../inventory/organizations.js';
import { accountErrorFinding, memberRoleArn, selectOrganizationAccounts, type AccountFailure, type OrganizationScan } from './organization.js';
import { RESULT_SCHEMA_VERSION, sortErrors, sortFindings, summarize, type ScanError, type ScanResult } from '../result/result.js';
import { runChecks, type AccountTarget } from './runner.js';
import { callerIdentity, planRegions, ScopeError, type Identity } from './scope.js';
import type { ScanProgress } from './progress.js';
import { inShard, type Shard } from './shard.js';
import { Suppressor, type Suppression } from './suppress.js';

/** One account to scan: its id (optional, checked), and the credentials' source. */
export interface AccountConfig {
  id?: string;
  profile?: string;
  roleArn?: string;
  externalId?: string;
}

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
  /**
   * Scan the organization's accounts instead of `accounts`: `accounts[0]` (if any) gives the
   * credentials of the management or delegated administrator account; every other account is
   * scanned through `organization.roleName`.
   */
  organization?: OrganizationScan;
  /** Scan only the accounts of this shard (by account id, see shard.ts). */
  shard?: Shard;
  progress?: ScanProgress;
  /** Owning teams of findings (config ownerTags, accountTeams, ouTeams, defaultTeam). */
  owners?: OwnerMapping;
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
  const scanId = randomUUID();
  const replay = req.snapshot ? new ReplayTransport(req.snapshot) : undefined;
  const transportFor = (a: AccountConfig, extra: Partial<ClientOptions> = {}): { transport: Transport; clients?: ClientFactory } => {
    if (replay) return { transport: replay };
    const clients = new ClientFactory({ ...req.clientOptions, ...pick(a), ...extra });
    factories.push(clients);
    return { transport: new LiveTransport(clients), clients };
  };
  const deps = (transport: Transport, reportErrors = true) => ({ transport, stats, limiter, ...(recorder ? { observer: recorder as CallObserver } : {}), ...(reportErrors ? { onError } : {}), ...(req.signal ? { signal: req.signal } : {}) });
  const requestedRegions = req.regions?.length ? req.regions : req.snapshot?.regions;
  // The identity call cannot be keyed by the account id (that is what it finds out): key it
  // by the credentials' source, so a snapshot replays it for the same configuration.
  const whoAmI = (account: AccountConfig, transport: Transport, partition = 'aws', reportErrors = true) =>
    callerIdentity(new Aws(`?${account.roleArn ?? account.profile ?? 'default'}`, partition, deps(transport, reportErrors)), label(account));

  const progress = req.progress;
  progress?.start({ apiCalls: () => stats.total, errors: () => errors.length });
  try {
    const targets: AccountTarget[] = [];
    const identities: string[] = [];
    const accountFindings: Finding[] = [];
    const unreachable: string[] = [];
    let caller: Identity | undefined;
    let organizations: OrganizationsInventory | undefined;

    const addTarget = async (who: Identity, transport: Transport, inventory = createInventory(new Aws(who.account, who.partition, deps(transport)))) => {
      const regions = await planRegions(inventory, requestedRegions);
      log.info(`account ${who.account}: ${regions.length} region(s): ${regions.join(', ')}`);
      targets.push({ account: who.account, partition: who.partition, regions, inventory });
      progress?.accountPlanned(who.account, regions);
    };

    if (req.organization) {
      const org = req.organization;
      const base = req.accounts[0] ?? {};
      const { transport, clients } = transportFor(base);
      caller = await whoAmI(base, transport);
      const inventory = createInventory(new Aws(caller.account, caller.partition, deps(transport)));
      organizations = inventory.organizations;
      let ids: string[];
      try {
        ids = await selectOrganizationAccounts(inventory.organizations, org);
      } catch (err) {
        if (!(err instanceof InventoryError)) throw err;
        throw new ScopeError(`cannot list the organization's accounts from account ${caller.account} (${err.describe()}); run an organization scan from the management account or a delegated administrator account`, err.code, err.message);
      }
      const total = ids.length;
      if (req.shard) ids = ids.filter((id) => inShard(id, req.shard!));
      log.info(`organization: ${total} selected ACTIVE account(s)${req.shard ? `, ${ids.length} in shard ${req.shard.index}/${req.shard.count}` : ''}`);
      const me = caller;
      // Members are planned concurrently (the request budget bounds it): one failing never stops the others.
      await Promise.all(ids.map(async (id) => {
        if (id === me.account) {
          // The account we run in is scanned with our own credentials: no role to assume.
          identities.push(me.arn);
          await addTarget(me, transport, inventory);
          return;
        }
        const roleArn = memberRoleArn(me.partition, id, org.roleName);
        const member: AccountConfig = { id, roleArn, ...(org.externalId ? { externalId: org.externalId } : {}) };
        const t = transportFor(member, { roleSessionName: `srm-audit-${scanId.slice(0, 8)}`, ...(clients ? { masterCredentials: clients.credentials } : {}) });
        let stage: AccountFailure['stage'] = 'assume';
        try {
          // Errors of the identity call are reported once, as the account's failure (below).
          const who = await whoAmI(member, t.transport, me.partition, false);
          if (who.account !== id) log.warn(`${label(member)} resolved to account ${who.account}, not ${id}`);
          log.info(`account ${id}: scanning as ${who.arn}`);
          stage = 'plan';
          identities.push(who.arn);
          await addTarget(who, t.transport);
        } catch (err) {
          if (req.signal?.aborted || !(err instanceof ScopeError || err instanceof InventoryError)) throw err;
          const code = err.code ?? 'ScopeError';
          const detail = (err instanceof InventoryError ? err.message.split('\n')[0] : stage === 'assume' ? err.detail : err.message) ?? err.message;
          log.warn(`account ${id} not scanned: ${stage === 'assume' ? `cannot assume ${roleArn}: ` : ''}${code}: ${detail}`);
          unreachable.push(id);
          progress?.accountFailed(id);
          accountFindings.push(accountErrorFinding({ account: id, partition: me.partition, roleArn, code, message: detail, stage }));
          // A failed region listing was already reported by the request path.
          if (stage === 'assume' || !(err instanceof ScopeError && err.code)) {
            errors.push({ scope: `${id}/global`, operation: stage === 'assume' ? 'sts:AssumeRole' : 'ec2:DescribeRegions', code, message: stage === 'assume' ? `${roleArn}: ${detail}` : detail, kind: err instanceof InventoryError ? err.kind : kindOf(code), ...(stage === 'assume' ? { iamAction: 'sts:AssumeRole' } : {}) });
          }
        }
      }));
    } else {
      let accounts: readonly AccountConfig[] = req.accounts.length ? req.accounts : [{}];
      if (req.shard) {
        const missing = accounts.find((a) => !a.id);
        if (missing) throw new ScopeError(`--shard needs the account id of every account to scan: give ${label(missing)} an "id" in the config, or use --organization`);
        accounts = accounts.filter((a) => inShard(a.id!, req.shard!));
      }
      for (const account of accounts) {
        const { transport } = transportFor(account);
        const who = await whoAmI(account, transport);
        identities.push(who.arn);
        if (account.id && account.id !== who.account) log.warn(`${label(account)} resolved to account ${who.account}, not the configured ${account.id}`);
        await addTarget(who, transport);
      }
    }

    const suppressor = new Suppressor(req.suppressions ?? [], now);
    let findings: Finding[] = accountFindings.map((f) => suppressor.apply(f));
    await runChecks({
      checks: req.checks,
      targets,
      ...(req.checkOptions ? { checkOptions: req.checkOptions } : {}),
      now,
      onFinding: (f) => findings.push(suppressor.apply(f)),
      ...(progress ? { onTasksPlanned: (n: number) => progress.tasksPlanned(n), onTaskDone: () => progress.taskDone() } : {}),
      // One line per problem (the finding is ERROR and says why); the stack only with --verbose.
      onBug: (check, scope, err) => {
        log.warn(`check ${check.id} failed in ${scope.account}/${scope.region}: ${String((err as Error)?.message ?? err).split('\n')[0]}`);
        log.debug(`check ${check.id}: ${(err as Error)?.stack ?? String(err)}`);
      },
    });
    // After the checks, so an interruption leaves their findings; its calls are in the budget too.
    const discovered = req.signal?.aborted ? undefined : await discoverCoverage(targets, req.checks);
    for (const f of discovered?.findings ?? []) findings.push(suppressor.apply(f));
    // After discovery, whose memoized tag listings it reuses: names, tags and owning teams.
    findings = await attachOwners(findings, targets, { ...(req.owners ? { mapping: req.owners } : {}), ...(organizations ? { organizations } : {}), interrupted: !!req.signal?.aborted });

    const finishedAt = new Date();
    const regions = [...new Set(targets.flatMap((t) => t.regions))].sort();
    const accounts = [...new Set([...targets.map((t) => t.account), ...unreachable])].sort();
    const result: ScanResult = {
      schemaVersion: RESULT_SCHEMA_VERSION,
      tool: { name: 'srm-audit', version: toolVersion() },
      scan: {
        id: scanId,
        startedAt: startedAt.toISOString(),
        finishedAt: finishedAt.toISOString(),
        mode: req.snapshot ? 'snapshot' : 'live',
        evaluatedAt: now.toISOString(),
        ...(caller ? { identity: caller.arn } : identities.length === 1 ? { identity: identities[0]! } : {}),
        ...(req.shard ? { shard: { ...req.shard } } : {}),
        accounts,
        regions,
        checks: req.checks.map((c) => c.id).sort(),
        checkInfo: Object.fromEntries([...req.checks].sort((a, b) => a.id.localeCompare(b.id)).map((c) => [c.id, checkInfo(c)])),
        apiCalls: stats.total,
        apiCallsByOperation: stats.operations(),
        errors: sortErrors(errors),
        suppressions: suppressor.report(),
        incomplete: findings.some((f) => f.status === 'ERROR') || !!req.signal?.aborted,
        ...(req.signal?.aborted ? { interrupted: String((req.signal.reason as Error)?.message ?? req.signal.reason) } : {}),
        ...(discovered ? { coverage: discovered.coverage } : {}),
      },
      findings: sortFindings(findings),
      summary: summarize(findings),
    };
    const snapshot = recorder?.snapshot({ tool: result.tool, recordedAt: now.toISOString(), accounts, regions });
    return { result, ...(snapshot ? { snapshot } : {}), repeatedCalls: [...stats.repeated] };
  } finally {
    progress?.finish();
    await Promise.all(factories.map((f) => f.destroy()));
  }
}

/** The error kind of a code that reached us through a ScopeError (credentials when unknown). */
function kindOf(code: string): string {
  const kind = classifyError({ name: code });
  return kind === 'unknown' ? 'credentials' : kind;
}

function pick(a: AccountConfig): Partial<ClientOptions> {
  return {
    ...(a.profile ? { profile: a.profile } : {}),
    ...(a.roleArn ? { roleArn: a.roleArn } : {}),
    ...(a.externalId ? { externalId: a.externalId } : {}),
  };
}
