import { beforeAll, describe, expect, it } from 'vitest';
import { demoResult } from '../harness/demo-result.js';
import { frameworkEvidence, frameworkName, viewFrameworks, type RequirementEvidence } from '../../reports/framework-view.js';
import markdown from '../../reports/markdown.js';
import { framework, frameworks } from '../../src/frameworks/index.js';
import type { Finding } from '../../src/result/finding.js';
import type { ScanResult } from '../../src/result/result.js';

const FSBP = 'aws-foundational-security-best-practices-1.0.0';
let demo: ScanResult;
beforeAll(async () => {
  demo = await demoResult();
});

/** A result whose findings are exactly these (status, check, resource), built on the demo's shape. */
function resultWith(findings: [Finding['status'], string, string, boolean?][], ran: string[]): ScanResult {
  const template = demo.findings[0]!;
  return {
    ...demo,
    scan: { ...demo.scan, checks: ran },
    findings: findings.map(([status, checkId, id, muted = false], i) => ({
      ...structuredClone(template),
      id: i.toString(16).padStart(32, '0'),
      status,
      checkId,
      muted,
      resource: { ...template.resource, id, arn: `arn:aws:test:::${id}` },
    })),
  };
}

function evidenceOf(result: ScanResult, fwId: string, reqId: string, max?: number): RequirementEvidence {
  const [ev] = frameworkEvidence(result, [framework(fwId)!], max);
  const req = ev!.requirements.find((r) => r.control.id === reqId);
  if (!req) throw new Error(`${fwId} has no ${reqId}`);
  return req;
}

