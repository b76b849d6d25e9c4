import { describe, expect, it } from 'vitest';
import html from '../../reports/html.js';
import markdown from '../../reports/markdown.js';
import { h } from '../../reports/html/escape.js';
import { mdText } from '../../src/util/markdown.js';
import { demoResult } from '../harness/demo-result.js';

/** Failed findings lead with what is wrong (the FAIL message); the check title, which states the compliant state, comes second. */
describe('failed findings are headed by what is wrong', () => {
  it('Markdown: each failing line starts with its message; no check heading is the compliant title', async () => {
    const r = await demoResult();
    const md = markdown.render(r);
    const failed = md.slice(md.indexOf('## Failed findings by severity'), md.indexOf('## Errors'));
    const fails = r.findings.filter((f) => f.status === 'FAIL' && !f.muted);
    expect(fails.length).toBeGreaterThan(0);
    for (const f of fails) expect(failed).toContain(`- **${mdText(f.message)}**: `);
    const headings = [...failed.matchAll(/^#### (.*)$/gm)].map((m) => m[1]!);
    const titles = new Set(fails.map((f) => mdText(f.title)));
    expect(headings.length).toBe(new Set(fails.map((f) => `${f.severity} ${f.checkId}`)).size);
    for (const heading of headings) expect([...titles].some((t) => heading.includes(t))).toBe(false);
    // The title stays, as secondary text under the heading.
    const trail = fails.find((f) => f.checkId === 'cloudtrail.log-file-validation-enabled') ?? fails[0]!;
    const block = failed.slice(failed.indexOf(`#### \`${trail.checkId}\`: `));
    expect(block.split('\n')[2]).toMatch(/^Check: /);
    expect(block.split('\n')[2]).toContain(mdText(trail.title));
  });

  it('Markdown and HTML team tables put the finding before the check', async () => {
    const r = await demoResult();
    const f = r.findings.find((x) => x.status === 'FAIL' && !x.muted)!;
    for (const x of r.findings) x.owner = { by: 'none' };
    f.owner = { team: 'web', by: 'tag', key: 'team' };
    const md = markdown.render(r);
    expect(md).toContain('| Severity | Finding | Resource | Account / region | Check | Team decided by |');
    expect(md).toContain(`| ${f.severity} | ${mdText(f.message)} |`);
    const page = html.render(r);
    const team = page.slice(page.indexOf('<section id="teams"'), page.indexOf('</section>', page.indexOf('<section class="team"') + 1));
    const row = team.slice(team.indexOf('<tbody><tr>'));
    const message = row.indexOf(`<td>${h(f.message)}</td>`);
    expect(message).toBeGreaterThan(0);
    expect(message).toBeLessThan(row.indexOf(`<code>${h(f.checkId)}</code>`));
    expect(team).toMatch(/<th scope="col">Finding<\/th>.*<th scope="col">Check<\/th>/);
  });
});
