import type { DutyId } from '../srm/index.js';
import type { Severity } from '../srm/severity.js';

/*
 * The shape of `scan.baseline`, apart from the code that computes it (src/result/baseline.ts):
 * result.ts names these types, and baseline.ts reads results, so one module holding both would
 * make a cycle.
 */

/** The sections of `srm-audit diff` (src/result/diff.ts DIFF_SECTIONS), as a comparison counts them. */
export type BaselineSection = 'newFailures' | 'resolved' | 'stillFailing' | 'nowError' | 'notRescanned' | 'nowMuted' | 'newErrors';

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
  counts: Record<BaselineSection, number> & { expiredSuppressions: number };
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
