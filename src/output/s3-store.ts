import { createWriteStream } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { S3Client } from '@aws-sdk/client-s3';
import { ClientFactory, DEFAULT_CLIENT_OPTIONS } from '../aws/clients.js';
import { commandClass } from '../aws/sdk.js';
import { EnvironmentError } from '../util/errors.js';
import { fileNameProblem, MANIFEST, MAX_MANIFEST_BYTES, MAX_SIGNATURE_BYTES, parseManifest, SIGNATURE } from './manifest.js';

/**
 * The evidence store on S3: `--output-dir s3://bucket/prefix` keeps run folders as objects
 * `<prefix>/<run>/<file>`. This is an output target, not a scan operation: its writes use their
 * own client (the default credential chain, i.e. the task role that owns the evidence bucket, not
 * the audited account's role) and their own policy (docs/permissions.md), so the scan's operation
 * table and `srm-audit policy` stay read-only.
 */

/** A bucket and a key prefix without leading or trailing slash ('' for the bucket's root). */
export interface S3Location {
  bucket: string;
  prefix: string;
}

export const isS3Url = (s: string): boolean => /^s3:\/\//i.test(s);

/** S3's bucket naming rules (general purpose buckets): 3-63 of a-z, 0-9, '.', '-'. */
const BUCKET = /^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/;

/** `s3://bucket/some/prefix/` → { bucket, prefix: 'some/prefix' }; a usage error names the flag. */
export function parseS3Url(url: string, flag: string): S3Location {
  const m = /^s3:\/\/([^/]*)\/?(.*)$/i.exec(url);
  const bucket = m?.[1] ?? '';
  if (!BUCKET.test(bucket)) throw new EnvironmentError(`${flag} ${url}: "${bucket}" is not an S3 bucket name; give s3://<bucket>/<prefix>`);
  const prefix = (m?.[2] ?? '').replace(/\/+$/, '');
  if (prefix.split('/').some((p, i, all) => (p === '' && all.length > 1) || p === '.' || p === '..')) {
    throw new EnvironmentError(`${flag} ${url}: the prefix has an empty, "." or ".." part; give s3://<bucket>/<prefix>`);
  }
  return { bucket, prefix };
}

const keyOf = (loc: S3Location, ...names: string[]) => [loc.prefix, ...names].filter(Boolean).join('/');
export const s3Url = (loc: S3Location, ...names: string[]): string => `s3://${loc.bucket}/${keyOf(loc, ...names)}`;

/** An S3 error in one sentence: its code (AccessDenied, NoSuchBucket, …) and message. */
export function describeS3Error(err: unknown): string {
  const e = err as { name?: string; Code?: string; message?: string; $metadata?: { httpStatusCode?: number } };
  const code = e?.Code ?? e?.name ?? 'Error';
  const msg = (e?.message ?? String(err)).split('\n')[0];
  return msg && msg !== code ? `${code}: ${msg}` : `${code} (HTTP ${e?.$metadata?.httpStatusCode ?? '?'})`;
}

const isNotFound = (err: unknown) => {
  const e = err as { name?: string; $metadata?: { httpStatusCode?: number } };
  return e?.name === 'NoSuchKey' || e?.name === 'NotFound' || e?.$metadata?.httpStatusCode === 404;
};

let shared: Promise<S3Client> | undefined;
let factory: ClientFactory | undefined;

/**
 * The one S3 client of the evidence store, built through THE client factory so the SDK's own
 * AWS_ENDPOINT_URL[_S3] override (and path-style addressing against an emulator) applies. Its region
 * is only the first guess: the factory's S3 clients follow region redirects to the bucket's region.
 */
export function evidenceClient(env: NodeJS.ProcessEnv = process.env): Promise<S3Client> {
  factory ??= new ClientFactory({ ...DEFAULT_CLIENT_OPTIONS, env });
  return (shared ??= factory.get('s3', env.AWS_REGION || env.AWS_DEFAULT_REGION || 'us-east-1') as unknown as Promise<S3Client>);
}

/** Closes the evidence client (the CLI calls it before exiting; tests between cases). */
export async function closeEvidenceClient(): Promise<void> {
  const f = factory;
  factory = undefined;
  shared = undefined;
  await f?.destroy();
}

