import { SEVERITIES } from '../src/srm/severity.js';
import type { ScanResult } from '../src/result/result.js';
import { framework } from '../src/frameworks/index.js';
import { LAYERS, PROVIDER_ATTESTATIONS } from '../src/srm/index.js';
import { defineReport } from './define.js';
import { h, scriptJson } from './html/escape.js';
import { controlStatus, dutyRows, matrix } from './html/model.js';
import { coverageSentence } from '../src/result/coverage.js';
import { CLIENT_SCRIPT, STYLES } from './html/assets.js';

const FRAMEWORK_SHOWN = 'cis-aws-foundations-3.0.0';

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

function dutySection(r: ScanResult): string {
  const rows = dutyRows(r).map((d) => {
    const failing = d.failing.slice(0, 10).map((x) => `<code>${h(x)}</code>`).join(', ') + (d.failing.length > 10 ? ` and ${d.failing.length - 10} more` : '');
    return `<tr class="duty-${d.status}"><th scope="row">${h(d.title)} <code>${h(d.id)}</code></th><td>${h(d.layer)}</td><td><span class="badge status-${d.status}">${h(d.status)}</span></td><td>${(d.services ?? []).map((x) => `<code>${h(x)}</code>`).join(', ') || '—'}</td><td class="num">${d.pass}</td><td class="num">${d.fail}</td><td class="num">${d.error}</td><td class="num">${d.muted}</td><td>${failing || '—'}</td></tr>`;
  });
  return `<section id="duties" aria-labelledby="duties-h"><h2 id="duties-h">Customer duties</h2>
<table><caption>Every duty of the Shared Responsibility Model, with its status in this scan</caption><thead><tr><th scope="col">Duty</th><th scope="col">Layer</th><th scope="col">Status</th><th scope="col">Judged over</th><th scope="col">Pass</th><th scope="col">Fail</th><th scope="col">Error</th><th scope="col">Muted</th><th scope="col">Failing resources</th></tr></thead><tbody>${rows.join('')}</tbody></table>
<p id="coverage"><strong>Services not judged.</strong> ${h(coverageSentence(r.scan.coverage))}</p></section>`;
}

function frameworkSection(r: ScanResult): string {
  const fw = framework(FRAMEWORK_SHOWN);
  if (!fw) return '';
  const rows = fw.controls.map((c) => {
    const st = controlStatus(c, r);
    return `<tr><th scope="row">${h(c.id)}</th><td>${h(c.title)}</td><td>${h(c.assessment)}, L${c.level}</td><td><span class="badge control-${st.replace(' ', '-')}">${h(st)}</span></td><td>${c.checks.map((x) => `<code>${h(x)}</code>`).join(' ') || '—'}</td></tr>`;
  });
  const count = (s: string) => fw.controls.filter((c) => controlStatus(c, r) === s).length;
  return `<section id="framework" aria-labelledby="fw-h"><h2 id="fw-h">${h(fw.title)} v${h(fw.version)}</h2>
<p>${['pass', 'fail', 'error', 'manual', 'not covered', 'not run'].map((s) => `${count(s)} ${s}`).join(' · ')}</p>
<table><caption>Every control of ${h(fw.id)}</caption><thead><tr><th scope="col">Control</th><th scope="col">Title</th><th scope="col">Assessment</th><th scope="col">Status</th><th scope="col">Checks</th></tr></thead><tbody>${rows.join('')}</tbody></table></section>`;
}

/**
 * Findings go to the page as data and are rendered by the inline script, a page at a time: fast
 * with 20,000. What is the same for every finding of a check (title, remediation) is sent once.
 */
function findingsData(r: ScanResult) {
  const checks: Record<string, { t: string; rx: string; ru: string; rc: string }> = {};
  for (const f of r.findings) checks[f.checkId] ??= { t: f.title, rx: f.remediation.text, ru: f.remediation.url, rc: f.remediation.cli ?? '' };
  const findings = r.findings.map((f) => ({
    s: f.status, m: f.muted, v: f.severity, c: f.checkId, a: f.account, g: f.region, rt: f.resource.type, ri: f.resource.id, ra: f.resource.arn,
    d: f.srm.duty, l: f.srm.layer, sm: f.srm.serviceModel, o: f.srm.owner, msg: f.message,
    ...(f.mute ? { mr: f.mute.reason, mb: f.mute.by, me: f.mute.expires ?? '' } : {}),
    ...(f.expiredMute ? { em: `${f.expiredMute.reason} (expired ${f.expiredMute.expires ?? ''})` } : {}),
  }));
  return { checks, findings };
}

function findingsSection(): string {
  const select = (id: string, label: string) => `<label for="f-${id}">${label}<select id="f-${id}" data-key="${id}"><option value="">all</option></select></label>`;
  return `<section id="findings" aria-labelledby="findings-h"><h2 id="findings-h">Findings</h2>
<form class="filters" role="search" aria-label="Filter findings" onsubmit="return false">
${select('s', 'Status')}${select('v', 'Severity')}${select('d', 'Duty')}${select('l', 'Layer')}${select('a', 'Account')}${select('g', 'Region')}${select('svc', 'Service')}
<label for="f-q">Resource<input id="f-q" type="search" placeholder="id or ARN contains…"></label>
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

export default defineReport({
  id: 'html',
  title: 'Self-contained HTML report: SRM matrix, duties, framework, filterable findings',
  extension: '.html',
  render(r, notes = []) {
    const s = r.scan;
    const st = r.summary.status;
    return `<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:">
<title>srm-audit report: ${h(s.accounts.join(', '))}</title>
<style>${STYLES}</style></head>
<body><a class="skip" href="#findings">Skip to findings</a>
<header><h1>Shared Responsibility Model report</h1>
<p class="meta">Account${s.accounts.length > 1 ? 's' : ''} ${s.accounts.map((a) => `<code>${h(a)}</code>`).join(', ')} · regions ${s.regions.map((x) => `<code>${h(x)}</code>`).join(', ')} · ${h(s.mode === 'snapshot' ? `snapshot recorded ${s.evaluatedAt}` : `scanned ${s.startedAt}`)} · srm-audit ${h(r.tool.version)}${s.identity ? ` · identity <code>${h(s.identity)}</code>` : ''}</p>
<p class="totals"><strong>${st.FAIL} failed</strong> · ${st.PASS} passed · ${st.ERROR} errors · ${st.muted} muted · failed by severity: ${SEVERITIES.map((x) => `${x} ${r.summary.severity[x]}`).join(', ')}${s.incomplete ? ` · <strong class="incomplete">incomplete${s.interrupted ? `: ${h(s.interrupted)}` : ': some checks could not decide'}</strong>` : ''}</p>
${notes.map((n) => `<p class="warning" role="alert"><strong>Warning:</strong> ${h(n)}</p>`).join('')}${suppressionNote(r)}
<nav aria-label="Sections"><a href="#matrix">Matrix</a> <a href="#duties">Duties</a> <a href="#framework">CIS v3.0.0</a> <a href="#findings">Findings</a></nav></header>
<main>${matrixSection(r)}${dutySection(r)}${frameworkSection(r)}${findingsSection()}</main>
<footer><p>Provider-owned layers are not scanned. ${h(PROVIDER_ATTESTATIONS.text)}</p></footer>
<script type="application/json" id="findings-data">${scriptJson(findingsData(r))}</script>
<script>${CLIENT_SCRIPT}</script>
</body></html>
`;
  },
});
