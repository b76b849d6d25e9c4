/**
 * Issue 13, items 5 and 6: a scheduled run says what changed since the previous complete run, and
 * can tell a chat webhook. Two replays of the demo recording go into one output folder; the second
 * recording has one planted new failure (EBS default encryption turned off in us-east-1) and one
 * resolved failure (turned on in eu-west-1).
 */
import { createHash } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { appendFile, mkdir, mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { validateResult, type ScanResult } from '../../src/result/result.js';
import { demoConfigPath, demoSnapshotPath } from '../../src/cli/scan.js';
import { cli } from '../harness/cli.js';

let dir: string;
let before: string;
let after: string;
const servers: Server[] = [];

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'srm-baseline-'));
  const snap = JSON.parse(await readFile(demoSnapshotPath(), 'utf8')) as { entries: { operation: string; region: string; output?: { EbsEncryptionByDefault?: boolean } }[] };
  const ebs = snap.entries.filter((e) => e.operation === 'GetEbsEncryptionByDefault');
  // The recording as shipped: off in eu-west-1, on in us-east-1 (the test relies on it).
  expect(ebs.map((e) => [e.region, e.output?.EbsEncryptionByDefault]).sort()).toEqual([['eu-west-1', false], ['us-east-1', true]]);
  before = join(dir, 'before.json');
  await writeFile(before, JSON.stringify(snap));
  for (const e of ebs) e.output = { EbsEncryptionByDefault: e.region === 'eu-west-1' };
  after = join(dir, 'after.json');
  await writeFile(after, JSON.stringify(snap));
});
afterAll(async () => {
  await Promise.all(servers.map((s) => new Promise((r) => s.close(r))));
});

const scan = (snapshot: string, out: string, ...args: string[]) => cli('scan', '--from-snapshot', snapshot, '--config', demoConfigPath(), '--output-dir', out, ...args);

/**
 * Complete run folders of an output folder, oldest first by the start time their result records:
 * folder names carry the second only, and these replays start within the same second.
 */
async function runs(out: string): Promise<string[]> {
  const dirs = await Promise.all((await readdir(out)).map(async (n) => ({ d: join(out, n), at: (await resultOf(join(out, n))).scan.startedAt })));
  return dirs.sort((x, y) => (x.at < y.at ? -1 : 1)).map((x) => x.d);
}
async function resultOf(folder: string): Promise<ScanResult> {
  return JSON.parse(await readFile(join(folder, 'result.json'), 'utf8')) as ScanResult;
}

