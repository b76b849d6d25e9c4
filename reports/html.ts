import { SEVERITIES } from '../src/srm/severity.js';
import type { ScanResult } from '../src/result/result.js';
import { coverage } from '../src/frameworks/index.js';
import { LAYERS, PROVIDER_ATTESTATIONS } from '../src/srm/index.js';
import { defineReport, type ReportView } from './define.js';
import { frameworkEvidence, frameworkName, REQUIREMENT_STATUSES, reportFrameworks, type FrameworkEvidence, type RequirementEvidence, type RequirementStatus } from './framework-view.js';
import { h, scriptJson } from './html/escape.js';
import { dutyRows, matrix } from './html/model.js';
import { coverageSentence } from '../src/result/coverage.js';
import { CLIENT_SCRIPT, FRAMEWORK_SCRIPT, STYLES } from './html/assets.js';
import { baselineHtml } from './baseline-view.js';
import { decidedBy, hasOwners, nameOf, teamOf, teamViews } from '../src/result/owners.js';
import type { Finding } from '../src/result/finding.js';
import { DUTIES } from '../src/srm/index.js';

function matrixSection(r: ScanResult): string {
  const m = matrix(r);
  const head = m.models.map((model) => `<th scope="col">${h(model)}</th>`).join('');
  const rows = m.layers.map((layer) => {
    const cells = m.models.map((model) => {
      const c = m.cells[`${layer}|${model}`]!;
      if (c.inherited) {
        return `<td class="cell owner-csp"><span class="owner">CSP</span><span class="inherit">Inherited: <a href="${h(PROVIDER_ATTESTATIONS.url)}">provider attestations</a></span></td>`;
      }
      const evaluated = c.dutiesMet + c.dutiesUnmet + c.dutiesUnknown;
      const sev = c.worst ? ` sev-${c.worst}` : c.dutiesUnknown ? ' sev-unknown' : evaluated ? ' sev-none' : '';
      const label = evaluated
        ? `<span class="counts">${c.dutiesMet} met · ${c.dutiesUnmet} unmet${c.dutiesUnknown ? ` · ${c.dutiesUnknown} unknown` : ''}</span>${c.worst ? `<span class="worst">worst open: ${h(c.worst)}</span>` : ''}`
        : '<span class="counts">no checks here</span>';
      return `<td class="cell owner-${c.owner}${sev}"><span class="owner">${c.owner === 'shared' ? 'Shared' : 'Customer'}</span>${label}</td>`;
    });
    return `<tr><th scope="row">${h(LAYERS[layer].name)}</th>${cells.join('')}</tr>`;
  });
  return `<section id="matrix" aria-labelledby="matrix-h"><h2 id="matrix-h">Responsibility matrix</h2>
<p>Each cell is one SRM layer under one service model present in the scanned estate: who owns it and, where you own all or part of it, how many of your duties are met. Colour shows the worst open severity.</p>
<table class="matrix"><caption>SRM layers × service models (owner, duties met and unmet)</caption><thead><tr><th scope="col">Layer</th>${head}</tr></thead><tbody>${rows.join('')}</tbody></table></section>`;
}

function dutySection(r: ScanResult, view: ReportView): string {
  const rows = dutyRows(r, view).map((d) => {
    const failing = d.failing.slice(0, 10).map(([id, name]) => `<code>${h(id)}</code>${name && name !== id ? ` ${h(name)}` : ''}`).join(', ') + (d.failing.length > 10 ? ` and ${d.failing.length - 10} more` : '');
    return `<tr class="duty-${d.status}"><th scope="row">${h(d.title)} <code>${h(d.id)}</code></th><td>${h(d.layer)}</td><td><span class="badge status-${d.status}">${h(d.status)}</span>${d.gap ? `<div class="muted">${d.gap.split('`').map((part, i) => (i % 2 ? `<code>${h(part)}</code>` : h(part))).join('')}</div>` : ''}</td><td>${(d.services ?? []).map((x) => `<code>${h(x)}</code>`).join(', ') || '—'}</td><td class="num">${d.pass}</td><td class="num">${d.fail}</td><td class="num">${d.error}</td><td class="num">${d.muted}</td><td>${failing || '—'}</td></tr>`;
  });
  return `<section id="duties" aria-labelledby="duties-h"><h2 id="duties-h">Customer duties</h2>
<table><caption>Every duty of the Shared Responsibility Model, with its status in this scan</caption><thead><tr><th scope="col">Duty</th><th scope="col">Layer</th><th scope="col">Status</th><th scope="col">Judged over</th><th scope="col">Pass</th><th scope="col">Fail</th><th scope="col">Error</th><th scope="col">Muted</th><th scope="col">Failing resources</th></tr></thead><tbody>${rows.join('')}</tbody></table>
<p id="coverage"><strong>Services not judged.</strong> ${h(coverageSentence(r.scan.coverage))}</p></section>`;
}

