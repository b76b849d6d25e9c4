import { join } from 'node:path';
import { DEFAULT_LIMITS } from '../aws/call.js';
import { DEFAULT_CLIENT_OPTIONS } from '../aws/clients.js';
import { SEVERITIES, type Severity } from '../srm/severity.js';
import { Registry } from '../check/registry.js';
import { loadConfigFile, type Config } from '../config/config.js';
import { loadSigningKey } from '../output/manifest.js';
import { DEFAULT_ORG_ROLE, OrgSelectorError, ROLE_NAME, validateSelector, type OrganizationScan, type OrgSelector } from '../engine/organization.js';
import { writeOutputFile } from '../output/atomic.js';
import { checkOutputDir, checkOutputFile, FileShapeError, readRegularFile } from '../output/fs-target.js';
import type { ScanResult } from '../result/result.js';
import { runEvidence } from '../result/evidence.js';
import { runScan, type AccountConfig, type Logger } from '../engine/scan.js';
import { parseShard, ShardSpecError, type Shard } from '../engine/shard.js';
import { checkOptionsWithSettings, selectChecks, validateCheckOptions } from '../check/select.js';
import { loadSnapshot } from '../inventory/snapshot.js';
import { suppressionsMatchingNoCheck } from '../engine/suppress.js';
import { closest } from 'fastest-levenshtein';
import { packageRoot } from '../util/package-root.js';
import { consoleSummary, inert } from './console.js';
import { ProgressDisplay, progressMode } from './progress.js';
import { EXIT } from './exit.js';
import { interruptions, type Interruptions } from './interrupt.js';
import { describeErrno, UsageError } from '../util/errors.js';
import { checkFormats, writeRunFolder } from '../output/run-folder.js';
import { checkS3Output, isS3Url } from '../output/s3-store.js';
import { resolveFrameworks } from '../frameworks/index.js';
import { builtinChecks } from '../../checks/index.js';
import { REPORTS } from '../../reports/index.js';
import { exitCodeOnNew, lookUpBaseline, notified, webhookOf, withBaseline } from './baseline.js';

export interface ScanFlags {
  profile?: string;
  roleArn?: string;
  externalId?: string;
  regions?: string[];
  checks?: string[];
  excludeChecks?: string[];
  services?: string[];
  severity?: Severity;
  /** Framework ids: run only their checks, and show their evidence views. */
  framework?: string[];
  format?: string[];
  outputDir?: string;
  failOn?: Severity | 'none';
  concurrency?: number;
  maxAttempts?: number;
  timeout?: number;
  config?: string;
  checksDir?: string[];
  allowPlugins?: boolean;
  fromSnapshot?: string;
  saveSnapshot?: string;
  signKey?: string;
  demo?: boolean;
  quiet?: boolean;
  verbose?: boolean;
  organization?: boolean;
  orgRoleName?: string;
  orgExternalId?: string;
  orgIncludeAccounts?: string[];
  orgExcludeAccounts?: string[];
  orgIncludeOus?: string[];
  orgExcludeOus?: string[];
  orgIncludeTags?: string[];
  orgExcludeTags?: string[];
  shard?: string;
  strict?: boolean;
  ignoreExitCode3?: boolean;
  stdout?: boolean;
  listServices?: boolean;
  /** A run folder, an output folder or `latest`: report what changed since that run. */
  baseline?: string;
  /** Exit 1 only on new failures (since the baseline). */
  failOnNew?: boolean;
  notifyWebhook?: string;
}

const REGION = /^[a-z]{2}(-gov|-iso[a-z]?)?-[a-z]+-[0-9]{1,2}$/;
export const DEFAULT_OUTPUT_DIR = 'srm-audit-output';
export const DEFAULT_FORMATS = ['json', 'markdown'];
export const DEFAULT_FAIL_ON: Severity = 'low';

export function demoSnapshotPath(): string {
  return join(packageRoot(), 'demo', 'demo-snapshot.json');
}

/** The demo company's own config (allowed regions, suppressions, checks its recording cannot answer): --demo's default. */
export function demoConfigPath(): string {
  return join(packageRoot(), 'demo', 'config.json');
}

