/**
 * Issue 13, item 4 against an emulated AWS API: scans write their run folders to an S3 evidence
 * bucket with Object Lock (which requires a checksum on every write), `verify`, `report --input`,
 * `diff` and `scan --baseline latest` read them back, and a run killed mid-upload (objects without
 * a manifest) is never taken as complete. Own moto server: the CLI sends no account header, so it
 * scans (and stores evidence in) moto's default account.
 */
import { CreateBucketCommand, HeadObjectCommand, ListObjectsV2Command, PutBucketVersioningCommand, PutObjectCommand, PutObjectLockConfigurationCommand, S3Client } from '@aws-sdk/client-s3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../harness/cli-process.js';
import { openS3Run } from '../../src/output/s3-store.js';
import { motoEnv, startMoto, type MotoServer } from '../../scripts/support/moto-server.js';

let moto: MotoServer;
let s3: S3Client;
const BUCKET = 'srm-evidence-int';
const OUT = `s3://${BUCKET}/runs`;

const srmAudit = (...args: string[]) => runCli(args, { ...motoEnv(moto.endpoint), AWS_REGION: 'us-east-1' });
const scan = (...args: string[]) => srmAudit('scan', '--regions', 'us-east-1', '--checks', 's3.bucket-versioning-enabled', '--output-dir', OUT, '--format', 'json,markdown', ...args);
const versioning = (Bucket: string) => s3.send(new PutBucketVersioningCommand({ Bucket, VersioningConfiguration: { Status: 'Enabled' } }));
const runPrefixes = async () => ((await s3.send(new ListObjectsV2Command({ Bucket: BUCKET, Prefix: 'runs/', Delimiter: '/' }))).CommonPrefixes ?? []).map((p) => p.Prefix!.replace(/\/$/, '')).sort();

beforeAll(async () => {
  moto = await startMoto();
  s3 = new S3Client({ endpoint: moto.endpoint, region: 'us-east-1', forcePathStyle: true, credentials: { accessKeyId: 'testing', secretAccessKey: 'testing' } });
  // Object Lock with a default retention, as the deploy template's evidence bucket. AWS refuses
  // uploads there without a checksum or Content-MD5; moto 5.2 accepts them (a gap), so the test
  // asserts below that every object carries the SHA-256 checksum the writer sent.
  await s3.send(new CreateBucketCommand({ Bucket: BUCKET, ObjectLockEnabledForBucket: true }));
  await s3.send(new PutObjectLockConfigurationCommand({ Bucket: BUCKET, ObjectLockConfiguration: { ObjectLockEnabled: 'Enabled', Rule: { DefaultRetention: { Mode: 'GOVERNANCE', Days: 1 } } } }));
});

afterAll(async () => {
  s3?.destroy();
  await moto?.stop();
});