/** A resource as people read it: its id, and its Name tag beside it. */
function resourceCell(f: Finding): string {
  const name = nameOf(f);
  return `<code>${h(f.resource.id)}</code>${name ? ` <span class="name">${h(name)}</span>` : ''}`;
}

/** A section per owning team: its unmet duties, failing findings and what could not be checked. */
function teamSection(r: ScanResult): string {
  if (!hasOwners(r)) return '';
  const views = teamViews(r);
  const blocks = views.map((v, i) => {
    const rows = v.failing.map((f) => `<tr><td><span class="badge v-${h(f.severity)}">${h(f.severity)}</span></td><td>${h(f.message)}</td><td>${resourceCell(f)}</td><td>${h(f.account)} / ${h(f.region)}</td><td><code>${h(f.checkId)}</code></td><td>${h(decidedBy(f))}</td></tr>`).join('');
    const table = rows
      ? `<table><caption>Failing findings of ${h(v.team)}</caption><thead><tr><th scope="col">Severity</th><th scope="col">Finding</th><th scope="col">Resource</th><th scope="col">Account / region</th><th scope="col">Check</th><th scope="col">Team decided by</th></tr></thead><tbody>${rows}</tbody></table>`
      : '';
    const errs = v.errors.length ? `<p>Could not be checked: ${v.errors.map((f) => `<code>${h(f.checkId)}</code> on ${resourceCell(f)}`).join(', ')} (see the ERROR findings below).</p>` : '';
    return `<section class="team" id="team-${i}" aria-labelledby="team-${i}-h"><h3 id="team-${i}-h">${h(v.team)}</h3>
<p>${v.failing.length} failing finding(s), ${v.errors.length} that could not be checked. Unmet duties: ${v.unmetDuties.map((d) => `${h(DUTIES[d].title)} <code>${h(d)}</code>`).join(', ') || 'none'}.</p>${table}${errs}</section>`;
  });
  return `<section id="teams" aria-labelledby="teams-h"><h2 id="teams-h">By owning team</h2>
<p>Each team's unmet duties and failing findings (unmuted), with how the team was decided. Render one team's view with <code>srm-audit report --owner &lt;team&gt;</code>.</p>
${blocks.join('\n') || '<p>No failing or undecided findings: no team has anything to do.</p>'}</section>`;
}

const MAX_RESOURCES_PER_REQUIREMENT = 10;
const statusClass = (s: RequirementStatus) => `req-${s.replace(/ /g, '-')}`;

function requirementRow(e: RequirementEvidence): string {
  const c = e.control;
  const resources = e.failing.map((x) => `<li><code>${h(x.id)}</code> <span class="muted">${h(x.checkId)} · ${h(x.account)} / ${h(x.region)}</span></li>`).join('');
  const more = e.failingCount > e.failing.length ? `<li class="muted">and ${e.failingCount - e.failing.length} more (Findings below, filtered by check)</li>` : '';
  const evidence = `<p>${h(e.detail)}</p>${resources || more ? `<ul class="res">${resources}${more}</ul>` : ''}`;
  const assessment = `${h(c.assessment)}${c.level ? `, L${c.level}` : ''}`;
  return `<tr class="${statusClass(e.status)}"><th scope="row">${h(c.id)}</th><td>${h(c.title)}<div class="muted">${assessment}</div></td><td><span class="badge ${statusClass(e.status)}">${h(e.status)}</span></td><td>${c.checks.map((x) => `<code>${h(x)}</code>`).join(' ') || '—'}</td><td>${evidence}</td></tr>`;
}

function frameworkBlock(ev: FrameworkEvidence): string {
  const fw = ev.framework;
  const cov = coverage(fw);
  const rows: string[] = [];
  let section: string | undefined;
  for (const e of ev.requirements) {
    if (e.control.section && e.control.section !== section) {
      section = e.control.section;
      rows.push(`<tr class="fw-section"><th scope="colgroup" colspan="5">${h(section)}</th></tr>`);
    }
    rows.push(requirementRow(e));
  }
  const meta = [
    fw.source ? `<strong>Source:</strong> ${h(fw.source)}` : '',
    fw.scope ? `<strong>Listed:</strong> ${h(fw.scope)}` : '',
    fw.judgement ? `<strong>Judged:</strong> ${h(fw.judgement)}` : '',
  ].filter(Boolean);
  return `<div class="fw" id="fw-${h(fw.id)}" data-fw="${h(fw.id)}"><h3>${h(frameworkName(fw))} <code>${h(fw.id)}</code></h3>
${meta.map((m) => `<p class="fw-meta">${m}</p>`).join('')}
<p class="fw-counts">${REQUIREMENT_STATUSES.map((s) => `<span class="badge ${statusClass(s)}">${ev.counts[s]} ${h(s)}</span>`).join(' ')} · ${cov.total} requirements: ${cov.automated} with checks, ${cov.manual} manual</p>
<table class="fw-table"><caption>Every requirement of ${h(fw.id)} with its status in this scan</caption><thead><tr><th scope="col">Requirement</th><th scope="col">Title</th><th scope="col">Status</th><th scope="col">Checks</th><th scope="col">Evidence</th></tr></thead><tbody>${rows.join('')}</tbody></table></div>`;
}

