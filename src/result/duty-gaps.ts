import { DUTIES, DUTY_IDS, type Duty, type DutyId } from '../srm/index.js';
import type { ScanResult } from './result.js';

/**
 * The flags and config keys that narrow which checks a scan runs. A duty none of whose checks ran
 * names those that were used, so the reader knows the gap is the selection's, not the account's.
 */
const SELECTION_FLAGS = ['--checks', '--exclude-checks', '--services', '--severity', '--framework'] as const;

/** The selection flags on the recorded command line, with their values (`--services s3,iam`). */
function selectionFlags(commandLine: readonly string[]): string[] {
  const out: string[] = [];
  commandLine.forEach((arg, i) => {
    const flag = SELECTION_FLAGS.find((f) => arg === f || arg.startsWith(`${f}=`));
    if (!flag) return;
    const value = arg === flag ? commandLine[i + 1] : arg.slice(flag.length + 1);
    out.push(value && !value.startsWith('--') ? `${flag} ${value}` : flag);
  });
  return out;
}

/** Why the selection left a duty's checks out, as far as the result records it. */
function notSelected(r: ScanResult): string {
  const e = r.scan.evidence;
  if (!e) return 'none of its checks ran in this scan';
  if (r.scan.checks.length >= e.catalogue.checks) return 'no check in the catalogue evaluates it';
  const used = selectionFlags(e.commandLine);
  const frameworks = !used.some((u) => u.startsWith('--framework')) && e.selectedFrameworks?.length ? [`frameworks ${e.selectedFrameworks.join(', ')}`] : [];
  const by = [...used, ...frameworks];
  return `none of its checks was selected (${r.scan.checks.length} of ${e.catalogue.checks} checks ran; selected by ${by.length ? by.join(', ') : 'the config\'s checks, services or severity'})`;
}

/**
 * For every duty the scan did not evaluate, why: its checks were not selected, they judge only
 * with a config key set (the duty's `needsConfig`), or they ran and found no resource to judge.
 * Derived from the result alone (its checks' descriptions and run evidence), so a saved result
 * re-renders with the same reasons. Evaluated duties have no entry. In a team view (`report
 * --owner`) the result holds one team's findings, and the reason says so.
 */
export function dutyGaps(r: ScanResult, view: { owner?: string } = {}): Partial<Record<DutyId, string>> {
  const info = r.scan.checkInfo;
  const gaps: Partial<Record<DutyId, string>> = {};
  for (const id of DUTY_IDS) {
    if (r.summary.duty[id].status !== 'not-evaluated') continue;
    if (!info) {
      gaps[id] = 'no finding for it in this result';
      continue;
    }
    const ran = r.scan.checks.filter((c) => info[c]?.srm.duty === id);
    const needs = (DUTIES[id] as Duty).needsConfig;
    if (!ran.length) gaps[id] = notSelected(r);
    else if (needs) gaps[id] = `set \`${needs}\` in the config to evaluate (its ${ran.length} check(s) judge nothing without it)`;
    // A team view holds only that team's findings: the checks may well have judged other teams' resources.
    else if (view.owner) gaps[id] = `its ${ran.length} check(s) judged no resource of team ${view.owner}`;
    else gaps[id] = `its ${ran.length} check(s) ran but found no resource to judge (services: ${[...new Set(ran.map((c) => c.split('.')[0]!))].sort().join(', ')})`;
  }
  return gaps;
}
