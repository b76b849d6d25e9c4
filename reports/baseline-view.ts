import type { BaselineComparison, BaselineFindingRef, TrendPoint } from '../src/result/baseline.js';
import { trendDuties } from '../src/result/baseline.js';
import type { ScanResult } from '../src/result/result.js';
import { DUTIES } from '../src/srm/index.js';
import { mdCode, mdText } from '../src/util/markdown.js';
import { h } from './html/escape.js';

type Listed = 'newFailures' | 'resolved' | 'newErrors' | 'stillFailing' | 'nowError' | 'notRescanned' | 'nowMuted';

/** The sections a reader acts on first; the rest are listed after them. */
const SECTIONS: readonly { key: Listed; title: string; explain: string }[] = [
  { key: 'newFailures', title: 'New failures', explain: 'Open failures now that were not open failures in the baseline.' },
  { key: 'resolved', title: 'Resolved', explain: 'Judged again and passing, or the resource is gone where its check ran without an error.' },
  { key: 'newErrors', title: 'New errors', explain: 'Could not be checked now, and was neither ERROR nor a failure before: new blind spots.' },
  { key: 'stillFailing', title: 'Still failing', explain: 'Open failures in both runs.' },
  { key: 'nowError', title: 'Now ERROR', explain: 'Earlier failures this scan could not decide: not known to be fixed.' },
  { key: 'notRescanned', title: 'Not rescanned', explain: 'Earlier failures whose check, account or region this scan did not cover: not known to be fixed.' },
  { key: 'nowMuted', title: 'Now muted', explain: 'Earlier failures a suppression mutes now: accepted, not fixed.' },
];

/** Findings listed per section in a report; the rest are counted (result.json holds them all). */
const MAX_LISTED = 50;

const why = (f: BaselineFindingRef) => (f.why === 'gone' ? 'resource gone' : f.why === 'pass' ? 'passes' : (f.why ?? ''));

/** Markdown: what changed since the baseline, with the trend of failing findings per duty. */
export function baselineMarkdown(r: ScanResult): string[] {
  const b = r.scan.baseline;
  if (!b) return [];
  const lines = ['## Since the previous run', '', `Compared with run ${mdCode(b.scanId)} of ${b.startedAt} (${mdCode(b.location)}, manifest SHA-256 ${mdCode(b.manifestSha256)}).`, ''];
  lines.push(`| ${SECTIONS.map((s) => s.title).join(' | ')} | Suppressions expired since |`, `|${SECTIONS.map(() => '---:').join('|')}|---:|`, `| ${SECTIONS.map((s) => b.counts[s.key]).join(' | ')} | ${b.counts.expiredSuppressions} |`, '');
  for (const s of SECTIONS) {
    const list = b[s.key];
    if (!list.length) continue;
    lines.push(`### ${s.title} (${list.length})`, '', s.explain, '');
    for (const f of list.slice(0, MAX_LISTED)) lines.push(`- ${mdCode(f.checkId)} ${mdCode(f.account)} ${mdCode(f.region)} ${mdCode(f.resource)} (${f.severity}, ${mdCode(f.duty)})${why(f) ? ` [${mdText(why(f))}]` : ''}`);
    if (list.length > MAX_LISTED) lines.push(`- and ${list.length - MAX_LISTED} more (result.json, scan.baseline)`);
    lines.push('');
  }
  if (b.expiredSuppressions.length) {
    lines.push(`### Suppressions expired since (${b.expiredSuppressions.length})`, '', 'Active in the baseline, expired now: the findings they muted count again.', '');
    for (const s of b.expiredSuppressions) lines.push(`- ${mdCode(s.checkId)} on ${mdCode(s.resource)}${s.expires ? ` (expired ${mdText(s.expires)})` : ''}: ${s.matched} finding(s)`);
    lines.push('');
  }
  lines.push(...trendMarkdown(b.trend));
  return lines;
}

const runLabel = (p: TrendPoint) => p.startedAt.slice(0, 16).replace('T', ' ');

function trendMarkdown(trend: readonly TrendPoint[]): string[] {
  const duties = trendDuties(trend);
  const lines = ['### Failing findings per duty over the runs', '', `The complete runs of the output folder that verify, oldest first; the last column is this scan.`, ''];
  if (!duties.length) return [...lines, 'No duty had failing findings in these runs.', ''];
  lines.push(`| Duty | ${trend.map(runLabel).join(' | ')} |`, `|---|${trend.map(() => '---:').join('|')}|`);
  for (const d of duties) lines.push(`| ${DUTIES[d].title} (${mdCode(d)}) | ${trend.map((p) => p.failing[d] ?? 0).join(' | ')} |`);
  return [...lines, ''];
}