/** Sends one S3 operation with the command class from the SDK table (the package loads on first use). */
async function send<T>(client: S3Client, operation: string, input: Record<string, unknown>): Promise<T> {
  const Command = await commandClass('s3', operation);
  return (await (client as unknown as { send(c: unknown): Promise<unknown> }).send(new Command(input))) as T;
}

interface Listed {
  Contents?: { Key?: string; Size?: number }[];
  CommonPrefixes?: { Prefix?: string }[];
  IsTruncated?: boolean;
  NextContinuationToken?: string;
}

/** Every object (and, with a delimiter, every sub-prefix) under `prefix`, page by page. */
async function listAll(client: S3Client, bucket: string, prefix: string, delimiter?: string): Promise<{ objects: { key: string; size: number }[]; prefixes: string[] }> {
  const objects: { key: string; size: number }[] = [];
  const prefixes: string[] = [];
  let token: string | undefined;
  do {
    const page = await send<Listed>(client, 'ListObjectsV2', { Bucket: bucket, Prefix: prefix, ...(delimiter ? { Delimiter: delimiter } : {}), ...(token ? { ContinuationToken: token } : {}) });
    for (const o of page.Contents ?? []) if (o.Key) objects.push({ key: o.Key, size: o.Size ?? 0 });
    for (const p of page.CommonPrefixes ?? []) if (p.Prefix) prefixes.push(p.Prefix);
    token = page.IsTruncated ? page.NextContinuationToken : undefined;
  } while (token);
  return { objects, prefixes };
}

async function getBody(client: S3Client, bucket: string, key: string): Promise<Readable> {
  const out = await send<{ Body?: unknown }>(client, 'GetObject', { Bucket: bucket, Key: key });
  if (!(out.Body instanceof Readable)) throw new Error(`GetObject of ${key} returned no readable body`);
  return out.Body;
}

