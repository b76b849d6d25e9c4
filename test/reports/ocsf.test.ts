import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { demoResult } from '../harness/demo-result.js';
import ocsf, { OCSF_VERSION } from '../../reports/ocsf.js';
import type { ScanResult } from '../../src/result/result.js';

const root = join(import.meta.dirname, '..', '..');
let result: ScanResult;
let validate: ReturnType<Ajv2020['compile']>;
beforeAll(async () => {
  result = await demoResult();
  const fail = result.findings.find((f) => f.status === 'FAIL')!;
  fail.muted = true;
  fail.mute = { reason: 'accepted', by: 'secops', expires: '2030-01-01' };
  const schema = JSON.parse(await readFile(join(root, 'test', 'fixtures', `ocsf-${OCSF_VERSION}-compliance-finding.schema.json`), 'utf8')) as object;
  validate = new Ajv2020({ allErrors: true, strict: false }).compile(schema);
});

interface Status { status_id: number; status: string }
type Event = Record<string, unknown> &
  Status & {
    class_uid: number;
    type_uid: number;
    severity_id: number;
    comment?: string;
    compliance: Status & { status_code: string; standards?: string[]; requirements?: string[]; control: string; checks: (Status & { uid: string; severity_id: number })[] };
    metadata: { version: string; product: { name: string; version: string } };
    finding_info: { uid: string };
    resources: { uid: string; region?: string }[];
    cloud: { account: { uid: string }; region?: string };
    remediation: { references: string[] };
    unmapped: Record<string, unknown>;
  };

const events = () => JSON.parse(ocsf.render(result)) as Event[];

describe('ocsf report', () => {
  it(`validates against the OCSF ${OCSF_VERSION} Compliance Finding schema (every finding of the demo)`, () => {
    const all = events();
    expect(new Set(all.map((e) => e.compliance.status_code))).toEqual(new Set(['PASS', 'FAIL', 'ERROR']));
    expect(validate(all), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
  });

  it('the vendored schema has teeth: an attribute the class lacks, a wrong status or a missing compliance fails', () => {
    const [e] = events();
    for (const bad of [
      { ...e, status_code: 'FAIL', made_up: 1 },
      { ...e, compliance: { ...e!.compliance, status_id: 7 } },
      { ...e, status_id: 9 },
      { ...e, class_uid: 2004 },
      { ...e, metadata: { ...e!.metadata, version: '1.1.0' } },
      Object.fromEntries(Object.entries(e!).filter(([k]) => k !== 'compliance')),
      { ...e, resources: [{ region: 'us-east-1' }] },
    ]) expect(validate([bad]), JSON.stringify(bad).slice(0, 80)).toBe(false);
  });

  it('puts the verdict in compliance and keeps status for the workflow state', () => {
    const all = events();
    const caption = { PASS: [1, 'Pass'], FAIL: [3, 'Fail'], ERROR: [2, 'Warning'] } as const;
    result.findings.forEach((f, i) => {
      const e = all[i]!;
      expect([e.class_uid, e.type_uid]).toEqual([2003, 200301]);
      expect([e.compliance.status_id, e.compliance.status]).toEqual(caption[f.status]);
      expect(e.compliance.status_code).toBe(f.status);
      expect(e.compliance.checks[0]!.uid).toBe(f.checkId);
      expect(e.compliance.checks[0]!.status_id).toBe(caption[f.status][0]);
      // A pass is not "Resolved": srm-audit tracks no triage; muted means reviewed and accepted.
      expect([e.status_id, e.status]).toEqual(f.muted && f.status !== 'ERROR' ? [3, 'Suppressed'] : [1, 'New']);
    });
    const muted = all.find((e) => e.status === 'Suppressed')!;
    expect(muted.comment).toBe('Muted by secops: accepted (until 2030-01-01)');
    expect(muted.unmapped.mute).toEqual({ reason: 'accepted', by: 'secops', expires: '2030-01-01' });
  });

  it('names the standards and requirements from the framework files, and nothing under unmapped but what OCSF lacks', () => {
    const all = events();
    result.findings.forEach((f, i) => {
      const e = all[i]!;
      const reqs = Object.values(f.compliance).flat();
      expect(e.compliance.requirements ?? []).toHaveLength(reqs.length);
      expect(e.compliance.standards ?? []).toHaveLength(Object.keys(f.compliance).length);
      expect(e.compliance.control).toBe(f.title);
      expect(Object.keys(e.unmapped).sort()).toEqual(['scan_id', 'srm', ...(f.mute ? ['mute'] : []), ...(f.expiredMute ? ['expiredMute'] : [])].sort());
      expect(e.unmapped.srm).toEqual(f.srm);
    });
    const cis = all.find((_, i) => result.findings[i]!.compliance['cis-aws-foundations-3.0.0']?.length)!;
    const f = result.findings[all.indexOf(cis)]!;
    expect(cis.compliance.standards).toContain('CIS Amazon Web Services Foundations Benchmark v3.0.0');
    expect(cis.compliance.requirements).toContain(`CIS 3.0.0 ${f.compliance['cis-aws-foundations-3.0.0']![0]}`);
  });

  it('maps severity, resource, account, region, remediation and product faithfully', () => {
    const all = events();
    const sevId = { informational: 1, low: 2, medium: 3, high: 4, critical: 5 } as const;
    result.findings.forEach((f, i) => {
      const e = all[i]!;
      expect(e.finding_info.uid).toBe(f.id);
      // A passed control is informational; its check keeps the check's severity.
      expect(e.severity_id).toBe(f.status === 'PASS' ? 1 : sevId[f.severity]);
      expect(e.compliance.checks[0]!.severity_id).toBe(sevId[f.severity]);
      expect(e.resources[0]!.uid).toBe(f.resource.arn);
      expect(e.cloud.account.uid).toBe(f.account);
      expect(e.cloud.region).toBe(f.region === 'global' ? undefined : f.region);
      expect(e.remediation.references).toEqual([f.remediation.url]);
      expect(e.metadata.version).toBe(OCSF_VERSION);
      expect(e.metadata.product).toMatchObject({ name: 'srm-audit', version: result.tool.version });
    });
  });
});
