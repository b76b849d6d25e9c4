import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { demoResult } from '../harness/demo-result.js';
import markdown from '../../reports/markdown.js';
import { mdCode, mdText } from '../../src/util/markdown.js';
import type { ScanResult } from '../../src/result/result.js';
import { DUTY_IDS } from '../../src/srm/index.js';


describe('markdown report', () => {
  it('lists every duty with owner and status, then failures by severity with remediation, then errors', async () => {
    const result = await demoResult();
    const md = markdown.render(result);
    for (const id of DUTY_IDS) expect(md).toContain(`(\`${id}\`)`);
    const sections = ['## Scope', '## Customer duties', '## Failed findings by severity', '## Errors: what could not be checked'];
    const positions = sections.map((s) => md.indexOf(s));
    expect(positions.every((p) => p >= 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    const fail = result.findings.find((f) => f.status === 'FAIL')!;
    expect(md).toContain(fail.remediation.url);
    expect(md).toContain('AWS Artifact');
    const headings = [...md.matchAll(/^### (\w+) \((\d+)\)$/gm)].map((m) => [m[1]!.toLowerCase(), Number(m[2])]);
    expect(headings.length).toBeGreaterThan(0);
    for (const [sev, n] of headings) expect(result.summary.severity[sev as 'high']).toBe(n);
  });

  it('makes hostile resource names and messages inert', async () => {
    const result = await demoResult();
    const f = result.findings.find((x) => x.status === 'FAIL')!;
    f.resource.id = 'evil|<img src=x onerror=alert(1)>`\u001b[31mred\u001b[0m\n# heading';
    f.message = '[click](https://evil.example) <script>alert(1)</script> | =cmd|calc';
    const md = markdown.render(result);
    // Inside a code span CommonMark shows `<` as text; outside one there must be no raw HTML.
    const outsideCode = md.replace(/(`+)(?:(?!\1).)*?\1/gs, '');
    expect(outsideCode).not.toContain('<img');
    expect(outsideCode).not.toContain('<script>');
    expect(md).not.toContain('\u001b');
    expect(md).not.toContain('](https://evil.example)');
    expect(md).not.toMatch(/^# heading/m);
  });

  it('escapes markdown text and fences code spans', () => {
    expect(mdText('a|b<c>[d](e)')).toBe('a\\|b\\<c\\>\\[d\\]\\(e\\)');
    expect(mdCode('x`y')).toBe('`` x`y ``');
    expect(mdCode('a|b')).toBe('`a\\|b`');
  });

  it('renders the saved demo result identically from its JSON', async () => {
    const result = await demoResult();
    expect(markdown.render(JSON.parse(JSON.stringify(result)) as ScanResult)).toBe(markdown.render(result));
    expect(await readFile(join(import.meta.dirname, '..', '..', 'demo', 'demo-snapshot.json'), 'utf8')).not.toContain('Demo-Only-Password');
  });
});
