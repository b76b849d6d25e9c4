import { beforeAll, describe, expect, it } from 'vitest';
import { demoResult } from '../harness/demo-result.js';
import { asffValidator, firstErrors } from '../harness/interop-schemas.js';
import asff, { BATCH_SIZE, clip, homeRegion, MAX_FINDING_BYTES, toAsff, toAsffBatches, type AsffBatch } from '../../reports/asff.js';
import { ASFF_RESOURCE_TYPE, asffResourceType } from '../../reports/asff/resource-types.js';
import { RESOURCE_SERVICE_MODEL } from '../../src/srm/service-models.js';
import type { Finding } from '../../src/result/finding.js';
import type { ScanResult } from '../../src/result/result.js';

let demo: ScanResult;
beforeAll(async () => {
  demo = await demoResult();
});

const parse = (r: ScanResult) => JSON.parse(asff.render(r)) as AsffBatch[];
const all = (batches: AsffBatch[]) => batches.flatMap((b) => b.Findings);

/** The demo with one muted FAIL and one ERROR for a whole scope, as a denied scan would give. */
function withMutedAndError(): ScanResult {
  const r = structuredClone(demo);
  const fail = r.findings.find((f) => f.status === 'FAIL')!;
  fail.muted = true;
  fail.mute = { reason: 'accepted risk', by: 'secops', expires: '2099-01-01' };
  const error: Finding = {
    ...structuredClone(fail),
    id: 'e'.repeat(32),
    status: 'ERROR',
    muted: false,
    mute: undefined,
    message: 'Could not evaluate: iam:GetAccountAuthorizationDetails was denied (AccessDenied)',
    resource: { arn: `arn:aws:iam::${fail.account}:*`, type: 'AWS::::Account', id: `${fail.account}/global` },
    region: 'global',
    evidence: {},
  };
  delete error.mute;
  r.findings.push(error);
  r.scan.incomplete = true;
  return r;
}

