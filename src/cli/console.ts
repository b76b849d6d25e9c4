import { stripControl } from '../util/inert.js';
import { SEVERITIES } from '../srm/severity.js';
import { undiscoveredScopes, unjudgedServices } from '../result/coverage.js';
import type { ScanResult } from '../result/result.js';
import { DUTY_IDS } from '../srm/index.js';
import { dutyGaps } from '../result/duty-gaps.js';

/** Strips control characters (terminal escapes) from text that came from AWS or files. */
export const inert = stripControl;

/** The short console summary after a scan. */
export function consoleSummary(r: ScanResult, files: string[], seconds: number): string {
  const s = r.scan;
  const duties = DUTY_IDS.map((id) => [id, r.summary.duty[id]] as const);
  const count = (st: string) => duties.filter(([, d]) => d.status === st).length;
  const unmet = duties.filter(([, d]) => d.status === 'unmet').sort((a, b) => b[1].fail - a[1].fail);
  const unknown = duties.filter(([, d]) => d.status === 'unknown');
  const st = r.summary.status;
  const lines = [
    `srm-audit ${r.tool.version}: ${s.mode === 'snapshot' ? 'replayed snapshot of' : 'scanned'} account${s.accounts.length > 1 ? 's' : ''} ${s.accounts.join(', ')} in ${s.regions.length} region(s), ${s.checks.length} checks, ${s.apiCalls} API calls, ${seconds.toFixed(1)}s`,
    `Customer duties: ${count('met')} met, ${count('unmet')} unmet, ${count('unknown')} unknown, ${count('not-evaluated')} not evaluated`,
  ];
  if (unmet.length) lines.push(`  unmet: ${unmet.map(([id, d]) => `${id} (${d.fail} failing)`).join(', ')}`);
  if (unknown.length) lines.push(`  unknown (could not check): ${unknown.map(([id, d]) => `${id} (${d.error} errors)`).join(', ')}`);
  const gaps = Object.entries(dutyGaps(r));
  if (gaps.length) lines.push(`  not evaluated:`, ...gaps.map(([id, why]) => `    ${id}: ${why}`));
  const blind = unjudgedServices(s.coverage);
  if (blind.length) lines.push(`  not judged (in use, no check ran on them): ${blind.map((u) => `${u.service} (${u.resources})`).join(', ')}`);
  const undiscovered = undiscoveredScopes(s.coverage);
  if (undiscovered.length) lines.push(`  services in use unknown in ${undiscovered.join(', ')} (resources could not be listed)`);
  lines.push(
    `Findings: ${st.FAIL} FAIL (${SEVERITIES.map((x) => `${x} ${r.summary.severity[x]}`).join(', ')}), ${st.PASS} PASS, ${st.ERROR} ERROR, ${st.muted} muted`,
  );
  if (s.interrupted) lines.push(`Interrupted: ${s.interrupted}; checks that had not finished are ERROR`);
  const expired = s.suppressions.filter((x) => x.status === 'expired' && x.matched > 0);
  if (expired.length) lines.push(`Expired suppressions no longer mute ${expired.reduce((n, x) => n + x.matched, 0)} finding(s): ${expired.map((x) => `${x.checkId} (expired ${x.expires})`).join(', ')}`);
  const coveringErrors = s.suppressions.filter((x) => (x.errorsNotMuted ?? 0) > 0);
  if (coveringErrors.length) {
    const n = r.findings.filter((f) => f.status === 'ERROR').length;
    lines.push(`Suppressions never mute ERROR findings: ${coveringErrors.map((x) => `${x.checkId} on ${x.resource} covers ${x.errorsNotMuted} ERROR finding(s)`).join(', ')}; ${n === 1 ? 'it stays' : 'they stay'} ERROR (could not be checked) and the result stays incomplete`);
  }
  lines.push(...baselineLines(r));
  if (files.length) lines.push(`Reports:`, ...files.map((f) => `  ${f}`));
  return inert(lines.join('\n'));
}

/** Findings a console line names before it counts the rest. */
const MAX_NAMED = 10;

/** `--baseline`: what changed since the earlier run, and whether the notification went out. */
export function baselineLines(r: ScanResult): string[] {
  const lines: string[] = [];
  const b = r.scan.baseline;
  if (b) {
    const c = b.counts;
    const blind = [c.nowError ? `${c.nowError} now ERROR` : '', c.notRescanned ? `${c.notRescanned} not rescanned` : '', c.nowMuted ? `${c.nowMuted} now muted` : ''].filter(Boolean);
    lines.push(`Since run ${b.scanId} (${b.startedAt}): ${c.newFailures} new failure(s), ${c.resolved} resolved, ${c.stillFailing} still failing, ${c.newErrors} new error(s), ${c.expiredSuppressions} suppression(s) expired${blind.length ? `; ${blind.join(', ')} (not known to be fixed)` : ''}`);
    const named = (label: string, list: typeof b.newFailures) => {
      if (!list.length) return;
      const shown = list.slice(0, MAX_NAMED).map((f) => `${f.checkId} on ${f.resource} (${f.severity}${f.why ? `, ${f.why === 'gone' ? 'resource gone' : f.why === 'pass' ? 'passes' : f.why}` : ''})`);
      lines.push(`  ${label}: ${shown.join(', ')}${list.length > MAX_NAMED ? ` and ${list.length - MAX_NAMED} more` : ''}`);
    };
    named('new', b.newFailures);
    named('resolved', b.resolved);
    named('new errors', b.newErrors);
    if (b.expiredSuppressions.length) lines.push(`  expired since: ${b.expiredSuppressions.map((s) => `${s.checkId} on ${s.resource}${s.expires ? ` (expired ${s.expires})` : ''}`).join(', ')}`);
    lines.push(`  baseline: ${b.location} (manifest SHA-256 ${b.manifestSha256.slice(0, 12)}…)`);
  }
  const n = r.scan.notification;
  if (n) lines.push(n.status === 'sent' ? `Notified ${n.target} of ${n.findings} ${b ? 'new ' : ''}failure(s)` : `Notification to ${n.target} failed: ${n.error ?? 'unknown error'} (the exit code does not depend on it)`);
  return lines;
}
