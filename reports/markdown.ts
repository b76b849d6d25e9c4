import { SEVERITIES, type Severity } from '../src/srm/severity.js';
import type { Finding } from '../src/result/finding.js';
import type { ScanResult } from '../src/result/result.js';
import { mdCode, mdText } from '../src/util/markdown.js';
import { DUTIES, DUTY_IDS, LAYERS, PROVIDER_ATTESTATIONS, PROVIDER_ATTESTED_LAYERS } from '../src/srm/index.js';
import { coverageSentence } from '../src/result/coverage.js';
import { dutyGaps } from '../src/result/duty-gaps.js';
import { defineReport, type ReportView } from './define.js';
import { frameworkEvidence, frameworkName, REQUIREMENT_STATUSES, reportFrameworks, type RequirementEvidence } from './framework-view.js';
import { coverage } from '../src/frameworks/index.js';
import { baselineMarkdown } from './baseline-view.js';
import { decidedBy, hasOwners, nameOf, teamViews } from '../src/result/owners.js';

const STATUS_LABEL = { met: 'met', unmet: '**unmet**', unknown: 'unknown (errors)', 'not-evaluated': 'not evaluated' } as const;
const MAX_RESOURCES_PER_DUTY = 10;
const MAX_RESOURCES_PER_REQUIREMENT = 10;
const REQUIREMENT_LABEL = { met: 'met', failed: '**failed**', 'could not evaluate': 'could not evaluate', 'not evaluated': 'not evaluated', manual: 'manual' } as const;

function ownersOf(findings: Finding[]): string {
  const pairs = [...new Set(findings.map((f) => `${f.srm.owner} (${f.srm.serviceModel})`))].sort();
  return pairs.join(', ') || '—';
}

/** A resource as people read it: its id, and its Name tag beside it when it has one. */
function resource(f: Finding): string {
  const name = nameOf(f);
  return name ? `${mdCode(f.resource.id)} (${mdText(name)})` : mdCode(f.resource.id);
}

function scope(r: ScanResult): string[] {
  const s = r.scan;
  return [
    '## Scope',
    '',
    `| | |`,
    `|---|---|`,
    `| Accounts | ${s.accounts.map(mdCode).join(', ')} |`,
    `| Regions | ${s.regions.map(mdCode).join(', ') || '—'} |`,
    `| Identity | ${s.identity ? mdCode(s.identity) : '—'} |`,
    `| Tool | srm-audit ${mdText(r.tool.version)} |`,
    `| Started / finished | ${s.startedAt} / ${s.finishedAt} |`,
    `| Mode | ${s.mode === 'snapshot' ? `offline replay of a snapshot recorded ${s.evaluatedAt}` : 'live scan'} |`,
    `| Checks run | ${s.checks.length} |`,
    `| API calls | ${s.apiCalls} |`,
    `| Result | ${s.interrupted ? `**incomplete**: ${mdText(s.interrupted)}` : s.incomplete ? '**incomplete**: some checks could not decide (see Errors)' : 'complete'} |`,
    ...evidenceRows(r),
    '',
  ];
}

/** The run's evidence metadata (results of older versions have none): what produced this report, for an auditor. */
function evidenceRows(r: ScanResult): string[] {
  const e = r.scan.evidence;
  if (!e) return [];
  return [
    `| Check catalogue | ${e.catalogue.checks} checks, sha256 ${mdCode(e.catalogue.sha256)} |`,
    `| Frameworks chosen | ${e.selectedFrameworks?.map(mdCode).join(', ') || 'all'} |`,
    `| Framework files | ${e.frameworks.map((f) => `${mdCode(f.id)} ${mdText(f.version)} (sha256 ${mdCode(f.sha256.slice(0, 12))}…)`).join(', ')} |`,
    `| Config | ${e.config ? `${mdCode(e.config.file)}, sha256 ${mdCode(e.config.sha256)}` : 'none'} |`,
    `| Command line | ${mdCode(['srm-audit', ...e.commandLine].join(' '))} |`,
    `| Runtime / host | Node.js ${mdText(e.runtime.node)} (${mdText(e.runtime.platform)} ${mdText(e.runtime.arch)}) on ${mdCode(e.host.name)} |`,
  ];
}