describe('asff report', () => {
  it('is valid against the ASFF requirements and limits, batches included', () => {
    const validate = asffValidator();
    const batches = parse(withMutedAndError());
    expect(validate(batches), firstErrors(validate)).toBe(true);
  });

  it('the schema check can fail: an over-long title, a 101-finding batch and a bad status are caught', () => {
    const validate = asffValidator();
    const batches = parse(demo);
    const long = structuredClone(batches);
    long[0]!.Findings[0]!.Title = 'x'.repeat(257);
    expect(validate(long)).toBe(false);
    const big = [{ Findings: Array.from({ length: 101 }, () => batches[0]!.Findings[0]!) }];
    expect(validate(big)).toBe(false);
    const bad = structuredClone(batches) as unknown as { Findings: { Compliance: { Status: string } }[] }[];
    bad[0]!.Findings[0]!.Compliance.Status = 'PASS';
    expect(validate(bad)).toBe(false);
  });

  it('converts every demo finding within the limits: ≤ 32 KiB each, ≤ 100 a batch, one account and region a batch', () => {
    const batches = parse(demo);
    expect(all(batches)).toHaveLength(demo.findings.length);
    for (const b of batches) {
      expect(b.Findings.length).toBeGreaterThan(0);
      expect(b.Findings.length).toBeLessThanOrEqual(BATCH_SIZE);
      // BatchImportFindings with the default product: the caller is the finding's account, in the ProductArn's region.
      expect(new Set(b.Findings.map((f) => f.ProductArn)).size).toBe(1);
      for (const f of b.Findings) {
        expect(Buffer.byteLength(JSON.stringify(f))).toBeLessThanOrEqual(MAX_FINDING_BYTES);
        expect(f.ProductArn).toBe(`arn:aws:securityhub:${f.ProductArn.split(':')[3]}:${f.AwsAccountId}:product/${f.AwsAccountId}/default`);
      }
    }
    expect(new Set(all(batches).map((f) => f.Id)).size).toBe(demo.findings.length);
  });

  it('maps status, severity, resource type, region and requirements faithfully', () => {
    const r = withMutedAndError();
    const home = homeRegion(r);
    const byId = new Map(all(parse(r)).map((f) => [f.ProductFields['srm-audit/FindingId'], f]));
    for (const f of r.findings) {
      const a = byId.get(f.id)!;
      expect(a.Compliance.Status).toBe({ PASS: 'PASSED', FAIL: 'FAILED', ERROR: 'NOT_AVAILABLE' }[f.status]);
      expect(a.Severity.Label).toBe(f.status === 'PASS' ? 'INFORMATIONAL' : f.severity.toUpperCase());
      expect(a.Severity.Original).toBe(f.severity);
      expect(a.FindingProviderFields.Severity).toEqual(a.Severity);
      expect(a.AwsAccountId).toBe(f.account);
      expect(a.Resources).toHaveLength(1);
      expect(a.Resources[0]!.Id).toBe(f.resource.arn);
      expect(a.Resources[0]!.Type).toBe(ASFF_RESOURCE_TYPE[f.resource.type] ?? 'Other');
      expect(a.Resources[0]!.Region).toBe(f.region === 'global' ? undefined : f.region);
      expect(a.ProductArn.split(':')[3]).toBe(f.region === 'global' ? home : f.region);
      const expected = Object.entries(f.compliance).sort(([x], [y]) => x.localeCompare(y)).flatMap(([fw, ids]) => ids.map((id) => `${fw}/${id}`));
      expect(a.Compliance.RelatedRequirements ?? []).toEqual(expected);
      expect(a.Workflow?.Status).toBe(f.muted ? 'SUPPRESSED' : undefined);
      expect(a.ProductFields['srm-audit/SrmDuty']).toBe(f.srm.duty);
      expect(a.ProductFields['srm-audit/SrmOwner']).toBe(f.srm.owner);
    }
    const cis = all(parse(r)).find((a) => a.Compliance.RelatedRequirements?.some((q) => q.startsWith('cis-aws-foundations-')));
    expect(cis?.Types).toContain('Software and Configuration Checks/Industry and Regulatory Standards/CIS AWS Foundations Benchmark');
    const error = byId.get('e'.repeat(32))!;
    expect(error.Resources[0]).toMatchObject({ Type: 'AwsAccount', Partition: 'aws' });
  });

  it('keeps the CloudFormation type of a resource ASFF has no type for', () => {
    const f = structuredClone(demo.findings[0]!);
    f.resource = { arn: 'arn:aws:logs:us-east-1:123456789012:log-group:app', type: 'AWS::Logs::LogGroup', id: 'app' };
    const a = toAsff(f, demo, 'us-east-1');
    expect(a.Resources[0]).toEqual({ Type: 'Other', Id: f.resource.arn, Partition: 'aws', Region: f.region === 'global' ? undefined : f.region, Details: { Other: { cloudFormationType: 'AWS::Logs::LogGroup', resourceId: 'app' } } });
  });

  it('has an ASFF type or a deliberate Other for each resource type checks declare', () => {
    const typed = Object.keys(RESOURCE_SERVICE_MODEL).filter((t) => asffResourceType(t) !== 'Other');
    // Most declared types have an ASFF counterpart; the rest (log groups, config recorders, …) are Other on purpose.
    expect(typed.length).toBeGreaterThan(Object.keys(RESOURCE_SERVICE_MODEL).length * 0.7);
    for (const t of Object.values(ASFF_RESOURCE_TYPE)) expect(t).toMatch(/^Aws[A-Za-z0-9]+$/);
    expect(asffResourceType('toString')).toBe('Other');
  });

  it('keeps a hostile finding within every limit: long text clipped, evidence shed, controls stripped, ≤ 32 requirements', () => {
    const f = structuredClone(demo.findings.find((x) => x.status === 'FAIL')!);
    f.title = 'T'.repeat(400);
    f.message = `evil\u202Egpj.exe \u001b[31m ${'😀'.repeat(2000)}`;
    f.remediation = { ...f.remediation, text: 'R'.repeat(2000), cli: 'c'.repeat(5000), console: 'k'.repeat(3000) };
    f.evidence = { blob: 'x'.repeat(100_000) };
    f.compliance = { 'nist-800-53-r5': Array.from({ length: 40 }, (_, i) => `AC-${i + 1}`) };
    f.muted = true;
    f.mute = { reason: 'ü'.repeat(3000), by: 'secops' };
    const a = toAsff(f, demo, 'us-east-1');
    expect(asffValidator()([{ Findings: [a] }]), firstErrors(asffValidator())).toBe(true);
    expect(Buffer.byteLength(JSON.stringify(a))).toBeLessThanOrEqual(MAX_FINDING_BYTES);
    expect(a.Title).toHaveLength(256);
    expect(a.Title.endsWith('…')).toBe(true);
    expect(a.Description.length).toBeLessThanOrEqual(1024);
    expect(a.Description).toContain('evil<U+202E>gpj.exe');
    expect(a.Description).not.toContain('\u001b');
    expect(a.Remediation.Recommendation.Text.length).toBeLessThanOrEqual(512);
    expect(a.Compliance.RelatedRequirements).toHaveLength(32);
    expect(a.ProductFields['srm-audit/RelatedRequirementsOmitted']).toBe('8');
    expect(a.ProductFields['srm-audit/Evidence']).toBeUndefined();
    expect(a.ProductFields['srm-audit/EvidenceOmitted']).toMatch(/^\d+ characters/);
    expect(a.Types).toContain('Software and Configuration Checks/Industry and Regulatory Standards/NIST 800-53 Controls (USA)');
  });

  it('sheds optional fields, evidence first, when three-byte text would take a finding past 32 KiB', () => {
    const f = structuredClone(demo.findings.find((x) => x.status === 'FAIL')!);
    const wide = '中'.repeat(2040);
    f.message = wide;
    f.remediation = { ...f.remediation, text: wide, cli: wide, console: wide };
    f.evidence = { note: '中'.repeat(2000) };
    f.muted = true;
    f.mute = { reason: wide, by: wide };
    const a = toAsff(f, demo, 'us-east-1');
    expect(Buffer.byteLength(JSON.stringify(a))).toBeLessThanOrEqual(MAX_FINDING_BYTES);
    expect(a.ProductFields['srm-audit/FieldsOmitted']).toBe('size');
    expect(a.ProductFields['srm-audit/Evidence']).toBeUndefined();
    // Only what had to go went: the finding's facts and SRM tags stay.
    expect(a.ProductFields['srm-audit/SrmDuty']).toBe(f.srm.duty);
    expect(a.Description).toHaveLength(1024);
    expect(asffValidator()([{ Findings: [a] }]), firstErrors(asffValidator())).toBe(true);
  });

  it('still fits 32 KiB when what is left is long many-byte text: the message is cut further', () => {
    const f = structuredClone(demo.findings.find((x) => x.status === 'FAIL')!);
    const wide = '中'.repeat(2040);
    f.title = wide;
    f.message = wide;
    f.remediation = { ...f.remediation, text: wide };
    // Longer than any AWS ARN (2,048 characters): only a damaged or hand-made snapshot gets here.
    f.resource = { arn: `arn:aws:logs:us-east-1:123456789012:log-group:${'中'.repeat(4800)}`, type: `AWS::Logs::${'中'.repeat(2000)}`, id: wide };
    const a = toAsff(f, demo, 'us-east-1');
    expect(Buffer.byteLength(JSON.stringify(a))).toBeLessThanOrEqual(MAX_FINDING_BYTES);
    expect(a.Description.length).toBeLessThan(1024);
    expect(a.Description.endsWith('…')).toBe(true);
    expect(asffValidator()([{ Findings: [a] }]), firstErrors(asffValidator())).toBe(true);
  });

  it('gives the same Id to the same finding in a later scan, so Security Hub updates it', () => {
    const later = structuredClone(demo);
    later.scan.id = 'another-scan';
    later.scan.finishedAt = '2030-01-01T00:00:00.000Z';
    const ids = (r: ScanResult) => all(toAsffBatches(r)).map((f) => f.Id).sort();
    expect(ids(later)).toEqual(ids(demo));
    expect(all(toAsffBatches(later))[0]!.UpdatedAt).toBe('2030-01-01T00:00:00.000Z');
  });

  it.each([
    [['eu-west-1', 'us-east-1'], 'us-east-1'],
    [['eu-west-1', 'ap-south-1'], 'ap-south-1'],
    [[], 'us-east-1'],
  ])('imports global findings of a scan of %j into %s', (regions, home) => {
    const r = structuredClone(demo);
    r.scan.regions = regions;
    expect(homeRegion(r)).toBe(home);
  });

  it.each([
    ['short', 10, 'short'],
    ['abcdefghij', 5, 'abcd…'],
    ['ab😀cd', 4, 'ab…'],
  ])('clip(%j, %d) = %j', (text, max, out) => {
    expect(clip(text, max)).toBe(out);
    expect(clip(text, max).length).toBeLessThanOrEqual(max);
  });
});
