import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { DEFAULT_LIMITS } from '../aws/call.js';
import { DEFAULT_CLIENT_OPTIONS } from '../aws/clients.js';
import { SEVERITIES, type Severity } from '../check/define.js';
import { Registry } from '../check/registry.js';
import { loadConfig, type AccountConfig, type Config } from '../config/config.js';
import { buildManifest, loadSigningKey, MANIFEST, SIGNATURE, signManifest } from '../engine/manifest.js';
import { createRunDir, writeFileAtomic } from '../engine/output.js';
import type { ScanResult } from '../engine/result.js';
import { runScan, type Logger } from '../engine/scan.js';
import { checkOptionsWithSettings, selectChecks, validateCheckOptions } from '../engine/select.js';
import { loadSnapshot } from '../inventory/snapshot.js';
import { packageRoot } from '../lib/package-root.js';
import { REPORTS } from '../../reports/index.js';
import { consoleSummary, inert } from './console.js';
import { EXIT, UsageError } from './exit.js';

export interface ScanFlags {
  profile?: string;
  roleArn?: string;
  externalId?: string;
  regions?: string[];
  checks?: string[];
  excludeChecks?: string[];
  services?: string[];
  severity?: Severity;
  framework?: string;
  format?: string[];
  outputDir?: string;
  failOn?: Severity | 'none';
  concurrency?: number;
  maxAttempts?: number;
  timeout?: number;
  config?: string;
  checksDir?: string[];
  fromSnapshot?: string;
  saveSnapshot?: string;
  signKey?: string;
  demo?: boolean;
  quiet?: boolean;
  verbose?: boolean;
}

const REGION = /^[a-z]{2}(-gov|-iso[a-z]?)?-[a-z]+-[0-9]{1,2}$/;
export const DEFAULT_OUTPUT_DIR = 'srm-audit-output';
export const DEFAULT_FORMATS = ['json', 'markdown'];
export const DEFAULT_FAIL_ON: Severity = 'low';

export function demoSnapshotPath(): string {
  return join(packageRoot(), 'demo', 'demo-snapshot.json');
}

function accountsOf(flags: ScanFlags, config: Config): AccountConfig[] {
  if (flags.profile || flags.roleArn) {
    if (flags.externalId && !flags.roleArn) throw new UsageError('--external-id needs --role-arn');
    return [{ ...(flags.profile ? { profile: flags.profile } : {}), ...(flags.roleArn ? { roleArn: flags.roleArn } : {}), ...(flags.externalId ? { externalId: flags.externalId } : {}) }];
  }
  return config.accounts ?? [{}];
}

/** Exit code of a finished scan: 3 incomplete wins (the result cannot be trusted whole), then 1 for failures at or above fail-on. */
export function exitCodeOf(result: ScanResult, failOn: Severity | 'none'): number {
  if (result.scan.incomplete) return EXIT.incomplete;
  if (failOn === 'none') return EXIT.clean;
  const rank = SEVERITIES.indexOf(failOn);
  return result.findings.some((f) => f.status === 'FAIL' && !f.muted && SEVERITIES.indexOf(f.severity) <= rank) ? EXIT.findings : EXIT.clean;
}

function logger(flags: ScanFlags): Logger {
  const err = (s: string) => process.stderr.write(inert(s) + '\n');
  return {
    info: (m) => flags.verbose && err(`[info] ${m}`),
    warn: (m) => !flags.quiet && err(`[warn] ${m}`),
    debug: (m) => flags.verbose && err(`[debug] ${m}`),
  } as Logger;
}