/** A sentence whose `quoted` parts are identifiers (config keys): those as code, the rest as inert text. */
const mdSentence = (s: string) => s.split('`').map((part, i) => (i % 2 ? mdCode(part) : mdText(part))).join('');

function duties(r: ScanResult, view: ReportView): string[] {
  const lines = ['## Customer duties', '', 'A duty reads met only over the services named beside it: the ones whose checks judged it.', '', '| Duty | Layer | Owner (service model) | Status | Judged over | Pass | Fail | Error | Failing resources |', '|---|---|---|---|---|---:|---:|---:|---|'];
  const gaps = dutyGaps(r, view);
  for (const id of DUTY_IDS) {
    const d = r.summary.duty[id];
    const gap = gaps[id];
    const fs = r.findings.filter((f) => f.srm.duty === id);
    const failing = [...new Map(fs.filter((f) => f.status === 'FAIL' && !f.muted).map((f) => [f.resource.id, resource(f)])).values()];
    const shown = failing.slice(0, MAX_RESOURCES_PER_DUTY).join(', ') + (failing.length > MAX_RESOURCES_PER_DUTY ? ` and ${failing.length - MAX_RESOURCES_PER_DUTY} more` : '');
    lines.push(`| ${DUTIES[id].title} (${mdCode(id)}) | ${LAYERS[d.layer].name} | ${ownersOf(fs)} | ${STATUS_LABEL[d.status]}${gap ? `: ${mdSentence(gap)}` : ''} | ${(d.services ?? []).map(mdCode).join(', ') || '—'} | ${d.pass} | ${d.fail} | ${d.error} | ${shown || '—'} |`);
  }
  lines.push('', `**Services not judged.** ${mdText(coverageSentence(r.scan.coverage))}`);
  lines.push('', `Provider-owned layers (${PROVIDER_ATTESTED_LAYERS.map((l) => LAYERS[l].name).join('; ')}) are not scanned. ${PROVIDER_ATTESTATIONS.text} <${PROVIDER_ATTESTATIONS.url}>`, '');
  return lines;
}

