import { generateKeyPairSync } from 'node:crypto';
import { appendFile, mkdtemp, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { OPERATIONS, READ_ONLY_OPERATION } from '../../src/aws/operations.js';
import { validateResult, type ScanResult } from '../../src/result/result.js';
import { cli } from '../harness/cli.js';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'srm-cli-'));
});
afterEach(() => vi.restoreAllMocks());


async function runFolder(outputDir: string): Promise<string> {
  const runs = await readdir(outputDir);
  expect(runs).toHaveLength(1);
  return join(outputDir, runs[0]!);
}

describe('srm-audit scan --demo', () => {
  it('replays the demo offline, writes a schema-valid result and a Markdown summary, owner-only', async () => {
    const out = join(dir, 'demo');
    // A closed port and no credentials: any AWS call would fail, so success proves the replay is offline.
    vi.stubEnv('AWS_ENDPOINT_URL', 'http://127.0.0.1:9');
    vi.stubEnv('AWS_ACCESS_KEY_ID', '');
    const r = await cli('scan', '--demo', '--output-dir', out);
    vi.unstubAllEnvs();
    expect([1, 3]).toContain(r.code);
    expect(r.out).toMatch(/Customer duties: \d+ met, \d+ unmet/);
    expect(r.out).toMatch(/Findings: \d+ FAIL/);
    const run = await runFolder(out);
    expect((await stat(run)).mode & 0o777).toBe(0o700);
    const files = (await readdir(run)).sort();
    expect(files).toEqual(['manifest.json', 'report.md', 'result.json']);
    for (const f of files) expect((await stat(join(run, f))).mode & 0o777).toBe(0o600);
    const result = JSON.parse(await readFile(join(run, 'result.json'), 'utf8')) as ScanResult;
    expect(validateResult(result)).toEqual([]);
    expect(result.scan.mode).toBe('snapshot');
    expect(result.findings.length).toBeGreaterThan(20);
    expect(result.findings.every((f) => f.srm.owner && f.srm.layer && f.srm.duty && f.srm.serviceModel)).toBe(true);
    const md = await readFile(join(run, 'report.md'), 'utf8');
    expect(md).toContain('## Customer duties');
    expect(md).toContain('## Failed findings by severity');
    expect(md).toContain('**Remediation:**');
  });

  it('never overwrites a run folder: a second run gets its own', async () => {
    const out = join(dir, 'twice');
    await cli('scan', '--demo', '--output-dir', out, '--quiet');
    await cli('scan', '--demo', '--output-dir', out, '--quiet');
    expect(await readdir(out)).toHaveLength(2);
  });

  it('exits 0 with --fail-on none when the only problems are failures, and selects checks by glob', async () => {
    const out = join(dir, 'failon');
    const r = await cli('scan', '--demo', '--output-dir', out, '--checks', 'cloudtrail.*', '--fail-on', 'none', '--quiet');
    const result = JSON.parse(await readFile(join(await runFolder(out), 'result.json'), 'utf8')) as ScanResult;
    expect(result.scan.checks.every((c) => c.startsWith('cloudtrail.'))).toBe(true);
    expect(r.code).toBe(result.scan.incomplete ? 3 : 0);
  });
});

