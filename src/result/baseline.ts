import { DUTY_IDS, type DutyId } from '../srm/index.js';
import type { Severity } from '../srm/severity.js';
import { diffResults, DIFF_SECTIONS, type ResultDiff } from './diff.js';
import type { Finding } from './finding.js';
import type { ScanResult } from './result.js';

/** One finding as a comparison lists it: enough to name it, without the finding's full record. */
export interface BaselineFindingRef {
  id: string;
  checkId: string;
  title: string;
  account: string;
  region: string;
  resource: string;
  severity: Severity;
  duty: DutyId;
  /** resolved: 'pass' (judged again) or 'gone' (resource no longer reported); notRescanned: why. */
  why?: string;
}

/** Unmuted FAIL findings per duty in one run (duties with none left out). */
export type FailingByDuty = Partial<Record<DutyId, number>>;

/** One run of the trend, oldest first; the current scan is the last point. */
export interface TrendPoint {
  scanId: string;
  startedAt: string;
  failing: FailingByDuty;
}

/** A suppression that muted findings in the baseline and has expired since: they count again. */
export interface ExpiredSuppressionRef {
  checkId: string;
  resource: string;
  expires?: string;
  matched: number;
}

/**
 * `scan.baseline`: what changed since the previous complete run (`scan --baseline`). The sections
 * are those of `srm-audit diff` (src/result/diff.ts), so "resolved" keeps its strict meaning.
 */
export interface BaselineComparison {
  /** Where the baseline run was read from (a run folder path, later an S3 URL). */
  location: string;
  scanId: string;
  startedAt: string;
  /** SHA-256 of the baseline's manifest.json: with its digests it pins the result compared with. */
  manifestSha256: string;
  counts: Record<(typeof DIFF_SECTIONS)[number], number> & { expiredSuppressions: number };
  newFailures: BaselineFindingRef[];
  resolved: BaselineFindingRef[];
  stillFailing: BaselineFindingRef[];
  nowError: BaselineFindingRef[];
  notRescanned: BaselineFindingRef[];
  nowMuted: BaselineFindingRef[];
  newErrors: BaselineFindingRef[];
  expiredSuppressions: ExpiredSuppressionRef[];
  /** Failing findings per duty over the complete runs of the output folder (oldest first, this scan last). */
  trend: TrendPoint[];
}

/** Where a baseline came from and which manifest pinned it. */
export interface BaselineSource {
  location: string;
  manifestSha256: string;
  result: ScanResult;
}

const ref = (f: Finding, why?: string): BaselineFindingRef => ({
  id: f.id,
  checkId: f.checkId,
  title: f.title,
  account: f.account,
  region: f.region,
  resource: f.resource.id,
  severity: f.severity,
  duty: f.srm.duty,
  ...(why ? { why } : {}),
});

export function failingByDuty(r: ScanResult): FailingByDuty {
  const out: FailingByDuty = {};
  for (const f of r.findings) if (f.status === 'FAIL' && !f.muted) out[f.srm.duty] = (out[f.srm.duty] ?? 0) + 1;
  return out;
}

export const trendPoint = (r: ScanResult): TrendPoint => ({ scanId: r.scan.id, startedAt: r.scan.startedAt, failing: failingByDuty(r) });

/**
 * Suppressions that expired between the two runs and match findings now: active (or not yet
 * written) in the baseline, expired in the newer scan. Keyed by check id and resource pattern.
 */
export function expiredSince(before: ScanResult, after: ScanResult): ExpiredSuppressionRef[] {
  const activeBefore = new Set(before.scan.suppressions.filter((s) => s.status === 'active').map((s) => `${s.checkId}\n${s.resource}`));
  const expiredBefore = new Set(before.scan.suppressions.filter((s) => s.status === 'expired').map((s) => `${s.checkId}\n${s.resource}`));
  return after.scan.suppressions
    .filter((s) => s.status === 'expired' && s.matched > 0)
    .filter((s) => activeBefore.has(`${s.checkId}\n${s.resource}`) || !expiredBefore.has(`${s.checkId}\n${s.resource}`))
    .map((s) => ({ checkId: s.checkId, resource: s.resource, ...(s.expires ? { expires: s.expires } : {}), matched: s.matched }));
}

/** The comparison of a finished scan with its baseline; `earlier` are the trend's older runs, oldest first. */
export function compareWithBaseline(base: BaselineSource, after: ScanResult, earlier: readonly TrendPoint[]): BaselineComparison {
  const d: ResultDiff = diffResults(base.result, after);
  const expired = expiredSince(base.result, after);
  // The baseline is always a point of the trend, even when it lives outside the output folder.
  const older = earlier.some((p) => p.scanId === base.result.scan.id) ? [...earlier] : [...earlier, trendPoint(base.result)];
  older.sort((a, b) => (a.startedAt < b.startedAt ? -1 : a.startedAt > b.startedAt ? 1 : 0));
  return {
    location: base.location,
    scanId: base.result.scan.id,
    startedAt: base.result.scan.startedAt,
    manifestSha256: base.manifestSha256,
    counts: { ...(Object.fromEntries(DIFF_SECTIONS.map((k) => [k, d[k].length])) as Record<(typeof DIFF_SECTIONS)[number], number>), expiredSuppressions: expired.length },
    newFailures: d.newFailures.map((f) => ref(f)),
    resolved: d.resolved.map((f) => ref(f, f.how)),
    stillFailing: d.stillFailing.map((f) => ref(f)),
    nowError: d.nowError.map((f) => ref(f)),
    notRescanned: d.notRescanned.map((f) => ref(f, f.why)),
    nowMuted: d.nowMuted.map((f) => ref(f)),
    newErrors: d.newErrors.map((f) => ref(f)),
    expiredSuppressions: expired,
    trend: [...older.filter((p) => p.scanId !== after.scan.id), trendPoint(after)],
  };
}

/** The duties that failed in any point of the trend, in the SRM's order. */
export function trendDuties(trend: readonly TrendPoint[]): DutyId[] {
  return DUTY_IDS.filter((d) => trend.some((p) => (p.failing[d] ?? 0) > 0));
}

/**
 * The failures a notification or `--fail-on-new` is about: the new failures when there is a
 * baseline; every open failure when there is none (nothing is known to be old).
 */
export function newFailuresOf(r: ScanResult): BaselineFindingRef[] {
  return r.scan.baseline ? r.scan.baseline.newFailures : r.findings.filter((f) => f.status === 'FAIL' && !f.muted).map((f) => ref(f));
}