function failed(r: ScanResult): string[] {
  const lines = ['## Failed findings by severity', ''];
  const fails = r.findings.filter((f) => f.status === 'FAIL' && !f.muted);
  if (!fails.length) return [...lines, 'No failed findings.', ''];
  for (const sev of SEVERITIES) {
    const group = fails.filter((f) => f.severity === (sev as Severity));
    if (!group.length) continue;
    lines.push(`### ${sev[0]!.toUpperCase()}${sev.slice(1)} (${group.length})`, '');
    const byCheck = new Map<string, Finding[]>();
    for (const f of group) byCheck.set(f.checkId, [...(byCheck.get(f.checkId) ?? []), f]);
    for (const [checkId, list] of byCheck) {
      const first = list[0]!;
      const frameworks = Object.entries(first.compliance).map(([fw, ids]) => `${fw} ${ids.join(', ')}`).join('; ');
      // Headed by what is wrong: the messages state it; the title (the compliant state) is secondary.
      lines.push(`#### ${mdCode(checkId)}: ${list.length} failing`, '');
      lines.push(`Check: ${mdText(first.title)} · duty ${mdCode(first.srm.duty)} · layer ${first.srm.layer} · ${first.srm.serviceModel} · owner ${first.srm.owner}${frameworks ? ` · ${mdText(frameworks)}` : ''}`, '');
      for (const f of list) lines.push(`- **${mdText(f.message)}**: ${resource(f)} in ${mdCode(f.account)} ${mdCode(f.region)}${f.owner ? ` (team ${mdText(f.owner.team ?? 'none')})` : ''}`);
      lines.push('', `**Remediation:** ${mdText(first.remediation.text)}`);
      if (first.remediation.cli) lines.push('', '```sh', first.remediation.cli.replace(/```/g, '` ` `'), '```');
      lines.push('', `Reference: <${first.remediation.url}>`, '');
    }
  }
  return lines;
}

/** A section per owning team: its unmet duties, failing findings and what could not be checked. */
function teams(r: ScanResult): string[] {
  if (!hasOwners(r)) return [];
  const views = teamViews(r);
  const lines = ['## By owning team', '', 'Each team\'s unmet duties and failing findings (unmuted), with how the team was decided. Render one team\'s view with `srm-audit report --owner <team>`.', ''];
  if (!views.length) return [...lines, 'No failing or undecided findings: no team has anything to do.', ''];
  for (const v of views) {
    lines.push(`### ${mdText(v.team)}`, '');
    lines.push(`${v.failing.length} failing finding(s), ${v.errors.length} that could not be checked. Unmet duties: ${v.unmetDuties.map((d) => `${DUTIES[d].title} (${mdCode(d)})`).join(', ') || 'none'}.`, '');
    if (v.failing.length) {
      lines.push('| Severity | Finding | Resource | Account / region | Check | Team decided by |', '|---|---|---|---|---|---|');
      for (const f of v.failing) lines.push(`| ${f.severity} | ${mdText(f.message)} | ${resource(f)} | ${mdCode(f.account)} ${mdCode(f.region)} | ${mdCode(f.checkId)} | ${mdText(decidedBy(f))} |`);
      lines.push('');
    }
    if (v.errors.length) lines.push(`Could not be checked: ${v.errors.map((f) => `${mdCode(f.checkId)} on ${resource(f)}`).join(', ')} (see Errors).`, '');
  }
  return lines;
}

function requirementRow(e: RequirementEvidence): string {
  const c = e.control;
  const resources = e.failing.map((x) => `${mdCode(x.id)} (${mdCode(x.checkId)}, ${mdCode(x.account)} ${mdCode(x.region)})`);
  if (e.failingCount > e.failing.length) resources.push(`and ${e.failingCount - e.failing.length} more`);
  const evidence = [mdText(e.detail), ...(resources.length ? [`Failing: ${resources.join(', ')}`] : [])].join(' · ');
  return `| ${mdCode(c.id)} | ${mdText(c.title)} | ${REQUIREMENT_LABEL[e.status]} | ${c.checks.map(mdCode).join(', ') || '—'} | ${evidence} |`;
}

/** Per-framework evidence: every requirement of each framework in the view, grouped by section. */
function frameworkEvidenceSection(r: ScanResult, view: ReportView): string[] {
  const evidence = frameworkEvidence(r, reportFrameworks(r, view), MAX_RESOURCES_PER_REQUIREMENT);
  if (!evidence.length) return [];
  const lines = [
    '## Framework evidence',
    '',
    'Each requirement with its status in this scan: met (every mapped check passed), **failed** (with the failing resources), could not evaluate (a mapped check could not decide or did not run), not evaluated (the checks ran and found no resource to judge), manual (no check decides it; the reason is given). Muted findings do not count.',
    '',
    '| Framework | Met | Failed | Could not evaluate | Not evaluated | Manual | Requirements (with checks / manual) |',
    '|---|---:|---:|---:|---:|---:|---|',
    ...evidence.map((e) => {
      const cov = coverage(e.framework);
      return `| ${mdText(frameworkName(e.framework))} (${mdCode(e.framework.id)}) | ${REQUIREMENT_STATUSES.map((s) => e.counts[s]).join(' | ')} | ${cov.total} (${cov.automated} / ${cov.manual}) |`;
    }),
    '',
  ];
  for (const e of evidence) {
    const fw = e.framework;
    lines.push(`### ${mdText(frameworkName(fw))}`, '');
    if (fw.source) lines.push(`Source: ${mdText(fw.source)}`, '');
    if (fw.scope) lines.push(`Listed: ${mdText(fw.scope)}`, '');
    if (fw.judgement) lines.push(`Judged: ${mdText(fw.judgement)}`, '');
    let section: string | undefined;
    let open = false;
    for (const req of e.requirements) {
      const next = req.control.section ?? '';
      if (!open || next !== section) {
        section = next;
        if (open) lines.push('');
        if (section) lines.push(`#### ${mdText(section)}`, '');
        lines.push('| Requirement | Title | Status | Checks | Evidence |', '|---|---|---|---|---|');
        open = true;
      }
      lines.push(requirementRow(req));
    }
    lines.push('');
  }
  return lines;
}

function errors(r: ScanResult): string[] {
  const errs = r.findings.filter((f) => f.status === 'ERROR' && !f.muted);
  const lines = ['## Errors: what could not be checked', ''];
  if (!errs.length) return [...lines, 'Every check could decide.', ''];
  lines.push('| Check | Account | Region | Resource | Why |', '|---|---|---|---|---|');
  for (const f of errs) lines.push(`| ${mdCode(f.checkId)} | ${mdCode(f.account)} | ${mdCode(f.region)} | ${resource(f)} | ${mdText(f.message)} |`);
  return [...lines, ''];
}

function suppressions(r: ScanResult): string[] {
  const muted = r.findings.filter((f) => f.muted);
  const expired = r.scan.suppressions.filter((s) => s.status === 'expired' && s.matched > 0);
  const coveringErrors = r.scan.suppressions.filter((s) => (s.errorsNotMuted ?? 0) > 0);
  if (!muted.length && !expired.length && !coveringErrors.length) return [];
  const lines = ['## Suppressions', ''];
  if (muted.length) lines.push(`${muted.length} finding(s) are muted by active suppressions; they stay in result.json.`, '');
  if (coveringErrors.length) lines.push('**Suppressions never mute ERROR findings.** An ERROR means the check could not decide; it stays ERROR, is listed under Errors, and keeps the result incomplete, whatever a suppression says.', '');
  for (const s of r.scan.suppressions) {
    const errs = s.errorsNotMuted ? `; **covers ${s.errorsNotMuted} ERROR finding(s), not muted**` : '';
    lines.push(`- ${mdCode(s.checkId)} on ${mdCode(s.resource)}: ${s.status === 'expired' ? '**expired** ' : ''}${s.expires ? `(expires ${mdText(s.expires)}) ` : ''}approved by ${mdText(s.by)}: ${mdText(s.reason)} — matched ${s.matched}${errs}`);
  }
  return [...lines, ''];
}

export default defineReport({
  id: 'markdown',
  title: 'Markdown evidence summary',
  extension: '.md',
  render(r, notes = [], view = {}) {
    const st = r.summary.status;
    const sev = r.summary.severity;
    return [
      '# srm-audit: Shared Responsibility Model report',
      '',
      ...notes.flatMap((n) => [`> **Warning:** ${mdText(n)}`, '']),
      ...(view.owner ? [`**Team view: ${mdText(view.owner)}.** Only the findings this team owns; the scope below is the whole scan's.`, ''] : []),
      `**${st.FAIL} failed**, ${st.PASS} passed, ${st.ERROR} errors, ${st.muted} muted. Failed by severity: ${SEVERITIES.map((s) => `${s} ${sev[s]}`).join(', ')}.`,
      '',
      ...baselineMarkdown(r),
      ...scope(r),
      ...duties(r, view),
      ...teams(r),
      ...frameworkEvidenceSection(r, view),
      ...failed(r),
      ...errors(r),
      ...suppressions(r),
    ].join('\n');
  },
});