function frameworkSection(r: ScanResult, view: ReportView): string {
  const evidence = frameworkEvidence(r, reportFrameworks(r, view), MAX_RESOURCES_PER_REQUIREMENT);
  if (!evidence.length) return '';
  const options = evidence.map((e) => `<option value="${h(e.framework.id)}">${h(frameworkName(e.framework))}</option>`).join('');
  return `<section id="framework" aria-labelledby="fw-h"><h2 id="fw-h">Framework evidence</h2>
<p>Each requirement of the chosen framework with its status in this scan: <strong>met</strong> (every mapped check passed), <strong>failed</strong> (with the failing resources), <strong>could not evaluate</strong> (a mapped check could not decide or did not run), <strong>not evaluated</strong> (the checks ran and found no resource to judge) or <strong>manual</strong> (no check decides it; the reason is given). Muted findings do not count. Print this page to keep the chosen framework as evidence.</p>
<form class="fw-picker" onsubmit="return false"><label for="fw-pick">Framework <select id="fw-pick">${options}</select></label></form>
${evidence.map(frameworkBlock).join('\n')}</section>`;
}

/**
 * Findings go to the page as data and are rendered by the inline script, a page at a time: fast
 * with 20,000. What is the same for every finding of a check (title, remediation) is sent once.
 */
function findingsData(r: ScanResult) {
  const owners = hasOwners(r);
  const checks: Record<string, { t: string; rx: string; ru: string; rc: string }> = {};
  for (const f of r.findings) checks[f.checkId] ??= { t: f.title, rx: f.remediation.text, ru: f.remediation.url, rc: f.remediation.cli ?? '' };
  const findings = r.findings.map((f) => ({
    s: f.status, m: f.muted, v: f.severity, c: f.checkId, a: f.account, g: f.region, rt: f.resource.type, ri: f.resource.id, ra: f.resource.arn,
    ...(f.resource.name ? { rn: f.resource.name } : {}),
    ...(owners ? { tm: teamOf(f) } : {}),
    d: f.srm.duty, l: f.srm.layer, sm: f.srm.serviceModel, o: f.srm.owner, msg: f.message,
    ...(f.mute ? { mr: f.mute.reason, mb: f.mute.by, me: f.mute.expires ?? '' } : {}),
    ...(f.expiredMute ? { em: `${f.expiredMute.reason} (expired ${f.expiredMute.expires ?? ''})` } : {}),
  }));
  return { checks, findings };
}

function findingsSection(owners: boolean): string {
  const select = (id: string, label: string) => `<label for="f-${id}">${label}<select id="f-${id}" data-key="${id}"><option value="">all</option></select></label>`;
  return `<section id="findings" aria-labelledby="findings-h"><h2 id="findings-h">Findings</h2>
<form class="filters" role="search" aria-label="Filter findings" onsubmit="return false">
${select('s', 'Status')}${select('v', 'Severity')}${select('d', 'Duty')}${select('l', 'Layer')}${select('a', 'Account')}${select('g', 'Region')}${select('svc', 'Service')}${owners ? select('tm', 'Team') : ''}
<label for="f-q">Resource<input id="f-q" type="search" placeholder="id, name or ARN contains…"></label>
<label class="check"><input id="f-muted" type="checkbox"> show muted</label>
</form>
<p id="count" role="status" aria-live="polite"></p>
<table id="findings-table"><caption>Findings matching the filters (remediation beside each failure)</caption><thead><tr><th scope="col">Status</th><th scope="col">Severity</th><th scope="col">Check</th><th scope="col">Resource</th><th scope="col">Account / region</th><th scope="col">Duty</th><th scope="col">Detail</th></tr></thead><tbody></tbody></table>
<nav class="pager" aria-label="Pages"><button type="button" id="prev">Previous</button> <span id="page"></span> <button type="button" id="next">Next</button></nav></section>`;
}

