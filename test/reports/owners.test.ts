import { describe, expect, it } from 'vitest';
import csv, { CSV_COLUMNS } from '../../reports/csv.js';
import html from '../../reports/html.js';
import markdown from '../../reports/markdown.js';
import { ownerView } from '../../src/cli/report.js';
import type { Finding } from '../../src/result/finding.js';
import { forOwner, NO_TEAM, teamViews } from '../../src/result/owners.js';
import { validateResult, type ScanResult } from '../../src/result/result.js';
import { UsageError } from '../../src/util/errors.js';
import { demoResult } from '../harness/demo-result.js';

/** The demo result with owners assigned as a scan with ownerTags would: two teams and an unowned rest. */
async function ownedResult(): Promise<{ r: ScanResult; web: Finding; data: Finding }> {
  const r = await demoResult();
  const fails = r.findings.filter((f) => f.status === 'FAIL' && !f.muted);
  const web = fails[0]!;
  const data = fails.find((f) => f.srm.duty !== web.srm.duty)!;
  for (const f of r.findings) f.owner = { by: 'none' };
  web.resource.name = 'web-frontend';
  web.owner = { team: 'web', by: 'tag', key: 'team' };
  data.resource.name = 'orders-db';
  data.owner = { team: 'data', by: 'account', key: data.account };
  return { r, web, data };
}

describe('names and owning teams in reports', () => {
  it('Markdown shows the Name beside the id and a section per team with its unmet duties and failing findings', async () => {
    const { r, web, data } = await ownedResult();
    const md = markdown.render(r);
    expect(md).toContain(`\`${web.resource.id}\` (web-frontend)`);
    const teams = md.slice(md.indexOf('## By owning team'));
    expect(md.indexOf('## By owning team')).toBeGreaterThan(md.indexOf('## Customer duties'));
    const webPart = teams.slice(teams.indexOf('### web'), teams.indexOf('###', teams.indexOf('### web') + 4));
    expect(webPart).toContain(`(\`${web.srm.duty}\`)`);
    expect(webPart).toContain(`\`${web.checkId}\``);
    expect(webPart).toContain('tag team');
    expect(webPart).not.toContain('orders-db');
    const dataPart = teams.slice(teams.indexOf('### data'));
    expect(dataPart).toContain('orders-db');
    expect(dataPart).toContain(`account ${data.account}`);
    // Teams by name, the findings no rule assigned last.
    expect(teams.indexOf('### data')).toBeLessThan(teams.indexOf('### web'));
    expect(teams.indexOf('### web')).toBeLessThan(teams.indexOf(`### ${NO_TEAM}`));
  });

  it('HTML shows a section per team and sends name and team to the findings table', async () => {
    const { r, web } = await ownedResult();
    const page = html.render(r);
    expect(page).toContain('<h2 id="teams-h">By owning team</h2>');
    expect(page).toMatch(/<h3 id="team-\d+-h">web<\/h3>/);
    expect(page).toContain(`<code>${web.resource.id}</code> <span class="name">web-frontend</span>`);
    expect(page).toContain('"rn":"web-frontend"');
    expect(page).toContain('"tm":"web"');
    expect(page).toContain('data-key="tm"');
  });

  it('a result without owners renders as before: no team section, no team filter', async () => {
    const r = await demoResult();
    expect(markdown.render(r)).not.toContain('## By owning team');
    expect(html.render(r)).not.toContain('id="teams"');
    expect(html.render(r)).not.toContain('data-key="tm"');
  });

  it('CSV appends resourceName, team and how it was decided as the last columns', async () => {
    const { r, web } = await ownedResult();
    expect(CSV_COLUMNS.slice(-3).map(([n]) => n)).toEqual(['resourceName', 'team', 'teamDecidedBy']);
    const row = csv.render({ ...r, findings: [web] }).split('\r\n')[1]!;
    expect(row.endsWith(',web-frontend,web,tag:team')).toBe(true);
  });

  it('teamViews counts only unmuted FAIL and ERROR findings', async () => {
    const { r } = await ownedResult();
    const views = teamViews(r);
    const counted = views.reduce((n, v) => n + v.failing.length + v.errors.length, 0);
    expect(counted).toBe(r.findings.filter((f) => !f.muted && f.status !== 'PASS').length);
  });
});

describe('report --owner', () => {
  it('keeps one team\'s findings, recomputes the summary, and stays a valid result', async () => {
    const { r, web } = await ownedResult();
    const view = ownerView(r, 'web');
    expect(view.findings).toEqual([web]);
    expect(view.summary.status.FAIL).toBe(1);
    expect(validateResult(view)).toEqual([]);
    const md = markdown.render(view, [], { owner: 'web' });
    expect(md).toContain('**Team view: web.**');
    expect(md).not.toContain('orders-db');
    expect(html.render(view, [], { owner: 'web' })).toContain('<h1>Shared Responsibility Model report: web</h1>');
    expect(forOwner(r, NO_TEAM).findings.every((f) => !f.owner?.team)).toBe(true);
  });

  it('an unknown team is a usage error that lists the teams; a result without owners says how to get them', async () => {
    const { r } = await ownedResult();
    expect(() => ownerView(r, 'Web')).toThrow(UsageError);
    expect(() => ownerView(r, 'Web')).toThrow(/teams: data, No owning team, web/);
    const plain = await demoResult();
    expect(() => ownerView(plain, 'web')).toThrow(/ownerTags/);
  });
});