/** Flags add to the config's selectors (a list flag extends the config's list). */
function selector(base: OrgSelector | undefined, accounts?: string[], ous?: string[], tags?: string[]): OrgSelector | undefined {
  const sel: OrgSelector = {
    ...(base?.accounts?.length || accounts?.length ? { accounts: [...(base?.accounts ?? []), ...(accounts ?? [])] } : {}),
    ...(base?.ous?.length || ous?.length ? { ous: [...(base?.ous ?? []), ...(ous ?? [])] } : {}),
    ...(base?.tags?.length || tags?.length ? { tags: [...(base?.tags ?? []), ...(tags ?? [])] } : {}),
  };
  return Object.keys(sel).length ? sel : undefined;
}

/** The organization scan from --organization / --org-* flags and the config's `organization` key; undefined when off. */
export function organizationOf(flags: ScanFlags, config: Config): OrganizationScan | undefined {
  const c = config.organization;
  const orgFlags = [flags.orgRoleName, flags.orgExternalId, flags.orgIncludeAccounts, flags.orgExcludeAccounts, flags.orgIncludeOus, flags.orgExcludeOus, flags.orgIncludeTags, flags.orgExcludeTags].some((v) => v !== undefined);
  const on = flags.organization || (c !== undefined && c.enabled !== false);
  if (!on) {
    if (orgFlags) throw new UsageError('the --org-* options need --organization (or the config key "organization")');
    return undefined;
  }
  const roleName = flags.orgRoleName ?? c?.roleName ?? DEFAULT_ORG_ROLE;
  if (!ROLE_NAME.test(roleName)) throw new UsageError(`--org-role-name "${roleName}" is not an IAM role name`);
  const externalId = flags.orgExternalId ?? c?.externalId;
  if (externalId !== undefined && (externalId.length < 2 || externalId.length > 1224)) throw new UsageError('--org-external-id must be 2 to 1224 characters');
  const include = selector(c?.include, flags.orgIncludeAccounts, flags.orgIncludeOus, flags.orgIncludeTags);
  const exclude = selector(c?.exclude, flags.orgExcludeAccounts, flags.orgExcludeOus, flags.orgExcludeTags);
  try {
    validateSelector(include, 'organization include:');
    validateSelector(exclude, 'organization exclude:');
  } catch (err) {
    if (err instanceof OrgSelectorError) throw new UsageError(err.message);
    throw err;
  }
  return { roleName, ...(externalId ? { externalId } : {}), ...(include ? { include } : {}), ...(exclude ? { exclude } : {}) };
}

export function shardOfFlag(spec: string | undefined): Shard | undefined {
  if (spec === undefined) return undefined;
  try {
    return parseShard(spec);
  } catch (err) {
    if (err instanceof ShardSpecError) throw new UsageError(err.message);
    throw err;
  }
}

function accountsOf(flags: ScanFlags, config: Config, organization: boolean): AccountConfig[] {
  if (organization && (config.accounts?.length ?? 0) > 1 && !flags.profile && !flags.roleArn) {
    throw new UsageError('an organization scan lists its accounts itself: the config key "accounts" may then name at most one account, the credentials of the management or delegated administrator account');
  }
  if (flags.profile || flags.roleArn) {
    if (flags.externalId && !flags.roleArn) throw new UsageError('--external-id needs --role-arn');
    return [{ ...(flags.profile ? { profile: flags.profile } : {}), ...(flags.roleArn ? { roleArn: flags.roleArn } : {}), ...(flags.externalId ? { externalId: flags.externalId } : {}) }];
  }
  return config.accounts ?? [{}];
}

/** A suppression whose checkId matches no check mutes nothing: a warning, or with --strict a usage error (exit 2). */
function suppressionWarnings(config: Config, checkIds: string[], flags: ScanFlags): string[] {
  const warnings = suppressionsMatchingNoCheck(config.suppressions ?? [], checkIds).map(({ index, checkId }) => {
    const hint = checkId.includes('*') ? '' : ` (did you mean "${closest(checkId, checkIds)}"?)`;
    return `${flags.config ?? 'config'}: key "suppressions[${index}].checkId" is "${checkId}", which matches no check${hint}: it mutes nothing`;
  });
  if (flags.strict && warnings.length) throw new UsageError(`${warnings[0]} (--strict)`);
  return warnings;
}