async function getText(client: S3Client, bucket: string, key: string, maxBytes: number): Promise<string> {
  const chunks: Buffer[] = [];
  let n = 0;
  for await (const c of await getBody(client, bucket, key)) {
    n += (c as Buffer).length;
    if (n > maxBytes) throw new EnvironmentError(`s3://${bucket}/${key} is more than the ${maxBytes} bytes it can be`);
    chunks.push(c as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/** Where the run folder writer puts one run's files: here, one S3 object each. */
export interface S3RunSink {
  /** s3://bucket/prefix/<run> */
  url: string;
  /** Uploads one file once (never over an existing object); returns its S3 URL. */
  write(name: string, content: string | Iterable<string>): Promise<string>;
}

/**
 * Opens the run `<prefix>/<runName>/` for writing. Refused when any object is already there: a
 * run folder is written once. Each object is uploaded with the SDK's managed upload (multipart
 * above 5 MiB), a SHA-256 checksum S3 checks on arrival (Object Lock buckets require a checksum or
 * Content-MD5), and If-None-Match: * so S3 itself refuses to replace an existing object.
 */
export async function openS3Run(client: S3Client, loc: S3Location, runName: string): Promise<S3RunSink> {
  const run = { bucket: loc.bucket, prefix: keyOf(loc, runName) };
  const url = s3Url(run);
  try {
    const there = await send<Listed>(client, 'ListObjectsV2', { Bucket: loc.bucket, Prefix: `${run.prefix}/`, MaxKeys: 1 });
    if (there.Contents?.length) throw new EnvironmentError(`--output-dir: ${url}/ already holds objects; a run folder is written once, never over another`);
  } catch (err) {
    if (err instanceof EnvironmentError) throw err;
    throw new EnvironmentError(`--output-dir: cannot list ${url}/: ${describeS3Error(err)}; the evidence writer needs s3:ListBucket on the bucket (docs/permissions.md)`);
  }
  const { Upload } = await import('@aws-sdk/lib-storage');
  return {
    url,
    async write(name, content) {
      const Key = keyOf(run, name);
      const Body = typeof content === 'string' ? Buffer.from(content) : Readable.from(toBuffers(content));
      try {
        const upload = new Upload({
          client,
          params: { Bucket: loc.bucket, Key, Body, ChecksumAlgorithm: 'SHA256', IfNoneMatch: '*', ContentType: contentType(name) },
          // One part in flight: a run folder's reports are written one after another anyway.
          queueSize: 1,
          leavePartsOnError: false,
        });
        await upload.done();
      } catch (err) {
        throw new EnvironmentError(`cannot write s3://${loc.bucket}/${Key}: ${describeS3Error(err)}; the run ${url}/ is left incomplete, without ${MANIFEST} (check the evidence policy in docs/permissions.md)`);
      }
      return `s3://${loc.bucket}/${Key}`;
    },
  };
}

function* toBuffers(pieces: Iterable<string>): Generator<Buffer> {
  for (const p of pieces) yield Buffer.from(p);
}

const contentType = (name: string) => (name.endsWith('.json') ? 'application/json' : name.endsWith('.html') ? 'text/html; charset=utf-8' : name.endsWith('.md') ? 'text/markdown; charset=utf-8' : name.endsWith('.sig') ? 'text/plain' : 'application/octet-stream');

/** A run downloaded for verification: the local copy, and what was wrong before anything was read. */
export interface S3RunCopy {
  dir: string;
  /** Objects that could not be placed in a run folder (keys in sub-prefixes, sizes unlike the manifest's). */
  problems: string[];
  /** Removes the local copy. */
  dispose(): Promise<void>;
}

/** A run on S3 that has no manifest: never read as complete. */
export class S3RunIncompleteError extends EnvironmentError {}

/**
 * Copies the run `run` (its objects `<run.prefix>/<file>`) into a fresh owner-only temporary
 * folder, so the local verifier checks it byte for byte (manifest, digests, signature, unlisted
 * files). Only plain file names listed by the manifest, at the size it records, are downloaded;
 * anything else is reported as a problem instead of being fetched.
 */
export async function copyS3Run(client: S3Client, run: S3Location, knownManifest?: string): Promise<S3RunCopy> {
  const url = s3Url(run);
  let listing;
  try {
    listing = await listAll(client, run.bucket, `${run.prefix}/`);
  } catch (err) {
    throw new EnvironmentError(`cannot list ${url}/: ${describeS3Error(err)}`);
  }
  const objects = new Map(listing.objects.map((o) => [o.key.slice(run.prefix.length + 1), o.size]));
  if (!objects.has(MANIFEST)) {
    if (objects.size && [...objects.keys()].every((k) => k.includes('/'))) {
      throw new S3RunIncompleteError(`${url}/ holds run folders, not a run: give one of them, s3://…/<timestamp>-<scan id>`);
    }
    throw new S3RunIncompleteError(objects.size ? `${url}/ has no ${MANIFEST}: the run did not finish (killed mid-upload?), so it is not a complete run` : `${url}/ holds no objects: not an srm-audit run folder`);
  }
  if ((objects.get(MANIFEST) ?? 0) > MAX_MANIFEST_BYTES) throw new EnvironmentError(`${url}/${MANIFEST} is larger than a manifest can be`);
  let text: string;
  try {
    // Objects are written once (If-None-Match), so the manifest a listing already read is this one.
    text = knownManifest ?? (await getText(client, run.bucket, keyOf(run, MANIFEST), MAX_MANIFEST_BYTES));
  } catch (err) {
    if (err instanceof EnvironmentError) throw err;
    throw new EnvironmentError(`cannot read ${url}/${MANIFEST}: ${describeS3Error(err)}`);
  }
  const manifest = parseManifest(text, `${url}/${MANIFEST}`);
  const listed = new Map(manifest.files.map((f) => [f.name, f.bytes]));
  const dir = await mkdtemp(join(tmpdir(), 'srm-audit-s3-run-'));
  const dispose = () => rm(dir, { recursive: true, force: true });
  const problems: string[] = [];
  try {
    await writeText(join(dir, MANIFEST), text);
    for (const [name, size] of [...objects].sort(([a], [b]) => (a < b ? -1 : 1))) {
      if (name === MANIFEST) continue;
      if (name === SIGNATURE) {
        if (size > MAX_SIGNATURE_BYTES) problems.push(`${SIGNATURE}: refused: it is ${size} bytes, more than a signature can be`);
        else await download(client, run.bucket, keyOf(run, name), join(dir, name));
        continue;
      }
      const bad = name.includes('/') ? 'a key in a sub-prefix; run folder files are plain names' : fileNameProblem(name);
      if (bad) problems.push(`${JSON.stringify(name)}: refused: ${bad}`);
      else if (!listed.has(name)) problems.push(`${name}: not in the manifest`);
      else if (listed.get(name) !== size) problems.push(`${name}: changed (${size} bytes, manifest says ${listed.get(name)})`);
      else await download(client, run.bucket, keyOf(run, name), join(dir, name));
    }
  } catch (err) {
    await dispose();
    throw err instanceof EnvironmentError ? err : new EnvironmentError(`cannot read ${url}/: ${describeS3Error(err)}`);
  }
  return { dir, problems, dispose };
}

async function writeText(path: string, text: string): Promise<void> {
  await pipeline(Readable.from([Buffer.from(text)]), createWriteStream(path, { flags: 'wx', mode: 0o600 }));
}

async function download(client: S3Client, bucket: string, key: string, path: string): Promise<void> {
  await pipeline(await getBody(client, bucket, key), createWriteStream(path, { flags: 'wx', mode: 0o600 }));
}

/**
 * The runs under an S3 output prefix: `<prefix>/<run>/`. Complete ones hold a manifest (written
 * last); their start time comes from the manifest, read once here.
 */
export async function listS3Runs(client: S3Client, loc: S3Location): Promise<{ run: S3Location; scanId: string; startedAt: string; manifest: string }[]> {
  const base = loc.prefix ? `${loc.prefix}/` : '';
  let listing;
  try {
    listing = await listAll(client, loc.bucket, base, '/');
  } catch (err) {
    throw new EnvironmentError(`cannot list ${s3Url(loc)}/: ${describeS3Error(err)}`);
  }
  const one = async (p: string) => {
    const run = { bucket: loc.bucket, prefix: p.replace(/\/$/, '') };
    let text: string;
    try {
      text = await getText(client, loc.bucket, keyOf(run, MANIFEST), MAX_MANIFEST_BYTES);
    } catch (err) {
      if (isNotFound(err)) return undefined; // no manifest: the run did not finish, or is not a run
      if (err instanceof EnvironmentError) return undefined; // larger than any manifest: not one
      throw new EnvironmentError(`cannot read ${s3Url(run, MANIFEST)}: ${describeS3Error(err)}`);
    }
    const m = (() => {
      try {
        return JSON.parse(text) as { scan?: { id?: unknown; startedAt?: unknown } };
      } catch {
        return undefined;
      }
    })();
    if (typeof m?.scan?.id !== 'string' || typeof m.scan.startedAt !== 'string') return undefined; // not a manifest srm-audit wrote
    return { run, scanId: m.scan.id, startedAt: m.scan.startedAt, manifest: text };
  };
  // A year of daily runs is 365 small reads: a few at a time, not one after another.
  const prefixes = listing.prefixes.sort();
  const found: Awaited<ReturnType<typeof one>>[] = [];
  for (let i = 0; i < prefixes.length; i += MANIFEST_READS) found.push(...(await Promise.all(prefixes.slice(i, i + MANIFEST_READS).map(one))));
  return found.filter((r) => r !== undefined);
}

const MANIFEST_READS = 8;

/**
 * `--output-dir s3://…` checked before any work (as a local folder is): the URL is well formed and
 * the bucket answers a listing of the prefix, so a missing bucket or a missing evidence permission
 * is one sentence and exit 2 before the scan, not after it.
 */
export async function checkS3Output(url: string, client?: S3Client): Promise<S3Location> {
  const loc = parseS3Url(url, '--output-dir');
  try {
    await send<Listed>(client ?? (await evidenceClient()), 'ListObjectsV2', { Bucket: loc.bucket, Prefix: loc.prefix ? `${loc.prefix}/` : '', MaxKeys: 1 });
  } catch (err) {
    throw new EnvironmentError(`--output-dir ${url}: cannot list the bucket: ${describeS3Error(err)}; the evidence writer needs s3:ListBucket, s3:GetObject and s3:PutObject there (docs/permissions.md)`);
  }
  return loc;
}
