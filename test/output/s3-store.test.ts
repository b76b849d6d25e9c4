/**
 * The S3 evidence store with aws-sdk-client-mock over a small in-memory bucket: what is sent
 * (checksums, write-once), the manifest last, partial runs never complete, read-back verified.
 * The same flow against moto's S3 is test/integration/s3-evidence-store.int.test.ts.
 */
import { Readable } from 'node:stream';
import { GetObjectCommand, ListObjectsV2Command, PutObjectCommand, S3Client, type ListObjectsV2CommandInput, type PutObjectCommandInput } from '@aws-sdk/client-s3';
import { mockClient } from 'aws-sdk-client-mock';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { writeRunFolder } from '../../src/output/run-folder.js';
import { findBaseline, RunRefusedError, s3RunStore } from '../../src/output/run-store.js';
import { checkS3Output, closeEvidenceClient, copyS3Run, openS3Run, parseS3Url, S3RunIncompleteError } from '../../src/output/s3-store.js';
import type { ScanResult } from '../../src/result/result.js';
import { EnvironmentError } from '../../src/util/errors.js';
import { awsError } from '../harness/aws.js';
import { demoResult } from '../harness/demo-result.js';

const s3 = mockClient(S3Client);
const client = new S3Client({ region: 'us-east-1', credentials: { accessKeyId: 'a', secretAccessKey: 'b' } });
/** The fake bucket "evb": key → bytes. Listing pages hold two keys, so every listing paginates. */
let bucket: Map<string, Buffer>;
let puts: PutObjectCommandInput[];
let demo: ScanResult;

function fakeBucket() {
  bucket = new Map();
  puts = [];
  s3.reset();
  s3.on(PutObjectCommand).callsFake((input: PutObjectCommandInput) => {
    if (input.Bucket !== 'evb') throw awsError('NoSuchBucket');
    if (input.IfNoneMatch === '*' && bucket.has(input.Key!)) throw awsError('PreconditionFailed', { status: 412 });
    puts.push(input);
    bucket.set(input.Key!, Buffer.from(input.Body as Uint8Array));
    return {};
  });
  s3.on(ListObjectsV2Command).callsFake((input: ListObjectsV2CommandInput) => {
    if (input.Bucket !== 'evb') throw awsError('NoSuchBucket');
    const prefix = input.Prefix ?? '';
    const keys = [...bucket.keys()].filter((k) => k.startsWith(prefix)).sort();
    const objects: string[] = [];
    const prefixes = new Set<string>();
    for (const k of keys) {
      const cut = input.Delimiter ? k.indexOf(input.Delimiter, prefix.length) : -1;
      if (cut >= 0) prefixes.add(k.slice(0, cut + 1));
      else objects.push(k);
    }
    const entries = [...objects.map((k) => ({ k, o: true })), ...[...prefixes].map((k) => ({ k, o: false }))].sort((a, b) => (a.k < b.k ? -1 : 1));
    const start = input.ContinuationToken ? Number(input.ContinuationToken) : 0;
    const page = entries.slice(start, start + Math.min(2, input.MaxKeys ?? 2));
    const more = start + page.length < entries.length;
    return {
      Contents: page.filter((e) => e.o).map((e) => ({ Key: e.k, Size: bucket.get(e.k)!.length })),
      CommonPrefixes: page.filter((e) => !e.o).map((e) => ({ Prefix: e.k })),
      IsTruncated: more,
      ...(more ? { NextContinuationToken: String(start + page.length) } : {}),
    };
  });
  s3.on(GetObjectCommand).callsFake((input: { Bucket: string; Key: string }) => {
    const body = bucket.get(input.Key);
    if (!body) throw awsError('NoSuchKey');
    return { Body: Readable.from([body]) };
  });
}

const runAt = async (id: string, startedAt: string, out = 's3://evb/runs') => (await writeRunFolder(out, { ...demo, scan: { ...demo.scan, id, startedAt } }, ['json', 'markdown'])).dir;

beforeAll(async () => {
  demo = await demoResult();
});
beforeEach(fakeBucket);
afterAll(closeEvidenceClient);

