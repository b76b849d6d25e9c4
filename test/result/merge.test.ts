import { beforeAll, describe, expect, it } from 'vitest';
import { findingId } from '../../src/result/finding.js';
import { mergeResults, MergeError } from '../../src/result/merge.js';
import { summarize, validateResult, type ScanResult } from '../../src/result/result.js';
import { demoResult } from '../harness/demo-result.js';

let demo: ScanResult;
beforeAll(async () => {
  demo = await demoResult();
});

/** The demo result as if scanned in another account (findings, ids and ARNs rewritten). */
function asAccount(account: string, patch: Partial<ScanResult['scan']> = {}): ScanResult {
  const r = structuredClone(demo);
  const from = r.scan.accounts[0]!;
  r.findings = r.findings.map((f) => {
    const arn = f.resource.arn.replaceAll(from, account);
    return { ...f, account, resource: { ...f.resource, arn, id: f.resource.id.replaceAll(from, account) }, id: findingId(f.checkId, account, f.region, arn) };
  });
  r.summary = summarize(r.findings);
  r.scan = { ...r.scan, accounts: [account], errors: r.scan.errors.map((e) => ({ ...e, scope: e.scope.replaceAll(from, account) })), ...patch };
  return r;
}

const input = (result: ScanResult, source = `${result.scan.accounts.join('+')}.json`) => ({ source, result });