export async function scanCommand(flags: ScanFlags): Promise<number> {
  const config: Config = flags.config ? loadConfig(flags.config) : {};
  if (flags.demo && flags.fromSnapshot) throw new UsageError('--demo and --from-snapshot cannot be combined');
  if ((flags.demo || flags.fromSnapshot) && (flags.profile || flags.roleArn)) throw new UsageError('a snapshot replay uses no credentials: drop --profile/--role-arn');
  for (const r of flags.regions ?? []) if (!REGION.test(r)) throw new UsageError(`--regions: "${r}" is not an AWS region name (e.g. eu-west-1)`);

  const registry = await Registry.create({ checksDirs: [...(config.checksDirs ?? []), ...(flags.checksDir ?? [])], plugins: config.plugins ?? [] });
  validateCheckOptions(registry, config.checks?.options, flags.config);
  const checks = selectChecks(registry, {
    ...((flags.checks ?? config.checks?.include) ? { include: flags.checks ?? config.checks?.include } : {}),
    exclude: [...(config.checks?.exclude ?? []), ...(flags.excludeChecks ?? [])],
    ...((flags.services ?? config.services) ? { services: flags.services ?? config.services } : {}),
    ...((flags.severity ?? config.severity) ? { severity: flags.severity ?? config.severity } : {}),
    ...(flags.framework ? { framework: flags.framework } : {}),
  });
  if (!checks.length) throw new UsageError('the selection matches no check');

  const formats = flags.format ?? config.output?.formats ?? DEFAULT_FORMATS;
  for (const f of formats) if (!REPORTS[f]) throw new UsageError(`unknown report format "${f}" (available: ${Object.keys(REPORTS).join(', ')})`);
  const signingKey = flags.signKey ? await readSigningKey(flags.signKey) : undefined;
  const snapshotFile = flags.demo ? demoSnapshotPath() : flags.fromSnapshot;
  const snapshot = snapshotFile ? await loadSnapshot(snapshotFile) : undefined;

  const log = logger(flags);
  const started = Date.now();
  const interrupt = interruptions(flags.timeout ?? config.scanTimeoutSeconds, log);
  let outcome: Awaited<ReturnType<typeof runScan>>;
  try {
    outcome = await runScan({
    checks,
    accounts: accountsOf(flags, config),
    ...((flags.regions ?? config.regions) ? { regions: flags.regions ?? config.regions } : {}),
    limits: { ...DEFAULT_LIMITS, concurrency: flags.concurrency ?? config.concurrency ?? DEFAULT_LIMITS.concurrency },
    clientOptions: {
      ...DEFAULT_CLIENT_OPTIONS,
      maxAttempts: flags.maxAttempts ?? config.maxAttempts ?? DEFAULT_CLIENT_OPTIONS.maxAttempts,
      requestTimeoutMs: config.requestTimeoutMs ?? DEFAULT_CLIENT_OPTIONS.requestTimeoutMs,
    },
    checkOptions: checkOptionsWithSettings(checks, config.checks?.options, config.allowedRegions ? { allowedRegions: config.allowedRegions } : {}),
    suppressions: config.suppressions ?? [],
    ...(snapshot ? { snapshot } : {}),
    record: !!flags.saveSnapshot,
    signal: interrupt.signal,
    log,
  });
  } catch (err) {
    // Interrupted before any account was planned: there is no result to write.
    if (interrupt.signal.aborted) {
      process.stderr.write(`srm-audit: ${String((interrupt.signal.reason as Error)?.message ?? interrupt.signal.reason)} before the scan was planned; nothing was written\n`);
      return EXIT.incomplete;
    }
    throw err;
  } finally {
    interrupt.dispose();
  }
  const { result } = outcome;
  if (flags.verbose) {
    for (const [op, n] of Object.entries(result.scan.apiCallsByOperation)) log.info(`api ${op}: ${n}`);
  }
  for (const k of outcome.repeatedCalls) log.warn(`called twice with the same input: ${k}`);

  const outputDir = flags.outputDir ?? config.output?.dir ?? DEFAULT_OUTPUT_DIR;
  const runDir = await createRunDir(outputDir, result.scan.startedAt, result.scan.id);
  const files: string[] = [];
  const written: { name: string; content: string }[] = [];
  for (const id of new Set(['json', ...formats])) {
    const report = REPORTS[id]!;
    const name = id === 'json' ? 'result.json' : `report${report.extension}`;
    const content = report.render(result);
    await writeFileAtomic(join(runDir, name), content);
    written.push({ name, content });
    files.push(join(runDir, name));
  }
  // The manifest comes last: its presence says the run folder is complete.
  const manifest = JSON.stringify(buildManifest(result, written, signingKey), null, 2) + '\n';
  await writeFileAtomic(join(runDir, MANIFEST), manifest);
  files.push(join(runDir, MANIFEST));
  if (signingKey) {
    await writeFileAtomic(join(runDir, SIGNATURE), signManifest(manifest, signingKey));
    files.push(join(runDir, SIGNATURE));
  }
  if (flags.saveSnapshot && outcome.snapshot) {
    await writeFileAtomic(flags.saveSnapshot, JSON.stringify(outcome.snapshot, null, 1) + '\n');
    files.push(flags.saveSnapshot);
  }
  const code = exitCodeOf(result, flags.failOn ?? config.failOn ?? DEFAULT_FAIL_ON);
  if (!flags.quiet) {
    process.stdout.write(consoleSummary(result, files, (Date.now() - started) / 1000) + '\n');
    const why = { 0: 'clean', 1: 'failed findings at or above --fail-on', 2: '', 3: 'incomplete: some checks could not decide (ERROR findings)' } as Record<number, string>;
    process.stdout.write(`Exit ${code}: ${why[code]}\n`);
  }
  return code;
}

async function readSigningKey(file: string) {
  let pem: string;
  try {
    pem = await readFile(file, 'utf8');
  } catch (err) {
    throw new UsageError(`cannot read --sign-key ${file}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`);
  }
  try {
    return loadSigningKey(pem);
  } catch (err) {
    throw new UsageError(`--sign-key ${file}: ${(err as Error).message.split('\n')[0]} (expected an Ed25519 private key in PEM, e.g. from "openssl genpkey -algorithm ed25519")`);
  }
}

/**
 * Ctrl-C, SIGTERM and the scan timeout all abort the scan the same way: requests in flight are
 * cut, checks still waiting become ERROR, and what finished is written, marked incomplete.
 */
function interruptions(timeoutSeconds: number | undefined, log: Logger) {
  const controller = new AbortController();
  const onSignal = (sig: NodeJS.Signals) => {
    if (controller.signal.aborted) process.exit(130); // a second Ctrl-C: stop now
    log.warn(`${sig} received: finishing with what is done; press Ctrl-C again to stop at once`);
    controller.abort(new Error(`interrupted by ${sig}`));
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  const timer = timeoutSeconds ? setTimeout(() => controller.abort(new Error(`scan timeout of ${timeoutSeconds}s reached`)), timeoutSeconds * 1000) : undefined;
  return {
    signal: controller.signal,
    dispose() {
      process.off('SIGINT', onSignal);
      process.off('SIGTERM', onSignal);
      if (timer) clearTimeout(timer);
    },
  };
}