describe('bad input exits 2 with one sentence and no stack trace', () => {
  it.each([
    [['scan', '--demo', '--checks', 'iam.root-mfa-enabeld'], /unknown check id "iam.root-mfa-enabeld".*did you mean "iam.root-mfa-enabled"/],
    [['scan', '--demo', '--regions', 'moon-1'], /--regions: "moon-1" is not an AWS region name/],
    [['scan', '--demo', '--framework', 'cis-aws-foundations-9.9.9'], /unknown framework "cis-aws-foundations-9.9.9"/],
    [['scan', '--demo', '--format', 'pdf'], /unknown report format "pdf"/],
    [['scan', '--demo', '--services', 'gamelift'], /unknown service "gamelift"/],
    [['scan', '--demo', '--config', '/nonexistent/config.json'], /cannot read config file/],
    [['scan', '--from-snapshot', '/nonexistent/snap.json'], /cannot read snapshot/],
    [['scan', '--demo', '--concurrency', '0'], /--concurrency must be a whole number from 1 to 256/],
    [['scan', '--demo', '--role-arn', 'arn:aws:iam::111122223333:role/x'], /uses no credentials/],
    [['checks', 'show', 'iam.nope'], /unknown check id "iam.nope"/],
    [['scan', '--bogus-flag'], /unknown option/],
  ])('%j', async (args, message) => {
    const r = await cli(...args);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(message);
    expect(r.err).not.toMatch(/\n\s+at /);
  });

  it('no credentials anywhere', async () => {
    const empty = join(dir, 'empty-aws-config');
    await writeFile(empty, '');
    for (const [k, v] of Object.entries({ AWS_ACCESS_KEY_ID: '', AWS_SECRET_ACCESS_KEY: '', AWS_SESSION_TOKEN: '', AWS_PROFILE: '', AWS_CONFIG_FILE: empty, AWS_SHARED_CREDENTIALS_FILE: empty, AWS_EC2_METADATA_DISABLED: 'true', AWS_CONTAINER_CREDENTIALS_RELATIVE_URI: '', AWS_WEB_IDENTITY_TOKEN_FILE: '' })) vi.stubEnv(k, v);
    const r = await cli('scan', '--regions', 'us-east-1', '--max-attempts', '1', '--output-dir', join(dir, 'nocreds'));
    vi.unstubAllEnvs();
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/srm-audit: no usable AWS credentials from the default credential chain: CredentialsProviderError/);
  });

  it.each([
    ['wrong type', '{"concurrency": "fast"}', /key "concurrency" must be an integer/],
    ['unknown key', '{"regoins": ["eu-west-1"]}', /unknown key "regoins" \(did you mean "regions"\?\)/],
    ['bad region', '{"regions": ["eu-west-1", "EU-WEST-1"]}', /key "regions\[1\]" must be an AWS region name/],
    ['bad suppression date', '{"suppressions": [{"checkId": "iam.*", "resource": "*", "reason": "known", "by": "me", "expires": "next week"}]}', /key "suppressions\[0\].expires" must be a date as YYYY-MM-DD/],
    ['negative threshold', '{"checks": {"options": {"iam.unused-credentials-disabled": {"maxUnusedDays": -1}}}}', /maxUnusedDays" must be a number from 0/],
    ['huge number', '{"checks": {"options": {"iam.access-keys-rotated": {"maxAgeDays": 1e300}}}}', /maxAgeDays" must be a number from 0 to 1000000/],
    ['option of the wrong type', '{"checks": {"options": {"iam.access-keys-rotated": {"maxAgeDays": "90"}}}}', /maxAgeDays" must be a number like the default 90/],
    ['unknown check in options', '{"checks": {"options": {"iam.acess-keys-rotated": {"maxAgeDays": 9}}}}', /unknown check id "iam.acess-keys-rotated".*did you mean "iam.access-keys-rotated"/],
    ['empty file', '', /is empty/],
    ['not JSON', '{regions: [eu-west-1]}', /is not valid JSON/],
    ['not an object', '"eu-west-1"', /must hold a JSON object/],
    ['bad fail-on', '{"failOn": "severe"}', /key "failOn" must be one of/],
  ])('config with %s: exit 2, one sentence naming the key', async (name, text, message) => {
    const f = join(dir, `config-${name.replace(/\W+/g, '-')}.json`);
    await writeFile(f, text);
    const r = await cli('scan', '--demo', '--config', f, '--output-dir', join(dir, 'never'));
    expect(r.code).toBe(2);
    expect(r.err).toMatch(message);
    expect(r.err.trim().split('\n').filter((l) => l.startsWith('srm-audit:'))).toHaveLength(1);
    expect(r.err).not.toMatch(/\n\s+at /);
  });

  it('a config file that is not UTF-8', async () => {
    const f = join(dir, 'latin1.json');
    await writeFile(f, Buffer.from([0x7b, 0x22, 0x72, 0xe9, 0x22, 0x3a, 0x31, 0x7d]));
    const r = await cli('scan', '--demo', '--config', f);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/is not UTF-8 text/);
  });

  it('a config with an invalid key', async () => {
    const f = join(dir, 'bad-config.json');
    await writeFile(f, JSON.stringify({ checks: { options: { 'iam.access-keys-rotated': { maxAgeDays: -5 } } } }));
    const r = await cli('scan', '--demo', '--config', f);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/checks.options\["iam.access-keys-rotated"\].maxAgeDays" must be a number from 0/);
  });
});

describe('srm-audit checks, policy, report, diff', () => {
  it('lists the checks as JSON with SRM tags and frameworks', async () => {
    const r = await cli('checks', '--format', 'json');
    const list = JSON.parse(r.out) as { id: string; srm: { owner: string }; compliance: Record<string, string[]> }[];
    expect(list.length).toBeGreaterThanOrEqual(15);
    expect(list.every((c) => ['customer', 'shared', 'csp'].includes(c.srm.owner))).toBe(true);
    const show = await cli('checks', 'show', 'cloudtrail.log-file-validation-enabled');
    expect(show.out).toContain('owner customer');
  });

  it('prints a read-only policy with exactly the actions of the operations table', async () => {
    const r = await cli('policy');
    const policy = JSON.parse(r.out) as { Statement: { Effect: string; Action: string[]; Resource: string }[] };
    const actions = policy.Statement.flatMap((s) => s.Action);
    expect(new Set(actions)).toEqual(new Set(Object.values(OPERATIONS).map((o) => o.iamAction)));
    expect(policy.Statement.every((s) => s.Effect === 'Allow')).toBe(true);
    for (const op of Object.keys(OPERATIONS)) expect(op.split(':')[1], op).toMatch(READ_ONLY_OPERATION);
    // API Gateway names its read action after the HTTP verb; it is granted on the API resources only
    // (on '*' it would also read API key values).
    // CodeBuild reads project configuration only through BatchGetProjects (no build, no log content).
    for (const a of actions) expect(a, a).toMatch(/^([a-z0-9-]+:(Get|List|Describe|GenerateCredentialReport)|apigateway:GET$|codebuild:BatchGetProjects$)/);
    for (const s of policy.Statement) {
      if (s.Action.includes('apigateway:GET')) expect(s).toMatchObject({ Action: ['apigateway:GET'], Resource: expect.arrayContaining(['arn:aws:apigateway:*::/restapis/*', 'arn:aws:apigateway:*::/apis/*']) });
      else expect(s.Resource).toBe('*');
    }
  });

  it('re-renders a saved result, and refuses one that is not a valid result', async () => {
    const out = join(dir, 'rerender');
    await cli('scan', '--demo', '--output-dir', out, '--quiet');
    const input = join(await runFolder(out), 'result.json');
    const r = await cli('report', '--input', input, '--format', 'markdown');
    expect(r.code).toBe(0);
    expect(r.out).toContain('## Customer duties');
    const bad = join(dir, 'bad-result.json');
    await writeFile(bad, JSON.stringify({ schemaVersion: 1, findings: 'no' }));
    const e = await cli('report', '--input', bad, '--format', 'markdown');
    expect(e.code).toBe(2);
    expect(e.err).toMatch(/is not a valid srm-audit result/);
  });

  it('diff exits 1 on new failures and 0 when nothing new fails', async () => {
    const out = join(dir, 'diff');
    await cli('scan', '--demo', '--output-dir', out, '--quiet');
    const newer = join(await runFolder(out), 'result.json');
    const result = JSON.parse(await readFile(newer, 'utf8')) as ScanResult;
    const older = join(dir, 'older.json');
    // The older scan had one failure fewer: it passed then.
    const firstFail = result.findings.findIndex((f) => f.status === 'FAIL');
    const before = structuredClone(result);
    before.findings[firstFail]!.status = 'PASS';
    await writeFile(older, JSON.stringify(before));
    const d = await cli('diff', older, newer, '--format', 'json');
    expect(d.code).toBe(1);
    const diff = JSON.parse(d.out) as { newFailures: { id: string }[]; byDuty: Record<string, { newFailures: number }> };
    expect(diff.newFailures.map((f) => f.id)).toEqual([result.findings[firstFail]!.id]);
    expect(diff.byDuty[result.findings[firstFail]!.srm.duty]!.newFailures).toBe(1);
    const md = await cli('diff', older, newer);
    expect(md.out).toContain(`### ${result.findings[firstFail]!.srm.duty}`);
    expect((await cli('diff', newer, newer)).code).toBe(0);
  });
});

describe('run folder manifest and srm-audit verify', () => {
  it('signs the manifest, verifies it, and names exactly what changed after tampering', async () => {
    const { privateKey, publicKey } = generateKeyPairSync('ed25519');
    const keyFile = join(dir, 'sign.pem');
    const pubFile = join(dir, 'sign.pub.pem');
    await writeFile(keyFile, privateKey.export({ type: 'pkcs8', format: 'pem' }));
    await writeFile(pubFile, publicKey.export({ type: 'spki', format: 'pem' }));
    const out = join(dir, 'signed');
    await cli('scan', '--demo', '--output-dir', out, '--format', 'json,markdown,csv,junit', '--sign-key', keyFile, '--quiet');
    const run = await runFolder(out);
    expect((await readdir(run)).sort()).toEqual(['manifest.json', 'manifest.sig', 'report.csv', 'report.md', 'report.xml', 'result.json']);
    const manifest = JSON.parse(await readFile(join(run, 'manifest.json'), 'utf8')) as { files: { name: string; sha256: string }[]; scan: { accounts: string[] } };
    expect(manifest.files.map((f) => f.name)).toEqual(['report.csv', 'report.md', 'report.xml', 'result.json']);
    expect(manifest.scan.accounts).toEqual(['123456789012']);

    const ok = await cli('verify', run, '--public-key', pubFile);
    expect(ok.code).toBe(0);
    expect(ok.out).toMatch(/signature valid for the given public key/);

    const other = generateKeyPairSync('ed25519').publicKey;
    const otherFile = join(dir, 'other.pub.pem');
    await writeFile(otherFile, other.export({ type: 'spki', format: 'pem' }));
    const wrongKey = await cli('verify', run, '--public-key', otherFile);
    expect(wrongKey.code).toBe(1);
    expect(wrongKey.out).toMatch(/manifest.sig: the signature does not match/);

    await appendFile(join(run, 'report.md'), '\nedited by hand\n');
    const csv = await readFile(join(run, 'report.csv'), 'utf8');
    await writeFile(join(run, 'report.csv'), csv.replace('FAIL', 'PASS')); // same size, other content
    await writeFile(join(run, 'extra.txt'), 'x');
    const bad = await cli('verify', run, '--public-key', pubFile);
    expect(bad.code).toBe(1);
    // The size is compared before anything is hashed; a same-size edit is caught by the digest.
    expect(bad.out).toMatch(/report.md: changed \(\d+ bytes, manifest says \d+\)/);
    expect(bad.out).toMatch(/report.csv: changed \(sha256 [0-9a-f]{64}, manifest says [0-9a-f]{64}/);
    expect(bad.out).toMatch(/extra.txt: not in the manifest/);
    expect(bad.out).not.toMatch(/result.json/);
  });

  it('rejects a signing key that is not Ed25519, and a folder without a manifest', async () => {
    const rsa = generateKeyPairSync('rsa', { modulusLength: 1024 }).privateKey;
    const keyFile = join(dir, 'rsa.pem');
    await writeFile(keyFile, rsa.export({ type: 'pkcs8', format: 'pem' }));
    const r = await cli('scan', '--demo', '--output-dir', join(dir, 'rsa'), '--sign-key', keyFile);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/--sign-key .*rsa.pem: the signing key is rsa, not Ed25519/);
    const v = await cli('verify', dir);
    expect(v.code).toBe(2);
    expect(v.err).toMatch(/has no manifest.json/);
  });
});
