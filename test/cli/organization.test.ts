import { mkdir, mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { UsageError } from '../../src/util/errors.js';
import { organizationOf, shardOfFlag } from '../../src/cli/scan.js';
import { validateConfig } from '../../src/config/config.js';
import { findingId } from '../../src/result/finding.js';
import { buildManifest, fileDigest, verifyRunDir } from '../../src/output/manifest.js';
import { summarize, validateResult, type ScanResult } from '../../src/result/result.js';
import { demoResult } from '../harness/demo-result.js';
import { cli } from '../harness/cli.js';

let dir: string;
let demo: ScanResult;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'srm-cli-org-'));
  demo = await demoResult();
});
afterEach(() => vi.restoreAllMocks());


describe('organization options', () => {
  it('is off without --organization or the config key, and the --org-* options then say so', () => {
    expect(organizationOf({}, {})).toBeUndefined();
    expect(organizationOf({}, { organization: { enabled: false, roleName: 'X' } })).toBeUndefined();
    expect(() => organizationOf({ orgExcludeAccounts: ['111122223333'] }, {})).toThrow(new UsageError('the --org-* options need --organization (or the config key "organization")'));
  });

  it('defaults the role to OrganizationAccountAccessRole; flags override the config and extend its selectors', () => {
    expect(organizationOf({ organization: true }, {})).toEqual({ roleName: 'OrganizationAccountAccessRole' });
    const config = validateConfig({ organization: { roleName: 'Cfg', externalId: 'cfg-ext', include: { ous: ['ou-ab12-cd34ef56'] }, exclude: { accounts: ['111122223333'], tags: ['srm-audit=skip'] } } });
    expect(organizationOf({}, config)).toEqual({ roleName: 'Cfg', externalId: 'cfg-ext', include: { ous: ['ou-ab12-cd34ef56'] }, exclude: { accounts: ['111122223333'], tags: ['srm-audit=skip'] } });
    expect(organizationOf({ orgRoleName: 'Flag', orgExcludeAccounts: ['444455556666'], orgIncludeAccounts: ['777788889999'] }, config)).toEqual({
      roleName: 'Flag',
      externalId: 'cfg-ext',
      include: { accounts: ['777788889999'], ous: ['ou-ab12-cd34ef56'] },
      exclude: { accounts: ['111122223333', '444455556666'], tags: ['srm-audit=skip'] },
    });
  });

  it('rejects bad selector values and role names with one sentence', () => {
    expect(() => organizationOf({ organization: true, orgIncludeAccounts: ['1234'] }, {})).toThrow(/organization include: account "1234" is not a 12-digit AWS account id/);
    expect(() => organizationOf({ organization: true, orgExcludeOus: ['Sandbox'] }, {})).toThrow(UsageError);
    expect(() => organizationOf({ organization: true, orgRoleName: 'has space' }, {})).toThrow(/is not an IAM role name/);
  });

  it('validates the config key "organization" with the schema', () => {
    expect(() => validateConfig({ organization: { roleName: 'R', include: { accounts: ['12'] } } }, 'c.json')).toThrow(/c\.json: key "organization\.include\.accounts\[0\]" must be a 12-digit AWS account id/);
    expect(() => validateConfig({ organization: { rolename: 'R' } }, 'c.json')).toThrow(/unknown key "organization\.rolename" \(did you mean "roleName"\?\)/);
  });

  it('parses --shard and turns a bad one into a usage error', () => {
    expect(shardOfFlag(undefined)).toBeUndefined();
    expect(shardOfFlag('2/4')).toEqual({ index: 2, count: 4 });
    expect(() => shardOfFlag('5/4')).toThrow(UsageError);
  });

  it('exits 2 with one sentence for a bad --shard, before any AWS call', async () => {
    const r = await cli('scan', '--organization', '--shard', '0/2', '--output-dir', join(dir, 'never'));
    expect(r.code).toBe(2);
    expect(r.err).toBe('srm-audit: --shard 0/2: the shard number K must be from 1 to 2\n');
  });
});

/** The demo result as if scanned in another account, and written where `merge` finds it. */
async function shardFile(name: string, account: string, patch: Partial<ScanResult['scan']> = {}): Promise<string> {
  const r = structuredClone(demo);
  const from = r.scan.accounts[0]!;
  r.findings = r.findings.map((f) => {
    const arn = f.resource.arn.replaceAll(from, account);
    return { ...f, account, resource: { ...f.resource, arn }, id: findingId(f.checkId, account, f.region, arn) };
  });
  r.summary = summarize(r.findings);
  r.scan = { ...r.scan, accounts: [account], ...patch };
  await writeRun(join(dir, name, 'run'), r);
  return join(dir, name);
}