describe('--output-dir s3://… against moto', () => {
  it('writes runs that verify, reads them back as baseline, report and diff input, and ignores a run without manifest', async () => {
    await s3.send(new CreateBucketCommand({ Bucket: 'srm-ev-fixed-later' }));
    const first = await scan('--baseline', 'latest');
    expect(first.stderr).toContain('holds no complete run that verifies yet');
    expect([0, 1, 3]).toContain(first.code);
    const [run1] = await runPrefixes();
    expect(run1).toMatch(/^runs\/\d{8}T\d{6}Z-[0-9a-f]{8}$/);
    expect(first.stdout).toContain(`s3://${BUCKET}/${run1}/manifest.json`);

    // Every object carries the SHA-256 checksum S3 checked on arrival.
    const keys = ((await s3.send(new ListObjectsV2Command({ Bucket: BUCKET, Prefix: `${run1}/` }))).Contents ?? []).map((o) => o.Key!).sort();
    expect(keys.map((k) => k.slice(run1!.length + 1))).toEqual(['manifest.json', 'report.md', 'result.json']);
    for (const Key of keys) expect((await s3.send(new HeadObjectCommand({ Bucket: BUCKET, Key, ChecksumMode: 'ENABLED' }))).ChecksumSHA256).toMatch(/=$/);

    const verified = await srmAudit('verify', `s3://${BUCKET}/${run1}`);
    expect(verified.stdout).toContain(`verified: s3://${BUCKET}/${run1}: every file matches manifest.json`);
    expect(verified.code).toBe(0);

    // A run killed mid-upload: its result is there, its manifest never arrived. Named to sort last.
    const killed = 'runs/20991231T235959Z-killed00';
    await s3.send(new PutObjectCommand({ Bucket: BUCKET, Key: `${killed}/result.json`, Body: '{}', ChecksumAlgorithm: 'SHA256' }));
    const partial = await srmAudit('verify', `s3://${BUCKET}/${killed}`);
    expect(partial.code).toBe(2);
    expect(partial.stderr).toMatch(/has no manifest\.json: the run did not finish/);

    await versioning('srm-ev-fixed-later'); // resolved
    await s3.send(new CreateBucketCommand({ Bucket: 'srm-ev-new-unversioned' })); // new failure
    const second = await scan('--baseline', 'latest', '--fail-on-new', '--ignore-exit-code-3');
    expect(second.stderr).not.toContain('killed00');
    expect(second.stdout).toMatch(/^Since run \S+ \(.+\): 1 new failure\(s\), 1 resolved, 0 still failing, 0 new error\(s\), 0 suppression\(s\) expired$/m);
    expect(second.stdout).toMatch(/^ {2}new: s3\.bucket-versioning-enabled on srm-ev-new-unversioned \(\w+\)$/m);
    expect(second.stdout).toMatch(/^ {2}resolved: s3\.bucket-versioning-enabled on srm-ev-fixed-later \(\w+, passes\)$/m);
    expect(second.code).toBe(1);
    const run2 = (await runPrefixes()).find((p) => p !== run1 && p !== killed)!;

    const md = await srmAudit('report', '--input', `s3://${BUCKET}/${run2}`, '--format', 'markdown');
    expect(md.code).toBe(0);
    expect(md.stdout).toContain('srm-ev-new-unversioned');

    // One argument: the two newest complete runs of the prefix (the killed one is not a run).
    const diff = await srmAudit('diff', OUT, '--format', 'json');
    expect(diff.code).toBe(1);
    const d = JSON.parse(diff.stdout) as { newFailures: { resource: { id: string } }[]; resolved: { resource: { id: string } }[] };
    expect(d.newFailures.map((f) => f.resource.id)).toEqual(['srm-ev-new-unversioned']);
    expect(d.resolved.map((f) => f.resource.id)).toEqual(['srm-ev-fixed-later']);

    // An object added to a complete run afterwards: the run no longer verifies, and is no baseline.
    await s3.send(new PutObjectCommand({ Bucket: BUCKET, Key: `${run2}/extra.txt`, Body: 'x', ChecksumAlgorithm: 'SHA256' }));
    const tampered = await srmAudit('verify', `s3://${BUCKET}/${run2}`);
    expect(tampered.code).toBe(1);
    expect(tampered.stdout).toContain('extra.txt: not in the manifest');
    const third = await scan('--baseline', `s3://${BUCKET}/${run2}`, '--quiet');
    expect(third.code).toBe(2);
    expect(third.stderr).toContain('extra.txt: not in the manifest');
  }, 180_000);

  it('a report above the 5 MiB part size goes up as a checksummed multipart upload, and only once', async () => {
    const sink = await openS3Run(s3, { bucket: BUCKET, prefix: 'big' }, 'run');
    const pieces = function* () {
      for (let i = 0; i < 70; i++) yield `${String(i).padStart(99, '.')}\n`.repeat(1000); // 7 MB in 100 kB pieces
    };
    await sink.write('report.csv', pieces());
    const head = await s3.send(new HeadObjectCommand({ Bucket: BUCKET, Key: 'big/run/report.csv', ChecksumMode: 'ENABLED' }));
    expect(head.ContentLength).toBe(7_000_000);
    expect(head.ChecksumSHA256).toBeTruthy();
    await expect(sink.write('report.csv', pieces())).rejects.toThrow(/PreconditionFailed/);
  }, 60_000);

  it('refuses a missing bucket before scanning (exit 2, one sentence)', async () => {
    const r = await srmAudit('scan', '--regions', 'us-east-1', '--checks', 's3.bucket-versioning-enabled', '--output-dir', 's3://srm-no-such-bucket/x');
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--output-dir s3:\/\/srm-no-such-bucket\/x: cannot list the bucket: NoSuchBucket/);
  }, 60_000);
});
