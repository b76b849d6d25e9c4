import { beforeAll, describe, expect, it } from 'vitest';
import { demoResult } from '../harness/demo-result.js';
import { firstErrors, sarifSchema, sarifValidator } from '../harness/interop-schemas.js';
import sarif, { FINGERPRINT_KEY, ruleName, SARIF_SCHEMA } from '../../reports/sarif.js';
import type { Finding } from '../../src/result/finding.js';
import type { ScanResult } from '../../src/result/result.js';

let demo: ScanResult;
beforeAll(async () => {
  demo = await demoResult();
});

interface Rule { id: string; name: string; shortDescription?: { text: string }; fullDescription?: { text: string }; help?: { text: string; markdown: string }; helpUri?: string; defaultConfiguration?: { level: string }; properties: Record<string, unknown> }
interface Result { ruleId: string; ruleIndex: number; kind: string; level: string; message: { text: string }; locations: { logicalLocations: { name: string; fullyQualifiedName: string; kind: string }[] }[]; partialFingerprints: Record<string, string>; suppressions?: { kind: string; status: string; justification: string }[]; properties: { findingId: string } }
interface Notification { level: string; message: { text: string }; descriptor: { id: string }; associatedRule?: { id: string; index: number }; locations?: Result['locations']; properties?: { findingId: string } }
interface Log {
  $schema: string;
  version: string;
  runs: { tool: { driver: { name: string; rules: Rule[] } }; automationDetails: { id: string }; invocations: { executionSuccessful: boolean; toolExecutionNotifications: Notification[] }[]; results: Result[] }[];
}

const parse = (r: ScanResult) => JSON.parse(sarif.render(r)) as Log;

/** The demo with one muted FAIL, one ERROR finding and an interruption. */
function withMutedErrorInterrupted(): ScanResult {
  const r = structuredClone(demo);
  const fail = r.findings.find((f) => f.status === 'FAIL')!;
  fail.muted = true;
  fail.mute = { reason: 'accepted risk', by: 'secops', expires: '2099-01-01' };
  const { mute: _m, ...rest } = structuredClone(fail);
  const error: Finding = {
    ...rest,
    id: 'e'.repeat(32),
    status: 'ERROR',
    muted: false,
    message: 'Could not evaluate: iam:GetAccountAuthorizationDetails was denied (AccessDenied)',
    resource: { arn: `arn:aws:iam::${fail.account}:*`, type: 'AWS::::Account', id: `${fail.account}/global` },
  };
  r.findings.push(error);
  r.scan.incomplete = true;
  r.scan.interrupted = 'SIGINT';
  return r;
}

