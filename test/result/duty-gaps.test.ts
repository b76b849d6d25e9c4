import { beforeAll, describe, expect, it } from 'vitest';
import { demoResult } from '../harness/demo-result.js';
import { dutyGaps } from '../../src/result/duty-gaps.js';
import { summarize, type ScanResult } from '../../src/result/result.js';
import type { RunEvidence } from '../../src/result/evidence.js';
import { consoleSummary } from '../../src/cli/console.js';
import markdown from '../../reports/markdown.js';
import html from '../../reports/html.js';

let demo: ScanResult;
beforeAll(async () => {
  demo = await demoResult();
});

const evidence = (commandLine: string[], catalogue: number, selectedFrameworks?: string[]): RunEvidence => ({
  catalogue: { sha256: 'a'.repeat(64), checks: catalogue },
  frameworks: [],
  ...(selectedFrameworks ? { selectedFrameworks } : {}),
  commandLine,
  runtime: { node: 'v20.0.0', platform: 'linux', arch: 'x64' },
  host: { name: 'ci' },
});

/** The demo result as if only the checks `keep` accepts had run (findings, summary and checks narrowed alike). */
function narrowed(keep: (checkId: string) => boolean, ev?: RunEvidence): ScanResult {
  const findings = demo.findings.filter((f) => keep(f.checkId));
  const { evidence: _e, ...scan } = demo.scan;
  return { ...demo, scan: { ...scan, checks: demo.scan.checks.filter(keep), ...(ev ? { evidence: ev } : {}) }, findings, summary: summarize(findings) };
}

describe('why a duty is not evaluated', () => {
  it('data residency in the demo: names the config key that turns its checks on', () => {
    expect(demo.summary.duty['data-residency'].status).toBe('not-evaluated');
    const gaps = dutyGaps(demo);
    expect(gaps['data-residency']).toMatch(/^set `allowedRegions` in the config to evaluate/);
    // Evaluated duties get no reason: only the not-evaluated ones are explained.
    for (const [id, d] of Object.entries(demo.summary.duty)) expect(id in gaps).toBe(d.status === 'not-evaluated');
  });

  it('a duty none of whose checks was selected names the selection flags, and the count that ran', () => {
    const r = narrowed((c) => c.startsWith('s3.'), evidence(['scan', '--demo', '--services', 's3', '--severity=high'], demo.scan.checks.length));
    const gaps = dutyGaps(r);
    const ran = r.scan.checks.length;
    expect(r.summary.duty['function-iam'].status).toBe('not-evaluated');
    expect(gaps['function-iam']).toBe(`none of its checks was selected (${ran} of ${demo.scan.checks.length} checks ran; selected by --services s3, --severity high)`);
    expect(gaps['os-hardening']).toContain('--services s3');
  });

  it('a framework chosen in the config (not on the command line) is named from the evidence', () => {
    const r = narrowed((c) => c.startsWith('iam.'), evidence(['scan'], demo.scan.checks.length, ['cis-aws-foundations-3.0.0']));
    expect(dutyGaps(r)['trigger-access']).toContain('selected by frameworks cis-aws-foundations-3.0.0');
  });

  it('checks that ran and found nothing say so, naming their services', () => {
    const lambdaDuty = demo.findings.filter((f) => f.srm.duty === 'function-iam').map((f) => f.checkId);
    expect(lambdaDuty.length).toBeGreaterThan(0);
    // The checks ran (still in scan.checks), but their findings are gone: an account with no functions.
    const findings = demo.findings.filter((f) => f.srm.duty !== 'function-iam');
    const r: ScanResult = { ...demo, findings, summary: summarize(findings) };
    expect(dutyGaps(r)['function-iam']).toMatch(/^its \d+ check\(s\) ran but found no resource to judge \(services: lambda\)$/);
  });

  it('in a team view (report --owner) a duty with none of the team\'s findings says so, not that nothing was found', () => {
    const findings = demo.findings.filter((f) => f.srm.duty !== 'function-iam');
    const r: ScanResult = { ...demo, findings, summary: summarize(findings) };
    expect(dutyGaps(r, { owner: 'web' })['function-iam']).toMatch(/^its \d+ check\(s\) judged no resource of team web$/);
    expect(markdown.render(r, [], { owner: 'web' })).toContain('judged no resource of team web');
    expect(html.render(r, [], { owner: 'web' })).toContain('judged no resource of team web');
  });

  it('without run evidence (older or merged results) it says only that none of its checks ran; without check info, that the result has no finding', () => {
    const r = narrowed((c) => c.startsWith('s3.'));
    expect(dutyGaps(r)['function-iam']).toBe('none of its checks ran in this scan');
    const { checkInfo: _c, ...scan } = r.scan;
    expect(dutyGaps({ ...r, scan })['function-iam']).toBe('no finding for it in this result');
  });

  it('a full catalogue run with no check for a duty says the catalogue has none', () => {
    const r = narrowed((c) => c.startsWith('s3.'), evidence(['scan'], demo.scan.checks.filter((c) => c.startsWith('s3.')).length));
    expect(dutyGaps(r)['function-iam']).toBe('no check in the catalogue evaluates it');
  });

  it('the console summary, Markdown and HTML show the reason beside the duty', () => {
    const reason = 'set `allowedRegions` in the config to evaluate';
    expect(consoleSummary(demo, [], 1)).toMatch(/^ {4}data-residency: set `allowedRegions` in the config to evaluate/m);
    const md = markdown.render(demo);
    const row = md.split('\n').find((l) => l.includes('(`data-residency`)'))!;
    expect(row).toContain('not evaluated: set `allowedRegions` in the config to evaluate');
    const page = html.render(demo);
    const tr = page.split('<tr').find((l) => l.includes('<code>data-residency</code>'))!;
    expect(tr).toContain('set <code>allowedRegions</code> in the config to evaluate');
    expect(consoleSummary(demo, [], 1)).toContain(reason);
    // A met duty carries no reason.
    expect(md.split('\n').find((l) => l.includes('(`function-iam`)'))).not.toContain('not evaluated');
  });
});