/**
 * Exit code of a finished scan: 3 incomplete wins (the result cannot be trusted whole), then 1 for
 * failures at or above fail-on. With --ignore-exit-code-3, ERROR findings (one permanently denied
 * optional API) no longer turn a severity gate into "always 3": --fail-on alone decides, and the
 * ERRORs stay in every report. A scan that was interrupted did not finish: it stays 3.
 */
export function exitCodeOf(result: ScanResult, failOn: Severity | 'none', ignoreExitCode3 = false): number {
  if (result.scan.incomplete && !(ignoreExitCode3 && result.scan.interrupted === undefined)) return EXIT.incomplete;
  if (failOn === 'none') return EXIT.clean;
  const rank = SEVERITIES.indexOf(failOn);
  return result.findings.some((f) => f.status === 'FAIL' && !f.muted && SEVERITIES.indexOf(f.severity) <= rank) ? EXIT.findings : EXIT.clean;
}

/**
 * Progress on stderr: a redrawn status line on a terminal; with --verbose, or when stderr is not a
 * terminal (CI, cron), a plain line every 15 s of a long scan; nothing with --quiet.
 */
function progressDisplay(flags: ScanFlags): ProgressDisplay {
  const mode = flags.verbose && !flags.quiet ? 'lines' : progressMode(process.stderr, flags.quiet);
  return new ProgressDisplay({ stream: process.stderr, mode });
}

function logger(flags: ScanFlags, progress?: ProgressDisplay): Logger {
  const err = (s: string) => {
    progress?.clearLine(); // a log line never lands in the middle of the status line
    process.stderr.write(inert(s) + '\n');
  };
  return {
    info: (m) => flags.verbose && err(`[info] ${m}`),
    warn: (m) => !flags.quiet && err(`[warn] ${m}`),
    debug: (m) => flags.verbose && err(`[debug] ${m}`),
  } as Logger;
}

/** `args`: the command line after `srm-audit` (recorded, secrets redacted, as evidence of the run). */
export async function scanCommand(flags: ScanFlags, args: readonly string[] = []): Promise<number> {
  // Signal handling lasts until the outcome is printed: a second Ctrl-C while the run folder is
  // written, or after, exits with the code printed (src/cli/interrupt.ts).
  const listening: Interruptions[] = [];
  let code: number = EXIT.incomplete;
  try {
    code = await scan(flags, listening, args);
    return code;
  } finally {
    for (const i of listening) i.finish(code);
  }
}

