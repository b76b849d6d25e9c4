import { beforeAll, describe, expect, it } from 'vitest';
import { compareWithBaseline, expiredSince, failingByDuty, newFailuresOf, trendPoint } from '../../src/result/baseline.js';
import { summarize, validateResult, type ScanResult } from '../../src/result/result.js';
import { exitCodeOnNew } from '../../src/cli/baseline.js';
import { exitCodeOf } from '../../src/cli/scan.js';
import { demoResult } from '../harness/demo-result.js';

let demo: ScanResult;
beforeAll(async () => {
  demo = await demoResult();
});

const SHA = 'a'.repeat(64);

/** The demo result with some findings' statuses flipped, as a later scan. */
function later(flip: Record<string, 'PASS' | 'FAIL'>, patch: Partial<ScanResult['scan']> = {}): ScanResult {
  const r = structuredClone(demo);
  r.findings = r.findings.map((f) => (flip[f.id] ? { ...f, status: flip[f.id]! } : f));
  r.summary = summarize(r.findings);
  r.scan = { ...r.scan, id: 'later-scan', startedAt: '2099-01-01T00:00:00.000Z', ...patch };
  return r;
}

const openFail = (r: ScanResult) => r.findings.find((f) => f.status === 'FAIL' && !f.muted)!;
const aPass = (r: ScanResult) => r.findings.find((f) => f.status === 'PASS')!;

describe('comparing a scan with its baseline', () => {
  it('names the planted new failure and the resolved one, counts the rest as still failing, and validates', () => {
    const fixed = openFail(demo);
    const broken = aPass(demo);
    const now = later({ [fixed.id]: 'PASS', [broken.id]: 'FAIL' });
    const b = compareWithBaseline({ location: 'out/run-1', manifestSha256: SHA, result: demo }, now, []);
    expect(b.newFailures.map((f) => f.id)).toEqual([broken.id]);
    expect(b.resolved).toEqual([expect.objectContaining({ id: fixed.id, why: 'pass', checkId: fixed.checkId, duty: fixed.srm.duty })]);
    expect(b.counts.stillFailing).toBe(demo.findings.filter((f) => f.status === 'FAIL' && !f.muted).length - 1);
    expect(b.counts.newFailures).toBe(1);
    expect(b).toMatchObject({ location: 'out/run-1', scanId: demo.scan.id, manifestSha256: SHA });
    expect(validateResult({ ...now, scan: { ...now.scan, baseline: b } })).toEqual([]);
  });

  it('without a change, nothing is new and nothing resolved', () => {
    const b = compareWithBaseline({ location: 'x', manifestSha256: SHA, result: demo }, later({}), []);
    expect(b.counts).toMatchObject({ newFailures: 0, resolved: 0, newErrors: 0, nowError: 0 });
  });

  it('the trend is the earlier runs oldest first with the baseline included once, this scan last', () => {
    const now = later({});
    const older = { ...trendPoint(demo), scanId: 'older', startedAt: '2000-01-01T00:00:00.000Z' };
    const b = compareWithBaseline({ location: 'x', manifestSha256: SHA, result: demo }, now, [trendPoint(demo), older]);
    expect(b.trend.map((p) => p.scanId)).toEqual(['older', demo.scan.id, 'later-scan']);
    // Baseline outside the output folder: still a point.
    expect(compareWithBaseline({ location: 'x', manifestSha256: SHA, result: demo }, now, []).trend.map((p) => p.scanId)).toEqual([demo.scan.id, 'later-scan']);
    const failing = failingByDuty(demo);
    const total = Object.values(failing).reduce((n, x) => n + (x ?? 0), 0);
    expect(total).toBe(demo.summary.status.FAIL);
  });

  it('a suppression active in the baseline and expired now is listed; one already expired then is not', () => {
    const s = { checkId: 'iam.x', resource: 'r', reason: 'because', by: 'me', expires: '2026-01-01', matched: 2 };
    const before = { ...demo, scan: { ...demo.scan, suppressions: [{ ...s, status: 'active' as const }, { ...s, resource: 'old', status: 'expired' as const }] } };
    const after = { ...demo, scan: { ...demo.scan, suppressions: [{ ...s, status: 'expired' as const }, { ...s, resource: 'old', status: 'expired' as const }, { ...s, resource: 'none', status: 'expired' as const, matched: 0 }] } };
    expect(expiredSince(before, after)).toEqual([{ checkId: 'iam.x', resource: 'r', expires: '2026-01-01', matched: 2 }]);
  });
});

describe('--fail-on-new', () => {
  it('exits 1 only for a new failure at or above --fail-on; every open failure counts when there is no baseline', () => {
    const broken = aPass(demo);
    const now = later({ [broken.id]: 'FAIL' }, { incomplete: false });
    const withB = { ...now, scan: { ...now.scan, baseline: compareWithBaseline({ location: 'x', manifestSha256: SHA, result: demo }, now, []) } };
    const same = later({}, { incomplete: false });
    const sameB = { ...same, scan: { ...same.scan, baseline: compareWithBaseline({ location: 'x', manifestSha256: SHA, result: demo }, same, []) } };
    expect(exitCodeOnNew(withB, 'low', exitCodeOf(withB, 'none'))).toBe(1);
    expect(exitCodeOnNew(sameB, 'low', exitCodeOf(sameB, 'none'))).toBe(0);
    // Above the new failure's severity: not a reason to fail.
    const above = broken.severity === 'critical' ? 'none' : 'critical';
    expect(exitCodeOnNew(withB, above, exitCodeOf(withB, 'none'))).toBe(0);
    // No baseline: nothing is known to be old.
    expect(newFailuresOf(same).length).toBe(same.summary.status.FAIL);
    expect(exitCodeOnNew(same, 'low', exitCodeOf(same, 'none'))).toBe(1);
  });

  it('an incomplete scan stays 3 unless --ignore-exit-code-3', () => {
    const now = later({}, { incomplete: true });
    const b = { ...now, scan: { ...now.scan, baseline: compareWithBaseline({ location: 'x', manifestSha256: SHA, result: demo }, now, []) } };
    expect(exitCodeOnNew(b, 'low', exitCodeOf(b, 'none'))).toBe(3);
    expect(exitCodeOnNew(b, 'low', exitCodeOf(b, 'none', true))).toBe(0);
  });
});
