import type { Config } from '../config/config.js';
import { compareWithBaseline, newFailuresOf, trendPoint } from '../result/baseline.js';
import type { ScanResult } from '../result/result.js';
import { SEVERITIES, type Severity } from '../srm/severity.js';
import { findBaseline, RunRefusedError, type BaselineLookup } from '../output/run-store.js';
import { checkWebhookUrl, notifyWebhook, WebhookUrlError } from '../output/notify.js';
import { UsageError } from '../util/errors.js';
import { inert } from './console.js';
import { EXIT } from './exit.js';

/**
 * `scan --baseline`: found and verified before the scan starts, so a baseline that cannot be used
 * stops the run at once (exit 2) rather than after an hour of scanning. With `latest` and no
 * complete run yet (the first scheduled run), there is no baseline and the scan says so.
 */
export async function lookUpBaseline(arg: string, outputDir: string, quiet: boolean): Promise<BaselineLookup> {
  const warn = (m: string) => {
    if (!quiet) process.stderr.write(`srm-audit: warning: ${inert(m)}\n`);
  };
  try {
    const lookup = await findBaseline(arg, outputDir, warn);
    if (!lookup.baseline) warn(`--baseline latest: ${outputDir} holds no complete run that verifies yet; this run has nothing to compare with (every failure counts as new)`);
    return lookup;
  } catch (err) {
    if (err instanceof RunRefusedError) throw new UsageError(`--baseline: ${err.message}`);
    throw err;
  }
}

/** The finished scan with what changed since the baseline, and the failing-per-duty trend. */
export function withBaseline(result: ScanResult, lookup: BaselineLookup): ScanResult {
  if (!lookup.baseline) return result;
  const earlier = lookup.earlier.map((e) => trendPoint(e.result));
  return { ...result, scan: { ...result.scan, baseline: compareWithBaseline(lookup.baseline, result, earlier) } };
}

/** The webhook from --notify-webhook or the config's `notify.webhook`, checked before the scan. */
export function webhookOf(flag: string | undefined, config: Config, configFile: string | undefined): URL | undefined {
  const raw = flag ?? config.notify?.webhook;
  if (raw === undefined) return undefined;
  try {
    return checkWebhookUrl(raw, flag !== undefined ? '--notify-webhook' : `${configFile ?? 'config'}: key "notify.webhook"`);
  } catch (err) {
    if (err instanceof WebhookUrlError) throw new UsageError(err.message);
    throw err;
  }
}

/** Notifies, records the outcome in the result, and reports a failure on stderr; never throws. */
export async function notified(result: ScanResult, url: URL): Promise<ScanResult> {
  const outcome = await notifyWebhook(url, result);
  if (outcome.status === 'failed') process.stderr.write(`srm-audit: warning: the notification to ${inert(outcome.target)} failed: ${inert(outcome.error ?? 'unknown error')}; the scan's outcome is unchanged\n`);
  return { ...result, scan: { ...result.scan, notification: outcome } };
}

/**
 * `--fail-on-new`: 1 only for new failures at or above --fail-on (every open failure when there
 * was no baseline to compare with); `base` is the scan's code with --fail-on none, so an incomplete
 * scan stays 3 (unless --ignore-exit-code-3).
 */
export function exitCodeOnNew(result: ScanResult, failOn: Severity | 'none', base: number): number {
  if (base !== EXIT.clean || failOn === 'none') return base;
  const rank = SEVERITIES.indexOf(failOn);
  return newFailuresOf(result).some((f) => SEVERITIES.indexOf(f.severity) <= rank) ? EXIT.findings : EXIT.clean;
}