/** Suppressions whose pattern covers ERROR findings: said plainly, since they do not mute them. */
function suppressionNote(r: ScanResult): string {
  const covering = r.scan.suppressions.filter((x) => (x.errorsNotMuted ?? 0) > 0);
  if (!covering.length) return '';
  return `<p class="warning">Suppressions never mute ERROR findings: ${covering.map((x) => `<code>${h(x.checkId)}</code> on <code>${h(x.resource)}</code> covers ${x.errorsNotMuted} ERROR finding(s)`).join(', ')}. They stay ERROR (could not be checked) and the result stays incomplete.</p>`;
}

/** The run's evidence metadata (absent on results of older versions): which rules, mappings, config and command produced this page. */
function evidenceDetails(r: ScanResult): string {
  const e = r.scan.evidence;
  if (!e) return '';
  const row = (k: string, v: string) => `<dt>${h(k)}</dt><dd>${v}</dd>`;
  return `<details class="evidence"><summary>Run evidence</summary><dl>${[
    row('Check catalogue', `${e.catalogue.checks} checks, sha256 <code>${h(e.catalogue.sha256)}</code>`),
    row('Frameworks chosen', e.selectedFrameworks?.map((id) => `<code>${h(id)}</code>`).join(', ') || 'all'),
    row('Framework files', e.frameworks.map((f) => `<code>${h(f.id)}</code> ${h(f.version)} sha256 <code>${h(f.sha256)}</code>`).join('<br>')),
    row('Config', e.config ? `<code>${h(e.config.file)}</code> sha256 <code>${h(e.config.sha256)}</code>` : 'none'),
    row('Command line', `<code>${h(['srm-audit', ...e.commandLine].join(' '))}</code>`),
    row('Runtime / host', `Node.js ${h(e.runtime.node)} (${h(e.runtime.platform)} ${h(e.runtime.arch)}) on <code>${h(e.host.name)}</code>`),
  ].join('')}</dl></details>`;
}

export default defineReport({
  id: 'html',
  title: 'Self-contained HTML report: SRM matrix, duties, per-framework evidence, filterable findings',
  extension: '.html',
  render(r, notes = [], view = {}) {
    const s = r.scan;
    const st = r.summary.status;
    return `<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:">
<title>srm-audit report: ${h(s.accounts.join(', '))}</title>
<style>${STYLES}</style></head>
<body><a class="skip" href="#findings">Skip to findings</a>
<header><h1>Shared Responsibility Model report${view.owner ? `: ${h(view.owner)}` : ''}</h1>${view.owner ? `
<p class="meta"><strong>Team view:</strong> only the findings ${h(view.owner)} owns; the accounts and regions are the whole scan's.</p>` : ''}
<p class="meta">Account${s.accounts.length > 1 ? 's' : ''} ${s.accounts.map((a) => `<code>${h(a)}</code>`).join(', ')} · regions ${s.regions.map((x) => `<code>${h(x)}</code>`).join(', ')} · ${h(s.mode === 'snapshot' ? `snapshot recorded ${s.evaluatedAt}` : `scanned ${s.startedAt}`)} · srm-audit ${h(r.tool.version)}${s.identity ? ` · identity <code>${h(s.identity)}</code>` : ''}</p>
<p class="totals"><strong>${st.FAIL} failed</strong> · ${st.PASS} passed · ${st.ERROR} errors · ${st.muted} muted · failed by severity: ${SEVERITIES.map((x) => `${x} ${r.summary.severity[x]}`).join(', ')}${s.incomplete ? ` · <strong class="incomplete">incomplete${s.interrupted ? `: ${h(s.interrupted)}` : ': some checks could not decide'}</strong>` : ''}</p>
${notes.map((n) => `<p class="warning" role="alert"><strong>Warning:</strong> ${h(n)}</p>`).join('')}${suppressionNote(r)}
<nav aria-label="Sections">${s.baseline ? '<a href="#since">Since the previous run</a> ' : ''}<a href="#matrix">Matrix</a> <a href="#duties">Duties</a>${hasOwners(r) ? ' <a href="#teams">Teams</a>' : ''} <a href="#framework">Frameworks</a> <a href="#findings">Findings</a></nav></header>
<main>${baselineHtml(r)}${matrixSection(r)}${dutySection(r, view)}${teamSection(r)}${frameworkSection(r, view)}${findingsSection(hasOwners(r))}</main>
<footer><p>Provider-owned layers are not scanned. ${h(PROVIDER_ATTESTATIONS.text)}</p>${evidenceDetails(r)}</footer>
<script type="application/json" id="findings-data">${scriptJson(findingsData(r))}</script>
<script>${CLIENT_SCRIPT}</script>
<script>${FRAMEWORK_SCRIPT}</script>
</body></html>
`;
  },
});