async function scan(flags: ScanFlags, listening: Interruptions[], args: readonly string[]): Promise<number> {
  // The demo is the same from every entry point (npm run demo, npx srm-audit scan --demo): its own
  // config applies unless --config names another.
  if (flags.demo && flags.config === undefined) flags = { ...flags, config: demoConfigPath() };
  const loaded = flags.config ? loadConfigFile(flags.config) : undefined;
  const config: Config = loaded?.config ?? {};
  if (flags.demo && flags.fromSnapshot) throw new UsageError('--demo and --from-snapshot cannot be combined');
  if ((flags.demo || flags.fromSnapshot) && (flags.profile || flags.roleArn)) throw new UsageError('a snapshot replay uses no credentials: drop --profile/--role-arn');
  for (const r of flags.regions ?? []) if (!REGION.test(r)) throw new UsageError(`--regions: "${r}" is not an AWS region name (e.g. eu-west-1)`);
  const shard = shardOfFlag(flags.shard);
  const organization = organizationOf(flags, config);
  const checksDirs = [...configCode(config, flags, 'checksDirs'), ...(flags.checksDir ?? [])];
  const plugins = configCode(config, flags, 'plugins');
  const formats = flags.stdout ? stdoutFormats(flags) : (flags.format ?? config.output?.formats ?? DEFAULT_FORMATS);
  checkFormats(formats);
  const frameworkIds = flags.framework ?? config.frameworks;
  // Checked before any code is loaded: an unknown id names every valid one.
  if (frameworkIds) resolveFrameworks(frameworkIds, flags.framework ? '--framework' : `${flags.config ?? 'config'}: key "frameworks"`);
  const signingKey = flags.signKey ? await readSigningKey(flags.signKey) : undefined;
  // Where the results go is checked before any code is loaded or any AWS call is made.
  const outputDir = flags.outputDir ?? config.output?.dir ?? DEFAULT_OUTPUT_DIR;
  if (isS3Url(outputDir)) await checkS3Output(outputDir);
  else await checkOutputDir(outputDir);
  if (flags.saveSnapshot) await checkOutputFile(flags.saveSnapshot, '--save-snapshot');
  if (flags.failOnNew && flags.baseline === undefined) throw new UsageError('--fail-on-new needs --baseline (e.g. --baseline latest): new failures are new since a baseline');
  const webhook = webhookOf(flags.notifyWebhook, config, flags.config);
  // Read before the scan: "latest" must not be this run, and a baseline that does not verify stops it now.
  const baseline = flags.baseline !== undefined ? await lookUpBaseline(flags.baseline, outputDir, !!flags.quiet) : undefined;

  const registry = await Registry.create(builtinChecks, { checksDirs, plugins });
  validateCheckOptions(registry, config.checks?.options, flags.config);
  const configWarnings = suppressionWarnings(config, registry.all().map((c) => c.id), flags);
  const checks = selectChecks(registry, {
    ...((flags.checks ?? config.checks?.include) ? { include: flags.checks ?? config.checks?.include } : {}),
    exclude: [...(config.checks?.exclude ?? []), ...(flags.excludeChecks ?? [])],
    ...((flags.services ?? config.services) ? { services: flags.services ?? config.services } : {}),
    ...((flags.severity ?? config.severity) ? { severity: flags.severity ?? config.severity } : {}),
    ...(frameworkIds ? { frameworks: frameworkIds } : {}),
  });
  if (!checks.length) throw new UsageError('the selection matches no check');

  const snapshotFile = flags.demo ? demoSnapshotPath() : flags.fromSnapshot;
  const snapshot = snapshotFile ? await loadSnapshot(snapshotFile) : undefined;

  const progress = progressDisplay(flags);
  const log = logger(flags, progress);
  const started = Date.now();
  for (const w of configWarnings) log.warn(w);
  const interrupt = interruptions(flags.timeout ?? config.scanTimeoutSeconds, log);
  listening.push(interrupt);
  let outcome: Awaited<ReturnType<typeof runScan>>;
  try {
    outcome = await runScan({
    checks,
    accounts: accountsOf(flags, config, !!organization),
    ...(organization ? { organization } : {}),
    ...(shard ? { shard } : {}),
    ...((flags.regions ?? config.regions) ? { regions: flags.regions ?? config.regions } : {}),
    limits: { ...DEFAULT_LIMITS, concurrency: flags.concurrency ?? config.concurrency ?? DEFAULT_LIMITS.concurrency },
    clientOptions: {
      ...DEFAULT_CLIENT_OPTIONS,
      maxAttempts: flags.maxAttempts ?? config.maxAttempts ?? DEFAULT_CLIENT_OPTIONS.maxAttempts,
      requestTimeoutMs: config.requestTimeoutMs ?? DEFAULT_CLIENT_OPTIONS.requestTimeoutMs,
    },
    checkOptions: checkOptionsWithSettings(checks, config.checks?.options, config.allowedRegions ? { allowedRegions: config.allowedRegions } : {}),
    suppressions: config.suppressions ?? [],
    owners: { ...(config.ownerTags ? { ownerTags: config.ownerTags } : {}), ...(config.accountTeams ? { accountTeams: config.accountTeams } : {}), ...(config.ouTeams ? { ouTeams: config.ouTeams } : {}), ...(config.defaultTeam ? { defaultTeam: config.defaultTeam } : {}) },
    ...(snapshot ? { snapshot } : {}),
    record: !!flags.saveSnapshot,
    signal: interrupt.signal,
    log,
    progress,
  });
  } catch (err) {
    // Interrupted before any account was planned: there is no result to write.
    if (interrupt.signal.aborted) {
      process.stderr.write(`srm-audit: ${String((interrupt.signal.reason as Error)?.message ?? interrupt.signal.reason)} before the scan was planned; nothing was written\nExit ${EXIT.incomplete}: incomplete\n`);
      return EXIT.incomplete;
    }
    throw err;
  }
  let { result } = outcome;
  if (baseline) result = withBaseline(result, baseline);
  // Before the run folder is written, so the result records whether the message went out.
  if (webhook) result = await notified(result, webhook);
  if (flags.verbose) {
    for (const [op, n] of Object.entries(result.scan.apiCallsByOperation)) log.info(`api ${op}: ${n}`);
  }
  for (const k of outcome.repeatedCalls) log.warn(`called twice with the same input: ${k}`);

  // Evidence metadata: which rules, mappings, config and command produced this result, and where.
  result.scan.evidence = runEvidence({
    checks: registry.all(),
    argv: args,
    ...(frameworkIds ? { selectedFrameworks: frameworkIds } : {}),
    ...(loaded && flags.config ? { config: { file: flags.config, sha256: loaded.sha256 } } : {}),
  });
  const { files } = await writeRunFolder(outputDir, result, formats, signingKey, {}, frameworkIds ? { frameworks: frameworkIds } : {});
  if (flags.saveSnapshot && outcome.snapshot) {
    await writeOutputFile(flags.saveSnapshot, JSON.stringify(outcome.snapshot, null, 1) + '\n', '--save-snapshot');
    files.push(flags.saveSnapshot);
  }
  const failOn = flags.failOn ?? config.failOn ?? DEFAULT_FAIL_ON;
  const code = flags.failOnNew ? exitCodeOnNew(result, failOn, exitCodeOf(result, 'none', flags.ignoreExitCode3)) : exitCodeOf(result, failOn, flags.ignoreExitCode3);
  // --stdout: the run folder is written first (the evidence), then the same report goes to the pipe.
  if (flags.stdout) process.stdout.write(REPORTS[formats[0]!]!.render(result));
  if (!flags.quiet) printOutcome(result, files, (Date.now() - started) / 1000, code, flags.stdout ? process.stderr : process.stdout, flags.failOnNew ? 'new failures (since the baseline) at or above --fail-on' : undefined);
  return code;
}