describe('framework evidence model', () => {
  it('met: every mapped check ran and passed', () => {
    const r = resultWith([['PASS', 'iam.root-access-keys-absent', 'root']], ['iam.root-access-keys-absent']);
    expect(evidenceOf(r, FSBP, 'IAM.4')).toMatchObject({ status: 'met', failing: [], failingCount: 0, detail: '1 passing finding from 1 check.' });
  });

  it('failed: names the failing resources, unique per check and resource, capped with the full count', () => {
    const r = resultWith(
      [['FAIL', 'elb.access-logs-enabled', 'clb-1'], ['FAIL', 'elb.access-logs-enabled', 'clb-1'], ['FAIL', 'elbv2.access-logs-enabled', 'alb-1'], ['FAIL', 'elbv2.access-logs-enabled', 'alb-2'], ['PASS', 'elbv2.access-logs-enabled', 'alb-3']],
      ['elb.access-logs-enabled', 'elbv2.access-logs-enabled'],
    );
    const e = evidenceOf(r, FSBP, 'ELB.5', 2);
    expect(e.status).toBe('failed');
    expect(e.failingCount).toBe(3);
    expect(e.failing.map((x) => [x.checkId, x.id])).toEqual([['elb.access-logs-enabled', 'clb-1'], ['elbv2.access-logs-enabled', 'alb-1']]);
  });

  it('not evaluated, never met, when the mapped checks ran and judged no resource', () => {
    const r = resultWith([], ['iam.root-access-keys-absent']);
    expect(evidenceOf(r, FSBP, 'IAM.4')).toMatchObject({ status: 'not evaluated', detail: 'The checks ran and found no resource to judge.' });
  });

  it('a muted failure does not fail the requirement, and is said', () => {
    const r = resultWith([['FAIL', 'iam.root-access-keys-absent', 'root', true]], ['iam.root-access-keys-absent']);
    expect(evidenceOf(r, FSBP, 'IAM.4')).toMatchObject({ status: 'met', detail: expect.stringContaining('1 muted finding not counted') });
  });

  it('could not evaluate: a mapped check errored, even when the error is marked muted', () => {
    const r = resultWith([['PASS', 'elb.access-logs-enabled', 'clb-1'], ['ERROR', 'elbv2.access-logs-enabled', 'region', true]], ['elb.access-logs-enabled', 'elbv2.access-logs-enabled']);
    expect(evidenceOf(r, FSBP, 'ELB.5')).toMatchObject({ status: 'could not evaluate', detail: expect.stringContaining('elbv2.access-logs-enabled could not decide (ERROR)') });
  });

  it('could not evaluate: a mapped check did not run in this scan (never met by omission)', () => {
    const r = resultWith([['PASS', 'elb.access-logs-enabled', 'clb-1']], ['elb.access-logs-enabled']);
    expect(evidenceOf(r, FSBP, 'ELB.5')).toMatchObject({ status: 'could not evaluate', detail: expect.stringContaining('elbv2.access-logs-enabled did not run') });
  });

  it('a failure outranks an error of another mapped check', () => {
    const r = resultWith([['FAIL', 'elb.access-logs-enabled', 'clb-1'], ['ERROR', 'elbv2.access-logs-enabled', 'region']], ['elb.access-logs-enabled', 'elbv2.access-logs-enabled']);
    expect(evidenceOf(r, FSBP, 'ELB.5').status).toBe('failed');
  });

  it('manual: no check decides it, with the file\'s reason', () => {
    const r = resultWith([], []);
    const e = evidenceOf(r, 'iso-27001-2022', 'A.7.1');
    expect(e.status).toBe('manual');
    expect(e.detail).toBe(framework('iso-27001-2022')!.controls.find((c) => c.id === 'A.7.1')!.note);
  });

  it('counts every requirement once per framework', () => {
    for (const ev of frameworkEvidence(demo, frameworks())) {
      expect(Object.values(ev.counts).reduce((a, b) => a + b, 0), ev.framework.id).toBe(ev.framework.controls.length);
    }
  });

  it('shows every framework by default, or the ones asked for in their order; an unknown id is a usage error', () => {
    expect(viewFrameworks().map((f) => f.id)).toEqual(frameworks().map((f) => f.id));
    expect(viewFrameworks(['soc2-2017', FSBP]).map((f) => f.id)).toEqual(['soc2-2017', FSBP]);
    expect(() => viewFrameworks(['nope'])).toThrow(/unknown framework "nope".*valid ids: /);
  });

  it('names a framework with its version once', () => {
    expect(frameworkName(framework('cis-aws-foundations-7.0.0')!)).toBe('CIS Amazon Web Services Foundations Benchmark v7.0.0');
    expect(frameworkName(framework('pci-dss-4.0.1')!)).toBe('PCI DSS v4.0.1');
    expect(frameworkName(framework('iso-27001-2022')!)).toBe('ISO/IEC 27001:2022 Annex A');
  });
});

describe('markdown framework evidence', () => {
  it('lists every requirement of every framework by default, with a coverage line each', () => {
    const md = markdown.render(demo);
    expect(md.indexOf('## Customer duties')).toBeLessThan(md.indexOf('## Framework evidence'));
    for (const fw of frameworks()) {
      expect(md).toContain(`### ${frameworkName(fw).replace(/[()]/g, '\\$&')}`);
      for (const c of fw.controls) expect(md, `${fw.id} ${c.id}`).toContain(`| \`${c.id}\` |`);
    }
  });

  it('shows only the frameworks of the view, and a failed requirement with its failing resources', () => {
    const r = resultWith([['FAIL', 'iam.root-access-keys-absent', 'root-account-123']], ['iam.root-access-keys-absent']);
    const md = markdown.render(r, [], { frameworks: [FSBP] });
    expect(md).toContain('### AWS Foundational Security Best Practices v1.0.0');
    expect(md).not.toContain('### CIS Amazon Web Services Foundations Benchmark');
    const row = md.split('\n').find((l) => l.startsWith('| `IAM.4` |'))!;
    expect(row).toContain('| **failed** |');
    expect(row).toContain('`root-account-123`');
    expect(md.split('\n').find((l) => l.startsWith('| `EKS.1` |'))).toContain('| manual |');
  });
});
