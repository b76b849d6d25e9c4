import type { Finding } from './finding.js';
import type { ScanResult } from './result.js';

/**
 * What happened to each open failure of the older result, and what is new in the newer one.
 * "Resolved" is a claim that a problem is fixed, so it is made only when the newer scan looked:
 *
 * - resolved: judged again and PASS (`how: 'pass'`), or the resource is gone while its check
 *   ran in that account and region without an ERROR (`how: 'gone'`). A check reports a verdict
 *   for every resource it looks at, so a resource it no longer reports, where it could look, no
 *   longer exists: a deleted resource carries no risk, and keeping it open would make it
 *   unfixable. Gone resources stay marked as such, so a reader can tell "fixed" from "deleted".
 * - nowError: the same check could not decide this time (its finding, or the check's whole
 *   scope or account, is ERROR): unknown, not fixed.
 * - notRescanned: the newer scan did not include its check, account or region (e.g.
 *   `--services`, `--regions`, another account list): out of scope, unknown.
 * - nowMuted: still FAIL, now muted by a suppression: an accepted risk, not a fix.
 * - stillFailing: FAIL in both.
 * Of the newer result: newFailures (open FAIL that was not an open FAIL before) and newErrors
 * (ERROR that was neither ERROR nor an open failure before).
 */
export interface ResultDiff {
  newFailures: Finding[];
  resolved: (Finding & { how: 'pass' | 'gone' })[];
  stillFailing: Finding[];
  nowError: Finding[];
  notRescanned: (Finding & { why: string })[];
  nowMuted: Finding[];
  newErrors: Finding[];
}

export const DIFF_SECTIONS = ['newFailures', 'resolved', 'stillFailing', 'nowError', 'notRescanned', 'nowMuted', 'newErrors'] as const satisfies readonly (keyof ResultDiff)[];

const open = (f: Finding | undefined) => !!f && f.status === 'FAIL' && !f.muted;
const scopeKey = (checkId: string, account: string, region: string) => `${checkId}\n${account}\n${region}`;

/** Why the newer scan did not look at this finding's check, account or region; undefined when it did. */
function outOfScope(f: Finding, after: ScanResult): string | undefined {
  const s = after.scan;
  if (!s.checks.includes(f.checkId)) return `check ${f.checkId} was not run`;
  if (!s.accounts.includes(f.account)) return `account ${f.account} was not scanned`;
  if (f.region !== 'global' && !s.regions.includes(f.region)) return `region ${f.region} was not scanned`;
  return undefined;
}

/** Compares two results by stable finding id. */
export function diffResults(before: ScanResult, after: ScanResult): ResultDiff {
  const old = new Map(before.findings.map((f) => [f.id, f]));
  const now = new Map(after.findings.map((f) => [f.id, f]));
  // Scopes the newer scan could not judge: a check's ERROR in an account and region, and accounts
  // it could not enter at all (an organization member whose role could not be assumed).
  const erroredScopes = new Set(after.findings.filter((f) => f.status === 'ERROR').map((f) => scopeKey(f.checkId, f.account, f.region)));
  // An organization member whose role could not be assumed (the engine's one finding for it).
  const unreachable = new Set(after.findings.filter((f) => f.status === 'ERROR' && f.checkId === MEMBER_ACCOUNT_ACCESS).map((f) => f.account));
  const d: ResultDiff = { newFailures: [], resolved: [], stillFailing: [], nowError: [], notRescanned: [], nowMuted: [], newErrors: [] };
  for (const f of before.findings) {
    if (!open(f)) continue;
    const n = now.get(f.id);
    if (n) {
      if (n.status === 'PASS') d.resolved.push({ ...n, how: 'pass' });
      else if (n.status === 'ERROR') d.nowError.push(n);
      else if (n.muted) d.nowMuted.push(n);
      else d.stillFailing.push(n);
      continue;
    }
    const why = outOfScope(f, after);
    if (why) d.notRescanned.push({ ...f, why });
    else if (erroredScopes.has(scopeKey(f.checkId, f.account, f.region)) || unreachable.has(f.account)) d.nowError.push(f);
    else d.resolved.push({ ...f, how: 'gone' });
  }
  const failedBefore = new Set(before.findings.filter(open).map((f) => f.id));
  for (const f of after.findings) {
    if (open(f) && !open(old.get(f.id))) d.newFailures.push(f);
    if (f.status === 'ERROR' && old.get(f.id)?.status !== 'ERROR' && !failedBefore.has(f.id)) d.newErrors.push(f);
  }
  return d;
}

/**
 * Exit code of a diff (README, "diff"): 3 when the comparison has blind spots (an earlier failure
 * now ERROR or not rescanned, or a new ERROR), else 1 on new failures, else 0. Like a scan's, an
 * incomplete comparison wins: it must never read as "all clear".
 */
/** The check id of the engine's finding for an organization member it could not scan at all. */
const MEMBER_ACCOUNT_ACCESS = 'organizations.member-account-access';

export function diffExitCode(d: ResultDiff): 0 | 1 | 3 {
  if (d.nowError.length || d.notRescanned.length || d.newErrors.length) return 3;
  return d.newFailures.length ? 1 : 0;
}