/** A small line of one duty's failing counts; the table beside it carries the numbers. */
function sparkline(values: readonly number[], max: number): string {
  const w = 120;
  const hgt = 24;
  const step = values.length > 1 ? w / (values.length - 1) : 0;
  const pts = values.map((v, i) => `${(i * step).toFixed(1)},${(hgt - 2 - (max ? (v / max) * (hgt - 4) : 0)).toFixed(1)}`).join(' ');
  return `<svg class="spark" width="${w}" height="${hgt}" viewBox="0 0 ${w} ${hgt}" role="img" aria-label="${h(values.join(', '))}"><polyline fill="none" stroke="currentColor" stroke-width="2" points="${pts}"/></svg>`;
}

function trendHtml(trend: readonly TrendPoint[]): string {
  const duties = trendDuties(trend);
  const intro = '<p>The complete runs of the output folder that verify, oldest first; the last column is this scan.</p>';
  if (!duties.length) return `<h3>Failing findings per duty over the runs</h3>${intro}<p>No duty had failing findings in these runs.</p>`;
  const max = Math.max(...duties.flatMap((d) => trend.map((p) => p.failing[d] ?? 0)));
  const head = trend.map((p) => `<th scope="col" title="${h(p.scanId)}">${h(runLabel(p))}</th>`).join('');
  const rows = duties.map((d) => {
    const values = trend.map((p) => p.failing[d] ?? 0);
    return `<tr><th scope="row">${h(DUTIES[d].title)} <code>${h(d)}</code></th><td>${sparkline(values, max)}</td>${values.map((v) => `<td class="num">${v}</td>`).join('')}</tr>`;
  });
  return `<h3>Failing findings per duty over the runs</h3>${intro}<table class="trend"><caption>Unmuted failing findings per duty, per run</caption><thead><tr><th scope="col">Duty</th><th scope="col">Trend</th>${head}</tr></thead><tbody>${rows.join('')}</tbody></table>`;
}

function sectionHtml(b: BaselineComparison, s: (typeof SECTIONS)[number]): string {
  const list = b[s.key];
  if (!list.length) return '';
  const rows = list
    .slice(0, MAX_LISTED)
    .map((f) => `<tr><td><code>${h(f.checkId)}</code></td><td><code>${h(f.account)}</code> / <code>${h(f.region)}</code></td><td><code>${h(f.resource)}</code></td><td>${h(f.severity)}</td><td>${h(f.duty)}</td><td>${h(why(f))}</td></tr>`)
    .join('');
  const more = list.length > MAX_LISTED ? `<p class="muted">and ${list.length - MAX_LISTED} more (result.json, scan.baseline)</p>` : '';
  return `<h3 id="since-${s.key}">${h(s.title)} (${list.length})</h3><p>${h(s.explain)}</p><table><thead><tr><th scope="col">Check</th><th scope="col">Account / region</th><th scope="col">Resource</th><th scope="col">Severity</th><th scope="col">Duty</th><th scope="col">Why</th></tr></thead><tbody>${rows}</tbody></table>${more}`;
}

/** HTML: the same comparison, with the trend as a table and a small inline SVG line per duty. */
export function baselineHtml(r: ScanResult): string {
  const b = r.scan.baseline;
  if (!b) return '';
  const counts = [...SECTIONS.map((s) => `${h(s.title)}: <strong>${b.counts[s.key]}</strong>`), `Suppressions expired since: <strong>${b.counts.expiredSuppressions}</strong>`].join(' · ');
  const expired = b.expiredSuppressions.length
    ? `<h3>Suppressions expired since (${b.expiredSuppressions.length})</h3><p>Active in the baseline, expired now: the findings they muted count again.</p><ul>${b.expiredSuppressions.map((s) => `<li><code>${h(s.checkId)}</code> on <code>${h(s.resource)}</code>${s.expires ? ` (expired ${h(s.expires)})` : ''}: ${s.matched} finding(s)</li>`).join('')}</ul>`
    : '';
  return `<section id="since" aria-labelledby="since-h"><h2 id="since-h">Since the previous run</h2>
<p class="meta">Compared with run <code>${h(b.scanId)}</code> of ${h(b.startedAt)} (<code>${h(b.location)}</code>, manifest SHA-256 <code>${h(b.manifestSha256)}</code>)</p>
<p class="totals">${counts}</p>
${SECTIONS.map((s) => sectionHtml(b, s)).join('')}${expired}${trendHtml(b.trend)}</section>`;
}