describe('parseS3Url', () => {
  it('splits bucket and prefix; a bad bucket or prefix names the flag', () => {
    expect(parseS3Url('s3://evb/runs/daily/', '--output-dir')).toEqual({ bucket: 'evb', prefix: 'runs/daily' });
    expect(parseS3Url('s3://evb', '--output-dir')).toEqual({ bucket: 'evb', prefix: '' });
    expect(() => parseS3Url('s3://Bad_Bucket/x', '--output-dir')).toThrow(/--output-dir s3:\/\/Bad_Bucket\/x: "Bad_Bucket" is not an S3 bucket name/);
    expect(() => parseS3Url('s3://evb/a//b', '--baseline')).toThrow(/--baseline .*empty, "\." or "\.\." part/);
    expect(() => parseS3Url('s3://evb/a/../b', '--baseline')).toThrow(EnvironmentError);
  });
});

describe('writing a run to S3', () => {
  it('puts each file once with a SHA-256 checksum, the manifest last, under <prefix>/<run>/', async () => {
    const dir = await runAt('c0000000-0000-4000-8000-000000000000', '2026-12-01T11:00:00.000Z');
    expect(dir).toBe('s3://evb/runs/20261201T110000Z-c0000000');
    expect(puts.map((p) => p.Key)).toEqual(['runs/20261201T110000Z-c0000000/result.json', 'runs/20261201T110000Z-c0000000/report.md', 'runs/20261201T110000Z-c0000000/manifest.json']);
    for (const p of puts) expect(p).toMatchObject({ Bucket: 'evb', ChecksumAlgorithm: 'SHA256', IfNoneMatch: '*' });
    expect(JSON.parse(bucket.get('runs/20261201T110000Z-c0000000/result.json')!.toString()).scan.id).toBe('c0000000-0000-4000-8000-000000000000');
  });

  it('refuses a run folder that already holds objects, and S3 refuses a second write of a key', async () => {
    bucket.set('runs/r1/result.json', Buffer.from('{}'));
    await expect(openS3Run(client, { bucket: 'evb', prefix: 'runs' }, 'r1')).rejects.toThrow(/s3:\/\/evb\/runs\/r1\/ already holds objects; a run folder is written once/);
    const sink = await openS3Run(client, { bucket: 'evb', prefix: 'runs' }, 'r2');
    await sink.write('a.json', '1');
    await expect(sink.write('a.json', '2')).rejects.toThrow(/cannot write s3:\/\/evb\/runs\/r2\/a\.json: PreconditionFailed/);
    expect(bucket.get('runs/r2/a.json')!.toString()).toBe('1');
  });

  it('a failed upload is one sentence and leaves the run without a manifest (never complete)', async () => {
    s3.on(PutObjectCommand, { Key: 'runs/20261201T120000Z-d0000000/report.md' }).rejects(awsError('AccessDenied'));
    await expect(runAt('d0000000-0000-4000-8000-000000000000', '2026-12-01T12:00:00.000Z')).rejects.toThrow(
      /cannot write s3:\/\/evb\/runs\/20261201T120000Z-d0000000\/report\.md: AccessDenied.*left incomplete, without manifest\.json/,
    );
    expect([...bucket.keys()]).toEqual(['runs/20261201T120000Z-d0000000/result.json']);
    expect(await s3RunStore('s3://evb/runs', client).completeRuns()).toEqual([]);
  });

  it('checks the output location before any work: a missing bucket names the permission to grant', async () => {
    await expect(checkS3Output('s3://evb/runs', client)).resolves.toEqual({ bucket: 'evb', prefix: 'runs' });
    await expect(checkS3Output('s3://nope/runs', client)).rejects.toThrow(/--output-dir s3:\/\/nope\/runs: cannot list the bucket: NoSuchBucket.*s3:ListBucket/);
  });
});

