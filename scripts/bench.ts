/**
 * `npm run bench`: a synthetic large account in moto, scanned through a proxy that adds a fixed
 * delay to every request (a real AWS round trip), measured against the lower bound
 * (calls × delay ÷ concurrency). Passes: through to moto, then answered by the proxy from
 * what it recorded (a fixed-latency server without moto's own service time), then that again with
 * the old generation capped, and with V8's default heap growth instead of the CLI's. Prints JSON;
 * BENCHMARKS.md records the figures.
 *   npx tsx scripts/bench.ts [--delay 40] [--scale 1]
 */
import { execFile } from 'node:child_process';
import { mkdtemp, readdir, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { AuthorizeSecurityGroupIngressCommand, CreateSecurityGroupCommand, EC2Client, RunInstancesCommand } from '@aws-sdk/client-ec2';
import { CreateAccessKeyCommand, CreateRoleCommand, CreateUserCommand, IAMClient, PutUserPolicyCommand } from '@aws-sdk/client-iam';
import { CreateFunctionCommand, LambdaClient } from '@aws-sdk/client-lambda';
import { CreateBucketCommand, PutBucketPolicyCommand, S3Client } from '@aws-sdk/client-s3';
import pLimit from 'p-limit';
import { DEFAULT_LIMITS } from '../src/aws/call.js';
import type { ScanResult } from '../src/result/result.js';
import { packageRoot } from '../src/util/package-root.js';
import { motoEnv, startMoto } from './support/moto-server.js';
import { startLatencyProxy } from './latency-proxy.js';

const run = promisify(execFile);
const arg = (name: string, dflt: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : dflt;
};
const DELAY = arg('delay', 40);
const HEAP_CAP_MIB = arg('heap-cap', 192);
const SCALE = arg('scale', 1);
const REGIONS = ['us-east-1', 'eu-west-1', 'ap-southeast-2'];
const N = { buckets: 2000 * SCALE, users: 1000 * SCALE, groupsPerRegion: 1000 * SCALE, instancesPerRegion: 500 * SCALE, functions: 200 * SCALE };

const moto = await startMoto();
const creds = { accessKeyId: 'testing', secretAccessKey: 'testing' };
const seedLimit = pLimit(24);
const t0 = performance.now();
try {
  const s3 = new S3Client({ endpoint: moto.endpoint, region: 'us-east-1', credentials: creds, forcePathStyle: true });
  const iam = new IAMClient({ endpoint: moto.endpoint, region: 'us-east-1', credentials: creds });
  await Promise.all(Array.from({ length: N.buckets }, (_, i) => seedLimit(async () => {
    const Bucket = `bench-bucket-${String(i).padStart(5, '0')}`;
    await s3.send(new CreateBucketCommand({ Bucket }));
    if (i % 4 === 0) await s3.send(new PutBucketPolicyCommand({ Bucket, Policy: JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Deny', Principal: { AWS: '*' }, Action: 's3:*', Resource: [`arn:aws:s3:::${Bucket}`, `arn:aws:s3:::${Bucket}/*`], Condition: { Bool: { 'aws:SecureTransport': 'false' } } }] }) }));
  })));
  await Promise.all(Array.from({ length: N.users }, (_, i) => seedLimit(async () => {
    const UserName = `bench-user-${i}`;
    await iam.send(new CreateUserCommand({ UserName }));
    await iam.send(new CreateAccessKeyCommand({ UserName }));
    await iam.send(new PutUserPolicyCommand({ UserName, PolicyName: 'p', PolicyDocument: JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: i % 50 === 0 ? '*' : 's3:GetObject', Resource: '*' }] }) }));
  })));
  const trust = JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { Service: 'lambda.amazonaws.com' }, Action: 'sts:AssumeRole' }] });
  await iam.send(new CreateRoleCommand({ RoleName: 'bench-fn', AssumeRolePolicyDocument: trust }));
  const lambda = new LambdaClient({ endpoint: moto.endpoint, region: REGIONS[0]!, credentials: creds });
  await Promise.all(Array.from({ length: N.functions }, (_, i) => seedLimit(() => lambda.send(new CreateFunctionCommand({
    FunctionName: `bench-fn-${i}`, Runtime: i % 10 === 0 ? 'python3.8' : 'nodejs22.x', Role: 'arn:aws:iam::123456789012:role/bench-fn', Handler: 'index.handler',
    Code: { ZipFile: Buffer.from('bench') }, Environment: { Variables: { STAGE: 'bench', ...(i % 20 === 0 ? { DB_PASSWORD: `bench-secret-${i}-Xk29fj3Lq0` } : {}) } },
  })))));
  for (const region of REGIONS) {
    const ec2 = new EC2Client({ endpoint: moto.endpoint, region, credentials: creds });
    await Promise.all(Array.from({ length: N.groupsPerRegion }, (_, i) => seedLimit(async () => {
      const g = await ec2.send(new CreateSecurityGroupCommand({ GroupName: `bench-sg-${i}`, Description: 'bench' }));
      await ec2.send(new AuthorizeSecurityGroupIngressCommand({ GroupId: g.GroupId!, IpPermissions: [{ IpProtocol: 'tcp', FromPort: i % 10 === 0 ? 22 : 443, ToPort: i % 10 === 0 ? 22 : 443, IpRanges: [{ CidrIp: '0.0.0.0/0' }] }] }));
    })));
    for (let done = 0; done < N.instancesPerRegion; done += 100) {
      await ec2.send(new RunInstancesCommand({ ImageId: 'ami-12c6146b', InstanceType: 't3.micro', MinCount: 100, MaxCount: 100 }));
    }
  }
  const seedSeconds = (performance.now() - t0) / 1000;

  const proxy = await startLatencyProxy(moto.endpoint, DELAY);
  const scan = async (nodeOptions = '', nodeArgs: string[] = []) => {
    const out = await mkdtemp(join(tmpdir(), 'srm-bench-'));
    const t1 = performance.now();
    const { stderr } = await run('/usr/bin/time', ['-f', 'maxrss_kb=%M', process.execPath, ...nodeArgs, join(packageRoot(), 'dist/src/cli/bin.js'), 'scan', '--regions', REGIONS.join(','), '--output-dir', out, '--quiet', '--fail-on', 'none', '--concurrency', String(DEFAULT_LIMITS.concurrency)], {
      env: { ...process.env, ...motoEnv(proxy.endpoint), NODE_OPTIONS: nodeOptions },
      maxBuffer: 64 << 20,
    }).catch((e: { stderr: string }) => ({ stderr: e.stderr }));
    const wall = (performance.now() - t1) / 1000;
    const [dir] = await readdir(out);
    const result = JSON.parse(await readFile(join(out, dir!, 'result.json'), 'utf8')) as ScanResult;
    const calls = result.scan.apiCalls;
    const lowerBound = (calls * DELAY) / 1000 / DEFAULT_LIMITS.concurrency;
    // The per-service caps bound each service's share too: the scan cannot beat the slowest share.
    const byService = new Map<string, number>();
    for (const [op, n] of Object.entries(result.scan.apiCallsByOperation)) byService.set(op.split(':')[0]!, (byService.get(op.split(':')[0]!) ?? 0) + n);
    const capBound = Math.max(lowerBound, ...[...byService].map(([svc, n]) => (n * DELAY) / 1000 / Math.min(DEFAULT_LIMITS.concurrency, DEFAULT_LIMITS.serviceCaps[svc as keyof typeof DEFAULT_LIMITS.serviceCaps] ?? DEFAULT_LIMITS.concurrency)));
    return {
      summary: {
        wallSeconds: +wall.toFixed(1),
        apiCalls: calls,
        lowerBoundSeconds: +lowerBound.toFixed(1),
        ratio: +(wall / lowerBound).toFixed(2),
        capAwareLowerBoundSeconds: +capBound.toFixed(1),
        capAwareRatio: +(wall / capBound).toFixed(2),
        peakRssMiB: Math.round(Number(/maxrss_kb=(\d+)/.exec(stderr)?.[1] ?? 0) / 1024),
        findings: result.findings.length,
        errors: result.summary.status.ERROR,
      },
      apiCallsByService: Object.fromEntries(byService),
      apiCallsByOperation: result.scan.apiCallsByOperation,
      findingKeys: result.findings.map((f) => `${f.id} ${f.status}`).sort(),
    };
  };
  // Pass 1 goes through to moto (and records its answers); pass 2 is answered by the proxy alone.
  const throughMoto = await scan();
  proxy.replay();
  const replayed = await scan();
  // How much of the peak is live data and how much is garbage V8 had not yet collected: the same
  // scan with the old generation capped (it fails with a heap error if the live set does not fit).
  const capped = await scan(`--max-old-space-size=${HEAP_CAP_MIB}`).catch((e: Error) => ({ summary: { failed: e.message.split('\n')[0] } }));
  // The CLI's own heap setting (src/cli/heap.ts) left out: V8's default growth, what the peak was before it.
  const v8Default = await scan('', ['--heap-growing-percent=0']).catch((e: Error) => ({ summary: { failed: e.message.split('\n')[0] } }));
  const misses = proxy.misses();
  await proxy.stop();
  console.log(JSON.stringify({
    estate: { ...N, regions: REGIONS.length },
    seedSeconds: +seedSeconds.toFixed(1),
    delayMs: DELAY,
    concurrency: DEFAULT_LIMITS.concurrency,
    serviceCaps: DEFAULT_LIMITS.serviceCaps,
    throughMoto: throughMoto.summary,
    fixedLatencyServer: { ...replayed.summary, unrecordedRequests: misses, sameFindingsAsThroughMoto: replayed.findingKeys.join('\n') === throughMoto.findingKeys.join('\n') },
    [`fixedLatencyServerHeapCapped${HEAP_CAP_MIB}MiB`]: capped.summary,
    fixedLatencyServerV8DefaultHeapGrowth: v8Default.summary,
    apiCallsByService: replayed.apiCallsByService,
    apiCallsByOperation: replayed.apiCallsByOperation,
  }, null, 1));
} finally {
  await moto.stop();
}