describe('sarif report', () => {
  it('is valid against the official SARIF 2.1.0 schema', () => {
    const validate = sarifValidator();
    for (const r of [demo, withMutedErrorInterrupted()]) expect(validate(parse(r)), firstErrors(validate)).toBe(true);
    expect(parse(demo).$schema).toBe(SARIF_SCHEMA);
  });

  it('the schema check can fail: a bad level, a missing message and a wrong version are caught', () => {
    const validate = sarifValidator();
    const log = parse(demo);
    const badLevel = structuredClone(log);
    badLevel.runs[0]!.results[0]!.level = 'critical';
    expect(validate(badLevel)).toBe(false);
    const noMessage = structuredClone(log) as unknown as { runs: { results: Record<string, unknown>[] }[] };
    delete noMessage.runs[0]!.results[0]!.message;
    expect(validate(noMessage)).toBe(false);
    expect(validate({ ...log, version: '2.0.0' })).toBe(false);
  });

  it('compiles the draft-04 schema faithfully: only the root id, local refs, no keyword whose meaning changed', () => {
    const text = JSON.stringify(sarifSchema());
    expect(sarifSchema().$schema).toBe('http://json-schema.org/draft-04/schema#');
    expect(text).not.toMatch(/"exclusive(Minimum|Maximum)"/);
    expect([...text.matchAll(/"\$ref":"([^"]*)"/g)].every(([, ref]) => ref!.startsWith('#/definitions/'))).toBe(true);
  });

  it('has one rule per check run, with help, remediation and the SRM tags; results point at their rule', () => {
    const log = parse(demo);
    const run = log.runs[0]!;
    const rules = run.tool.driver.rules;
    expect(rules.map((r) => r.id)).toEqual([...demo.scan.checks].sort());
    for (const f of demo.findings) {
      const rule = rules.find((r) => r.id === f.checkId)!;
      expect(rule.name).toBe(ruleName(f.checkId));
      expect(rule.shortDescription?.text).toBe(f.title);
      expect(rule.fullDescription?.text).toContain(demo.scan.checkInfo![f.checkId]!.description);
      expect(rule.fullDescription?.text).toContain(f.srm.duty);
      expect(rule.help?.text).toContain(f.remediation.text);
      expect(rule.helpUri).toBe(f.remediation.url);
      expect(rule.properties).toMatchObject({ severity: f.severity, duty: f.srm.duty, layer: f.srm.layer, owner: f.srm.owner, serviceModel: f.srm.serviceModel });
      expect(rule.defaultConfiguration?.level).toBe({ critical: 'error', high: 'error', medium: 'warning', low: 'note', informational: 'note' }[f.severity]);
    }
    const fails = demo.findings.filter((f) => f.status === 'FAIL');
    expect(run.results).toHaveLength(fails.length);
    for (const res of run.results) {
      expect(rules[res.ruleIndex]!.id).toBe(res.ruleId);
      expect(res.kind).toBe('fail');
      const f = fails.find((x) => x.id === res.properties.findingId)!;
      expect(res.locations[0]!.logicalLocations[0]).toMatchObject({ fullyQualifiedName: f.resource.arn, kind: 'resource' });
      expect(res.level).toBe(rules[res.ruleIndex]!.defaultConfiguration!.level);
    }
    expect(run.invocations[0]!.executionSuccessful).toBe(!demo.scan.incomplete);
  });

  it('describes every check run, those that looked at no resource too, from the result\'s checkInfo', () => {
    const rules = parse(demo).runs[0]!.tool.driver.rules;
    const idle = demo.scan.checks.filter((id) => !demo.findings.some((f) => f.checkId === id));
    expect(idle.length).toBeGreaterThan(0);
    for (const id of idle) {
      const info = demo.scan.checkInfo![id]!;
      expect(rules.find((r) => r.id === id)).toMatchObject({ shortDescription: { text: info.title }, helpUri: info.remediation.url, properties: { severity: info.severity, duty: info.srm.duty } });
    }
  });

  it('still renders a result written before checkInfo: rules from the findings, an idle check by its id', () => {
    const old = structuredClone(demo);
    delete old.scan.checkInfo;
    const log = parse(old);
    expect(sarifValidator()(log), firstErrors(sarifValidator())).toBe(true);
    const rules = log.runs[0]!.tool.driver.rules;
    const f = demo.findings[0]!;
    expect(rules.find((r) => r.id === f.checkId)).toMatchObject({ shortDescription: { text: f.title }, properties: { severity: f.severity } });
    const idle = demo.scan.checks.find((id) => !demo.findings.some((x) => x.checkId === id))!;
    expect(rules.find((r) => r.id === idle)).toEqual({ id: idle, name: ruleName(idle), properties: { findings: 0 } });
  });

  it('reports ERROR findings as tool execution notifications, muted failures as accepted suppressions', () => {
    const r = withMutedErrorInterrupted();
    const run = parse(r).runs[0]!;
    expect(run.invocations[0]!.executionSuccessful).toBe(false);
    const notes = run.invocations[0]!.toolExecutionNotifications;
    expect(notes.filter((n) => n.descriptor.id === 'could-not-evaluate')).toHaveLength(r.findings.filter((f) => f.status === 'ERROR').length);
    const error = notes.find((n) => n.properties?.findingId === 'e'.repeat(32))!;
    expect(error.message.text).toContain('iam:GetAccountAuthorizationDetails');
    expect(run.tool.driver.rules[error.associatedRule!.index]!.id).toBe(error.associatedRule!.id);
    expect(error.locations![0]!.logicalLocations[0]!.fullyQualifiedName).toMatch(/^arn:aws:iam::\d{12}:\*$/);
    expect(notes.find((n) => n.descriptor.id === 'interrupted')?.message.text).toContain('SIGINT');
    expect(run.results.some((x) => x.properties.findingId === 'e'.repeat(32))).toBe(false);
    const muted = r.findings.find((f) => f.muted)!;
    const suppressed = run.results.find((x) => x.properties.findingId === muted.id)!;
    expect(suppressed.suppressions).toEqual([{ kind: 'external', status: 'accepted', justification: 'accepted risk (by secops, until 2099-01-01)' }]);
    expect(run.results.filter((x) => x.suppressions)).toHaveLength(1);
  });

  it('carries the warnings of a re-read result that disagreed with its findings', () => {
    const log = JSON.parse(sarif.render(demo, ['the stored summary counts 0 FAIL'])) as Log;
    expect(sarifValidator()(log), firstErrors(sarifValidator())).toBe(true);
    const notes = log.runs[0]!.invocations[0]!.toolExecutionNotifications.filter((n) => n.descriptor.id === 'result-recomputed');
    expect(notes).toEqual([{ level: 'warning', message: { text: 'the stored summary counts 0 FAIL' }, descriptor: { id: 'result-recomputed' } }]);
  });

  it('gives a failure the same fingerprint in every scan, and different failures different ones', () => {
    const later = structuredClone(demo);
    later.scan.id = 'another-scan';
    later.scan.startedAt = later.scan.finishedAt = '2030-01-01T00:00:00.000Z';
    later.findings.reverse();
    const prints = (r: ScanResult) => new Map(parse(r).runs[0]!.results.map((x) => [`${x.ruleId} ${x.locations[0]!.logicalLocations[0]!.fullyQualifiedName}`, x.partialFingerprints[FINGERPRINT_KEY]]));
    const a = prints(demo);
    expect(prints(later)).toEqual(a);
    expect(new Set(a.values()).size).toBe(a.size);
    expect(parse(later).runs[0]!.automationDetails.id).toBe('srm-audit/another-scan');
  });

  it('keeps AWS text inert: control characters stripped, bidi shown, Markdown help escaped', () => {
    const r = structuredClone(demo);
    const f = r.findings.find((x) => x.status === 'FAIL')!;
    f.message = 'bucket evil\u202Egpj.exe \u001b[31m';
    f.resource.id = 'x\u0007y';
    const info = r.scan.checkInfo![f.checkId]!;
    info.remediation = { ...info.remediation, text: '<img src=x onerror=alert(1)> [click](http://evil)' };
    const run = parse(r).runs[0]!;
    const res = run.results.find((x) => x.properties.findingId === f.id)!;
    expect(res.message.text).toBe('bucket evil<U+202E>gpj.exe [31m');
    expect(res.locations[0]!.logicalLocations[0]!.name).toBe('xy');
    const rule = run.tool.driver.rules.find((x) => x.id === f.checkId)!;
    expect(rule.help!.markdown).toContain('\\<img');
    expect(rule.help!.markdown).not.toMatch(/(^|[^\\])<img/);
    expect(rule.help!.markdown).not.toContain('](http://evil)');
  });

  it.each([
    ['s3.bucket-secure-transport', 'S3BucketSecureTransport'],
    ['iam.root-mfa-enabled', 'IamRootMfaEnabled'],
  ])('ruleName(%j) = %j', (id, name) => {
    expect(ruleName(id)).toBe(name);
  });
});