describe('merging shard results', () => {
  it('concatenates and sorts findings, recomputes the summary, unions scope, sums API calls', () => {
    const a = asAccount('222222222222', { startedAt: '2026-11-28T10:00:05.000Z', finishedAt: '2026-11-28T10:03:00.000Z', apiCalls: 10, apiCallsByOperation: { 'iam:ListUsers': 4, 's3:ListBuckets': 6 }, regions: ['eu-west-1'] });
    const b = asAccount('111111111111', { startedAt: '2026-11-28T10:00:01.000Z', finishedAt: '2026-11-28T10:02:00.000Z', apiCalls: 5, apiCallsByOperation: { 'iam:ListUsers': 5 }, regions: ['us-east-1', 'eu-west-1'] });
    const m = mergeResults([input(a), input(b)]);
    expect(validateResult(m)).toEqual([]);
    expect(m.scan.accounts).toEqual(['111111111111', '222222222222']);
    expect(m.scan.regions).toEqual(['eu-west-1', 'us-east-1']);
    expect(m.scan.startedAt).toBe('2026-11-28T10:00:01.000Z');
    expect(m.scan.finishedAt).toBe('2026-11-28T10:03:00.000Z');
    expect(m.scan.apiCalls).toBe(15);
    expect(m.scan.apiCallsByOperation).toEqual({ 'iam:ListUsers': 9, 's3:ListBuckets': 6 });
    expect(m.scan.mergedFrom).toEqual([a.scan.id, b.scan.id]);
    expect(m.scan.id).not.toBe(a.scan.id);
    expect(m.findings).toHaveLength(a.findings.length + b.findings.length);
    expect(m.summary.status.FAIL).toBe(a.summary.status.FAIL + b.summary.status.FAIL);
    expect(m.summary).toEqual(summarize(m.findings));
    // Sorted as a scan sorts: by check, then account.
    const firstCheck = m.findings.filter((f) => f.checkId === m.findings[0]!.checkId).map((f) => f.account);
    expect(firstCheck).toEqual([...firstCheck].sort());
    expect(m.scan.errors.length).toBe(a.scan.errors.length + b.scan.errors.length);
    expect(m.scan.errors.map((e) => e.scope)).toEqual(m.scan.errors.map((e) => e.scope).sort());
    // The shards ran the same checks: their descriptions carry over for reports (SARIF rules).
    expect(m.scan.checkInfo).toEqual(a.scan.checkInfo);
    expect(Object.keys(m.scan.checkInfo ?? {}).sort()).toEqual(m.scan.checks);
  });

  it('gives the same result whatever the input order (up to the new scan id and provenance)', () => {
    const a = asAccount('222222222222');
    const b = asAccount('111111111111');
    const c = asAccount('333333333333');
    const strip = (r: ScanResult) => ({ ...r, scan: { ...r.scan, id: '', mergedFrom: [] } });
    expect(strip(mergeResults([input(a), input(b), input(c)]))).toEqual(strip(mergeResults([input(c), input(a), input(b)])));
  });

  it('keeps the identity only when every shard scanned as the same identity', () => {
    const same = { identity: 'arn:aws:iam::111111111111:user/auditor' };
    expect(mergeResults([input(asAccount('111111111111', same)), input(asAccount('222222222222', same))]).scan.identity).toBe(same.identity);
    expect(mergeResults([input(asAccount('111111111111', same)), input(asAccount('222222222222', { identity: 'arn:aws:iam::222222222222:user/x' }))]).scan).not.toHaveProperty('identity');
  });

  it('sums suppression matches across shards', () => {
    const sup = (matched: number) => ({ suppressions: [{ checkId: 'iam.x', resource: '*', reason: 'r', by: 'me', status: 'active' as const, matched }] });
    const m = mergeResults([input(asAccount('111111111111', sup(2))), input(asAccount('222222222222', sup(3)))]);
    expect(m.scan.suppressions).toEqual([{ checkId: 'iam.x', resource: '*', reason: 'r', by: 'me', status: 'active', matched: 5 }]);
  });

  it('is incomplete when a shard has an unmuted ERROR or was interrupted, and complete otherwise', () => {
    const clean = (account: string) => {
      const r = asAccount(account);
      r.findings = r.findings.filter((f) => f.status !== 'ERROR');
      r.summary = summarize(r.findings);
      r.scan.incomplete = false;
      return r;
    };
    expect(mergeResults([input(clean('111111111111')), input(clean('222222222222'))]).scan.incomplete).toBe(false);
    const stopped = clean('222222222222');
    stopped.scan.incomplete = true;
    stopped.scan.interrupted = 'interrupted by SIGTERM';
    const m = mergeResults([input(clean('111111111111')), input(stopped)]);
    expect(m.scan).toMatchObject({ incomplete: true, interrupted: 'interrupted by SIGTERM' });
    expect(mergeResults([input(asAccount('111111111111')), input(clean('222222222222'))]).scan.incomplete).toBe(demo.findings.some((f) => f.status === 'ERROR' && !f.muted));
  });

  it('refuses overlapping accounts, naming the account and both inputs', () => {
    const a = asAccount('111111111111');
    expect(() => mergeResults([input(a, 'one.json'), input(asAccount('222222222222')), input(structuredClone(a), 'two.json')])).toThrow(
      new MergeError('account 111111111111 is in both one.json and two.json: merge the results of different shards of one scan, each once'),
    );
  });

  it('refuses different check sets, tool versions and modes', () => {
    const a = asAccount('111111111111');
    const fewer = asAccount('222222222222', { checks: demo.scan.checks.slice(1) });
    expect(() => mergeResults([input(a, 'a.json'), input(fewer, 'b.json')])).toThrow(new RegExp(`^b.json ran other checks than a.json \\(-${demo.scan.checks[0]!.replace('.', '\\.')}\\): run every shard with the same check selection$`));
    const older = asAccount('222222222222');
    older.tool = { ...older.tool, version: '0.0.1' };
    expect(() => mergeResults([input(a, 'a.json'), input(older, 'b.json')])).toThrow(`b.json was written by srm-audit 0.0.1, a.json by ${demo.tool.version}: run every shard with the same version`);
    const live = asAccount('222222222222', { mode: demo.scan.mode === 'live' ? 'snapshot' : 'live' });
    expect(() => mergeResults([input(a, 'a.json'), input(live, 'b.json')])).toThrow(MergeError);
    expect(() => mergeResults([])).toThrow(MergeError);
  });

  it('accepts the same checks in another order', () => {
    const b = asAccount('222222222222', { checks: [...demo.scan.checks].reverse() });
    expect(mergeResults([input(asAccount('111111111111')), input(b)]).scan.checks).toEqual([...demo.scan.checks].sort());
  });
});
