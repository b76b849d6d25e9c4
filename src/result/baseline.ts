import { DUTY_IDS, type DutyId } from '../srm/index.js';
import type { BaselineComparison, BaselineFindingRef, BaselineSection, ExpiredSuppressionRef, FailingByDuty, TrendPoint } from './baseline-types.js';
import { diffResults, DIFF_SECTIONS, type ResultDiff } from './diff.js';
import type { Finding } from './finding.js';
import type { ScanResult } from './result.js';

export type { BaselineComparison, BaselineFindingRef, ExpiredSuppressionRef, FailingByDuty, TrendPoint } from './baseline-types.js';

// The comparison's sections are diff's, both ways: a section added to one fails to compile here.
type Diffed = (typeof DIFF_SECTIONS)[number];
export const SECTIONS_AGREE: [BaselineSection] extends [Diffed] ? ([Diffed] extends [BaselineSection] ? true : never) : never = true;

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
    counts: { ...(Object.fromEntries(DIFF_SECTIONS.map((k) => [k, d[k].length])) as Record<BaselineSection, number>), expiredSuppressions: expired.length },
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