/** A run folder as scan writes it: result.json and a manifest that verifies (merge verifies every input). */
async function writeRun(runDir: string, r: unknown): Promise<void> {
  const text = JSON.stringify(r);
  await mkdir(runDir, { recursive: true });
  await writeFile(join(runDir, 'result.json'), text);
  await writeFile(join(runDir, 'manifest.json'), JSON.stringify(buildManifest(demo, [fileDigest('result.json', text)])));
}

describe('srm-audit merge', () => {
  it('merges output folders into one verified run folder and exits as a scan would', async () => {
    const a = await shardFile('m-a', '111111111111', { shard: { index: 1, count: 2 } });
    const b = await shardFile('m-b', '222222222222', { shard: { index: 2, count: 2 } });
    const out = join(dir, 'merged');
    const r = await cli('merge', a, join(b, 'run', 'result.json'), '--output-dir', out, '--format', 'json,markdown,csv');
    expect(r.err).toBe('');
    expect(r.code).toBe(demo.scan.incomplete ? 3 : 1);
    expect(r.out).toMatch(/Exit [13]:/);
    const [run] = await readdir(out);
    expect((await readdir(join(out, run!))).sort()).toEqual(['manifest.json', 'report.csv', 'report.md', 'result.json']);
    expect((await verifyRunDir(join(out, run!))).ok).toBe(true);
    const merged = JSON.parse(await readFile(join(out, run!, 'result.json'), 'utf8')) as ScanResult;
    expect(validateResult(merged)).toEqual([]);
    expect(merged.scan.accounts).toEqual(['111111111111', '222222222222']);
    expect(merged.scan).not.toHaveProperty('shard');
    expect(merged.findings).toHaveLength(2 * demo.findings.length);
  });

  it('skips a run folder without a manifest (a killed attempt) in an output folder', async () => {
    const a = await shardFile('k-a', '111111111111');
    await mkdir(join(a, 'killed'));
    await writeFile(join(a, 'killed', 'result.json'), '{}');
    const r = await cli('merge', a, '--output-dir', join(dir, 'k-out'), '--fail-on', 'none');
    expect(r.code === 0 || r.code === 3).toBe(true);
    expect(r.err).toMatch(/^srm-audit: warning: skipping .*killed: no manifest\.json, the run did not finish\n$/);
  });

  it('warns when shards of a K/N set are missing', async () => {
    const a = await shardFile('w-a', '111111111111', { shard: { index: 1, count: 3 } });
    const r = await cli('merge', a, '--output-dir', join(dir, 'warned'), '--fail-on', 'none');
    expect(r.err).toBe('srm-audit: warning: shard 2/3, 3/3 missing: the merged result covers only the shards given\n');
  });

  it('refuses (exit 2, one sentence) different check sets and overlapping accounts', async () => {
    const a = await shardFile('r-a', '111111111111');
    const b = await shardFile('r-b', '222222222222', { checks: demo.scan.checks.slice(2) });
    const r = await cli('merge', a, b, '--output-dir', join(dir, 'refused'));
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/^srm-audit: .*r-b\/run\/result\.json ran other checks than .*r-a\/run\/result\.json \(.*\): run every shard with the same check selection\n$/);
    // The same file named twice (a shell glob overlapping a path) is read once, not refused.
    const again = await cli('merge', a, a, join(a, 'run'), '--output-dir', join(dir, 'again'));
    expect(again.code).toBe(demo.scan.incomplete ? 3 : 1);
    const dup = await shardFile('r-dup', '111111111111');
    const overlap = await cli('merge', a, dup, '--output-dir', join(dir, 'refused'));
    expect(overlap.code).toBe(2);
    expect(overlap.err).toMatch(/^srm-audit: account 111111111111 is in both .*r-a.* and .*r-dup.*\n$/);
  });

  it('refuses an input that is not a result', async () => {
    await mkdir(join(dir, 'empty'), { recursive: true });
    expect((await cli('merge', join(dir, 'empty'), '--output-dir', join(dir, 'x'))).err).toMatch(/holds no complete run folder with a result\.json/);
    await writeRun(join(dir, 'bad'), { schemaVersion: 1 });
    const r = await cli('merge', join(dir, 'bad', 'result.json'), '--output-dir', join(dir, 'x'));
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/is not a valid srm-audit result/);
    // A result.json outside a run folder cannot be verified: refused.
    await writeFile(join(dir, 'loose.json'), JSON.stringify(demo));
    const loose = await cli('merge', join(dir, 'loose.json'), '--output-dir', join(dir, 'x'));
    expect(loose.code).toBe(2);
    expect(loose.err).toMatch(/loose\.json is not the result\.json of a run folder with a manifest\.json: merge verifies every input/);
  });
});