describe('reading runs back from S3', () => {
  it('lists complete runs only, oldest first by the manifest start time; reads one back verified', async () => {
    await runAt('b0000000-0000-4000-8000-000000000000', '2026-12-01T10:00:00.100Z');
    await runAt('a0000000-0000-4000-8000-000000000000', '2026-12-01T10:00:00.900Z');
    bucket.set('runs/20991231T235959Z-killed00/result.json', Buffer.from(JSON.stringify(demo))); // killed mid-upload
    const store = s3RunStore('s3://evb/runs', client);
    const runs = await store.completeRuns();
    expect(runs.map((r) => r.scanId)).toEqual(['b0000000-0000-4000-8000-000000000000', 'a0000000-0000-4000-8000-000000000000']);
    const read = await store.readVerified(runs[1]!.location);
    expect(read.location).toBe('s3://evb/runs/20261201T100000Z-a0000000');
    expect(read.result.scan.id).toBe('a0000000-0000-4000-8000-000000000000');
    await expect(store.readVerified('s3://evb/runs/20991231T235959Z-killed00')).rejects.toThrow(/has no manifest\.json: the run did not finish/);
  });

  it('refuses a run whose objects differ from the manifest, naming the object', async () => {
    const dir = await runAt('e0000000-0000-4000-8000-000000000000', '2026-12-01T13:00:00.000Z');
    const key = 'runs/20261201T130000Z-e0000000/report.md';
    const store = s3RunStore('s3://evb/runs', client);
    bucket.set(key, Buffer.from(bucket.get(key)!.toString().replace('srm-audit', 'SRM-AUDIT'))); // same size, other bytes
    await expect(store.readVerified(dir)).rejects.toThrow(new RegExp(`${dir} does not verify against its manifest\\.json: report\\.md: changed \\(sha256`));
    bucket.set(key, Buffer.from('short'));
    await expect(store.readVerified(dir)).rejects.toThrow(/report\.md: changed \(5 bytes, manifest says \d+\)/);
  });

  it('reports keys in sub-prefixes and unlisted objects without downloading them', async () => {
    await runAt('f0000000-0000-4000-8000-000000000000', '2026-12-01T14:00:00.000Z');
    bucket.set('runs/20261201T140000Z-f0000000/sub/x.json', Buffer.from('{}'));
    bucket.set('runs/20261201T140000Z-f0000000/extra.txt', Buffer.from('x'));
    const copy = await copyS3Run(client, { bucket: 'evb', prefix: 'runs/20261201T140000Z-f0000000' });
    try {
      expect(copy.problems).toEqual(['extra.txt: not in the manifest', '"sub/x.json": refused: a key in a sub-prefix; run folder files are plain names']);
    } finally {
      await copy.dispose();
    }
    const gets = s3.commandCalls(GetObjectCommand).map((c) => c.args[0].input.Key);
    expect(gets).not.toContain('runs/20261201T140000Z-f0000000/extra.txt');
    expect(gets).not.toContain('runs/20261201T140000Z-f0000000/sub/x.json');
    await expect(copyS3Run(client, { bucket: 'evb', prefix: 'runs/none' })).rejects.toThrow(S3RunIncompleteError);
    await expect(copyS3Run(client, { bucket: 'evb', prefix: 'runs' })).rejects.toThrow(/s3:\/\/evb\/runs\/ holds run folders, not a run/);
  });

  it('--baseline latest on an S3 output prefix is its newest complete run that verifies', async () => {
    await runAt('a1000000-0000-4000-8000-000000000000', '2026-12-01T10:00:00.000Z');
    const newest = await runAt('a2000000-0000-4000-8000-000000000000', '2026-12-01T11:00:00.000Z');
    bucket.set('runs/20991231T235959Z-killed00/result.json', Buffer.from('{}'));
    const warnings: string[] = [];
    const lookup = await findBaseline('latest', 's3://evb/runs', (m) => warnings.push(m));
    expect(lookup.baseline?.location).toBe(newest);
    expect(lookup.earlier.map((e) => e.result.scan.id)).toEqual(['a1000000-0000-4000-8000-000000000000', 'a2000000-0000-4000-8000-000000000000']);
    expect(warnings).toEqual([]);
    // Each object read once: the manifests the listing read are not fetched again to verify.
    const gets = s3.commandCalls(GetObjectCommand).map((c) => c.args[0].input.Key);
    expect(gets.filter((k) => k?.endsWith('manifest.json')).sort()).toEqual([
      'runs/20261201T100000Z-a1000000/manifest.json',
      'runs/20261201T110000Z-a2000000/manifest.json',
      'runs/20991231T235959Z-killed00/manifest.json', // NoSuchKey: not complete
    ]);
    expect(new Set(gets).size).toBe(gets.length);
    // Named directly: an S3 run without manifest is refused, never read as complete.
    await expect(findBaseline('s3://evb/runs/20991231T235959Z-killed00', 's3://evb/runs', () => {})).rejects.toThrow(RunRefusedError);
  });
});
