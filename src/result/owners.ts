/**
 * Findings by owning team (`finding.owner`, set when the config maps owners): what the Markdown and
 * HTML reports group by, and what `report --owner` keeps.
 */
import { DUTY_IDS, type DutyId } from '../srm/index.js';
import { SEVERITIES } from '../srm/severity.js';
import type { Finding } from './finding.js';
import { summarize, type ScanResult } from './result.js';

/** The group of findings no rule assigned to a team (no owner tag, account, OU or default matched). */
export const NO_TEAM = 'No owning team';

export const teamOf = (f: Finding): string => f.owner?.team ?? NO_TEAM;

/** True when the result carries owners (its scan's config mapped them). */
export const hasOwners = (r: ScanResult): boolean => r.findings.some((f) => f.owner);

/** `Name (id)`-style label parts: the resource's Name tag, when it has one other than its id. */
export const nameOf = (f: Finding): string | undefined => (f.resource.name && f.resource.name !== f.resource.id ? f.resource.name : undefined);

/** How the team was decided, for people: "tag team", "account 1111…", "OU ou-…", "default". */
export function decidedBy(f: Finding): string {
  const o = f.owner;
  if (!o) return '—';
  const how = o.by === 'tag' ? `tag ${o.key ?? ''}` : o.by === 'account' ? `account ${o.key ?? ''}` : o.by === 'ou' ? `OU ${o.key ?? ''}` : o.by === 'default' ? 'defaultTeam' : 'no rule matched';
  return o.unresolved ? `${how} (unresolved: ${o.unresolved})` : how;
}

export interface TeamView {
  team: string;
  /** Unmuted FAIL findings, most severe first. */
  failing: Finding[];
  /** Duties with at least one unmuted FAIL of this team, in duty table order. */
  unmetDuties: DutyId[];
  /** Unmuted ERROR findings: what could not be decided for this team. */
  errors: Finding[];
}

/** One view per team that has a failing or an ERROR finding, teams by name, "No owning team" last. */
export function teamViews(r: ScanResult): TeamView[] {
  const byTeam = new Map<string, Finding[]>();
  for (const f of r.findings) if (!f.muted && f.status !== 'PASS') byTeam.set(teamOf(f), [...(byTeam.get(teamOf(f)) ?? []), f]);
  return [...byTeam]
    .sort(([a], [b]) => (a === NO_TEAM ? 1 : b === NO_TEAM ? -1 : a.localeCompare(b)))
    .map(([team, fs]) => {
      // Most severe first, then by check, so a team reads its worst problems first.
      const failing = fs.filter((f) => f.status === 'FAIL').sort((a, b) => SEVERITIES.indexOf(a.severity) - SEVERITIES.indexOf(b.severity) || a.checkId.localeCompare(b.checkId));
      const duties = new Set(failing.map((f) => f.srm.duty));
      return { team, failing, unmetDuties: DUTY_IDS.filter((d) => duties.has(d)), errors: fs.filter((f) => f.status === 'ERROR') };
    });
}

/** Every team named in the result (for an error message that lists them). */
export const teamsIn = (r: ScanResult): string[] => [...new Set(r.findings.map(teamOf))].sort((a, b) => a.localeCompare(b));

/**
 * One team's view of a result: its findings only, summary recomputed from them. Scan metadata is
 * kept (it describes the whole scan), so the view says what was scanned and by whom.
 */
export function forOwner(r: ScanResult, team: string): ScanResult {
  const findings = r.findings.filter((f) => teamOf(f) === team);
  return { ...r, findings, summary: summarize(findings) };
}