async function receiver(status: number) {
  const bodies: { path: string; body: { text: string } }[] = [];
  const server = createServer((req, res) => {
    let body = '';
    req.on('data', (c: Buffer) => (body += c.toString('utf8')));
    req.on('end', () => {
      bodies.push({ path: req.url ?? '', body: JSON.parse(body) as { text: string } });
      res.writeHead(status).end();
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  servers.push(server);
  return { bodies, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/services/T0/B0/s3cr3tT0ken` };
}

describe('scan --baseline latest', () => {
  it('reports the planted new failure and the resolved one in the console, result, Markdown and HTML', async () => {
    const out = join(dir, 'two-runs');
    const first = await scan(before, out, '--baseline', 'latest');
    expect(first.err).toContain('holds no complete run that verifies yet');
    const [run1] = await runs(out);
    expect((await resultOf(run1!)).scan.baseline).toBeUndefined();

    const second = await scan(after, out, '--baseline', 'latest', '--format', 'json,markdown,html');
    const [, run2] = await runs(out);
    const r = await resultOf(run2!);
    expect(validateResult(r)).toEqual([]);
    const b = r.scan.baseline!;
    expect(b.scanId).toBe((await resultOf(run1!)).scan.id);
    expect(b.location).toBe(run1);
    expect(b.manifestSha256).toBe(createHash('sha256').update(await readFile(join(run1!, 'manifest.json'))).digest('hex'));
    expect(b.newFailures).toEqual([expect.objectContaining({ checkId: 'ec2.ebs-default-encryption', region: 'us-east-1', duty: 'data-encryption' })]);
    expect(b.resolved).toEqual([expect.objectContaining({ checkId: 'ec2.ebs-default-encryption', region: 'eu-west-1', why: 'pass' })]);
    expect(b.counts).toMatchObject({ newFailures: 1, resolved: 1, newErrors: 0, nowError: 0, notRescanned: 0 });
    expect(b.counts.stillFailing).toBe(r.summary.status.FAIL - 1);
    expect(b.trend.map((p) => p.scanId)).toEqual([b.scanId, r.scan.id]);
    // data-encryption failed once in each run (a different region each time): the trend is level.
    expect(b.trend[0]!.failing['data-encryption']).toBe(b.trend[1]!.failing['data-encryption']);

    expect(second.out).toMatch(/^Since run \S+ \(.+\): 1 new failure\(s\), 1 resolved, \d+ still failing, 0 new error\(s\), 0 suppression\(s\) expired$/m);
    expect(second.out).toMatch(/^ {2}new: ec2\.ebs-default-encryption on \d+\/us-east-1 \(medium\)$/m);
    expect(second.out).toMatch(/^ {2}resolved: ec2\.ebs-default-encryption on \d+\/eu-west-1 \(medium, passes\)$/m);

    const md = await readFile(join(run2!, 'report.md'), 'utf8');
    expect(md).toContain('## Since the previous run');
    expect(md).toMatch(/### New failures \(1\)\n\n.*\n\n- `ec2\.ebs-default-encryption` `\d+` `us-east-1`/);
    expect(md).toMatch(/### Resolved \(1\)\n\n.*\n\n- `ec2\.ebs-default-encryption` `\d+` `eu-west-1`.*\[passes\]/);
    expect(md).toContain('### Failing findings per duty over the runs');
    const html = await readFile(join(run2!, 'report.html'), 'utf8');
    expect(html).toContain('<section id="since"');
    expect(html).toMatch(/<h3 id="since-newFailures">New failures \(1\)<\/h3>/);
    expect(html).toMatch(/<table class="trend">.*<svg class="spark"/s);
    expect((await cli('verify', run2!)).code).toBe(0);

    // --fail-on-new: the new failure makes it 1; the same recording again has nothing new: 0.
    expect((await scan(after, join(dir, 'copy-none'), '--fail-on-new')).code).toBe(2);
    const third = await scan(after, out, '--baseline', 'latest', '--fail-on-new', '--ignore-exit-code-3', '--quiet');
    expect(third.code).toBe(0);
    // Against run 1 named explicitly, the new failure is new again: 1.
    const fourth = await scan(after, out, '--baseline', run1!, '--fail-on-new', '--ignore-exit-code-3', '--quiet');
    expect(fourth.code).toBe(1);
    // The trend sees every verified run of the folder, oldest first.
    const last = await resultOf((await runs(out)).at(-1)!);
    expect(last.scan.baseline!.trend).toHaveLength(4);
  });

  it('never takes a run that does not verify, or one without a manifest, as the baseline', async () => {
    const out = join(dir, 'tampered');
    await scan(before, out, '--quiet');
    await scan(after, out, '--quiet');
    const [run1, run2] = await runs(out);
    await appendFile(join(run2!, 'report.md'), '\nedited afterwards\n');
    // A run killed before its manifest: a folder with a result.json only.
    const killed = join(out, '99991231T235959Z-killed00');
    await mkdir(killed);
    await writeFile(join(killed, 'result.json'), await readFile(join(run2!, 'result.json')));

    const r = await scan(after, out, '--baseline', 'latest');
    expect(r.err).toMatch(/warning: .*report\.md.*left out of the comparison/);
    const res = await resultOf((await runs(out)).filter((d) => d !== killed).at(-1)!);
    expect(res.scan.baseline!.scanId).toBe((await resultOf(run1!)).scan.id);
    expect(res.scan.baseline!.counts).toMatchObject({ newFailures: 1, resolved: 1 });

    for (const [arg, why] of [[run2!, /does not verify/], [killed, /no manifest\.json/], ['s3://Not_A_Bucket/prefix', /is not an S3 bucket name/], [join(dir, 'nowhere'), /--baseline/]] as const) {
      const bad = await scan(after, join(dir, 'unused'), '--baseline', arg);
      expect(bad.code).toBe(2);
      expect(bad.err).toMatch(why);
    }
  });
});

describe('scan --notify-webhook', () => {
  it('posts the new failures to a webhook on loopback and records the delivery, never the URL path', async () => {
    const rx = await receiver(200);
    const out = join(dir, 'notify');
    await scan(before, out, '--quiet');
    const r = await scan(after, out, '--baseline', 'latest', '--notify-webhook', rx.url);
    expect(rx.bodies).toHaveLength(1);
    expect(rx.bodies[0]!.path).toBe('/services/T0/B0/s3cr3tT0ken');
    expect(rx.bodies[0]!.body.text).toMatch(/^srm-audit: 1 new failure in account \d+ since run /);
    expect(rx.bodies[0]!.body.text).toContain('ec2.ebs-default-encryption');
    const res = await resultOf((await runs(out)).at(-1)!);
    expect(res.scan.notification).toEqual({ channel: 'webhook', target: new URL(rx.url).origin, status: 'sent', findings: 1 });
    expect(r.out).toContain(`Notified ${new URL(rx.url).origin} of 1 new failure(s)`);
    for (const f of await readdir((await runs(out)).at(-1)!)) expect(await readFile(join((await runs(out)).at(-1)!, f), 'utf8')).not.toContain('s3cr3t');
    expect(r.out + r.err).not.toContain('s3cr3t');
  });

  it('a failed notification is reported on stderr and in the result, and leaves the exit code alone', async () => {
    const rx = await receiver(500);
    const plain = await scan(after, join(dir, 'n-plain'), '--quiet');
    const r = await scan(after, join(dir, 'n-fail'), '--notify-webhook', rx.url);
    expect(r.code).toBe(plain.code);
    expect(r.err).toMatch(/warning: the notification to http:\/\/127\.0\.0\.1:\d+ failed: HTTP 500/);
    const res = await resultOf((await runs(join(dir, 'n-fail'))).at(-1)!);
    // No baseline: every open failure is named.
    expect(res.scan.notification).toMatchObject({ status: 'failed', findings: res.summary.status.FAIL });
    expect(r.out + r.err).not.toContain('s3cr3t');
  });

  it('the config key is checked before the scan and a bad URL is named by key, not quoted', async () => {
    const config = join(dir, 'notify-config.json');
    await writeFile(config, JSON.stringify({ notify: { webhook: 'http://hooks.example.com/services/T/B/s3cr3t' } }));
    const r = await cli('scan', '--from-snapshot', after, '--config', config, '--output-dir', join(dir, 'never'));
    expect(r.code).toBe(2);
    expect(r.err).toContain('key "notify.webhook" must be an https:// URL');
    expect(r.err).not.toContain('s3cr3t');
    await expect(readdir(join(dir, 'never'))).rejects.toThrow();
  });
});