/**
 * `scan --stdout` writes one report to standard output: the one --format given (default json; the
 * config's formats do not apply, a pipe wants one document).
 */
function stdoutFormats(flags: ScanFlags): string[] {
  const formats = flags.format ?? ['json'];
  if (formats.length !== 1) throw new UsageError(`--stdout writes one report: give one --format (got "${formats.join(',')}")`);
  return formats;
}

/** The console summary and the exit code's meaning (scan and merge): on stdout, or stderr when stdout carries a report. */
export function printOutcome(result: ScanResult, files: string[], seconds: number, code: number, out: NodeJS.WritableStream = process.stdout, whyFindings = 'failed findings at or above --fail-on'): void {
  out.write(consoleSummary(result, files, seconds) + '\n');
  const why = { 0: 'clean', 1: whyFindings, 2: '', 3: 'incomplete: some checks could not decide (ERROR findings)' } as Record<number, string>;
  out.write(`Exit ${code}: ${why[code]}\n`);
  if (result.scan.incomplete && code !== EXIT.incomplete) {
    out.write(`Incomplete: ${result.summary.status.ERROR} ERROR finding(s) could not decide (listed in the reports); --ignore-exit-code-3 lets --fail-on decide the exit code\n`);
  }
}

/**
 * Code named by a config file (`checksDirs`, `plugins`) is loaded only with --allow-plugins on the
 * command line: a config file is data that may come from elsewhere, and a plugin runs as code with
 * the scan's credentials.
 */
function configCode(config: Config, flags: ScanFlags, key: 'checksDirs' | 'plugins'): string[] {
  const list = config[key] ?? [];
  if (list.length && !flags.allowPlugins) {
    throw new UsageError(`${flags.config}: key "${key}" loads code (${list.slice(0, 3).join(', ')}${list.length > 3 ? ', …' : ''}), which runs with the scan's credentials; pass --allow-plugins to allow it, or remove the key`);
  }
  return list;
}

export async function readSigningKey(file: string) {
  let pem: string;
  try {
    pem = (await readRegularFile(file, 64 << 10, true)).toString('utf8');
  } catch (err) {
    throw new UsageError(`cannot read --sign-key ${file}: ${err instanceof FileShapeError ? `it ${err.message}` : describeErrno(err)}`);
  }
  try {
    return loadSigningKey(pem);
  } catch (err) {
    throw new UsageError(`--sign-key ${file}: ${(err as Error).message.split('\n')[0]} (expected an Ed25519 private key in PEM, e.g. from "openssl genpkey -algorithm ed25519")`);
  }
}
