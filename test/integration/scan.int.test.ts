/**
 * The whole product against a real AWS API: seed the demo company into a moto server of its own,
 * scan it through the CLI entry point as a user would (AWS_ENDPOINT_URL), and assert that the
 * findings are exactly what the seeding planted, with no false PASS.
 */
import { mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../harness/cli-process.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OPERATIONS, READ_ONLY_OPERATION } from '../../src/aws/operations.js';
import type { Finding } from '../../src/result/finding.js';
import { validateResult, type ScanResult } from '../../src/result/result.js';
import { DEMO_CODEBUILD_KEY_ID, DEMO_ECS_DB_PASSWORD, DEMO_REGIONS, DEMO_SECRET_STRING, seedClients, seedDemoAccount, type SeededIds } from '../../scripts/support/demo-account.js';
import { motoEnv, startMoto, type MotoServer } from '../../scripts/support/moto-server.js';

const ACCOUNT = '123456789012'; // moto's default account: the CLI sends no account header

let moto: MotoServer;
let ids: SeededIds;
let out: string;
let result: ScanResult;
let stderr: string;
let exitCode: number;

/** Runs the real CLI entry point (TypeScript source through tsx, so no stale build can be tested). */
const srmAudit = (args: string[], env: Record<string, string>) => runCli(args, env);

const byCheck = (checkId: string) => result.findings.filter((f) => f.checkId === checkId);
const statusOf = (checkId: string, resourceId: string): string[] => byCheck(checkId).filter((f) => f.resource.id === resourceId).map((f) => f.status);

beforeAll(async () => {
  moto = await startMoto({ MOTO_IAM_LOAD_MANAGED_POLICIES: 'true' });
  ids = await seedDemoAccount(seedClients(moto.endpoint));
  out = await mkdtemp(join(tmpdir(), 'srm-scan-int-'));
  const r = await srmAudit(['scan', '--regions', DEMO_REGIONS.join(','), '--output-dir', join(out, 'runs'), '--save-snapshot', join(out, 'snapshot.json'), '--verbose'], motoEnv(moto.endpoint));
  exitCode = r.code;
  stderr = r.stderr;
  const [runDir] = await readdir(join(out, 'runs'));
  result = JSON.parse(await readFile(join(out, 'runs', runDir!, 'result.json'), 'utf8')) as ScanResult;
});

afterAll(async () => {
  await moto?.stop();
});

describe('full scan of the seeded demo account through the CLI', () => {
  it('produces a schema-valid result covering the account and regions', () => {
    expect(validateResult(result)).toEqual([]);
    expect(result.scan.accounts).toEqual([ACCOUNT]);
    expect(result.scan.regions).toEqual([...DEMO_REGIONS].sort());
    expect(result.scan.mode).toBe('live');
    expect(result.scan.apiCalls).toBeGreaterThan(20);
  });

  it('exits 1 (failures found) or 3 (incomplete), as the result says', () => {
    expect(exitCode).toBe(result.scan.incomplete ? 3 : 1);
  });

  it('calls only read-only operations from the operations table, none of them twice with the same input', () => {
    for (const op of Object.keys(result.scan.apiCallsByOperation)) {
      expect(OPERATIONS, op).toHaveProperty([op]);
      expect(op.split(':')[1], op).toMatch(READ_ONLY_OPERATION);
    }
    expect(stderr).not.toContain('called twice with the same input');
  });

  it('finds the planted failures', () => {
    const planted: [string, string][] = [
      ['iam.console-users-mfa-enabled', 'bob'],
      ['iam.single-active-access-key', 'ci-deploy'],
      ['iam.user-permissions-through-groups', 'ci-deploy'],
      ['s3.bucket-secure-transport', 'acme-web-assets'],
      ['s3.bucket-secure-transport', 'acme-tmp-exports'],
      ['s3.bucket-not-public', 'acme-web-assets'],
      ['s3.bucket-access-logging-enabled', 'acme-tmp-exports'],
      ['s3.bucket-public-access-block', 'acme-web-assets'],
      ['ec2.imdsv2-required', ids.legacyInstance],
      ['ec2.ebs-volume-encrypted', ids.unencryptedVolume],
      ['ec2.snapshot-not-public', ids.publicSnapshot],
      ['ec2.snapshot-encrypted', ids.publicSnapshot],
      ['ec2.vpc-flow-logs-enabled', ids.euVpc],
      ['ec2.nacl-admin-ports-restricted', ids.openNacl],
      ['cloudtrail.log-file-validation-enabled', 'acme-main'],
      ['cloudtrail.kms-encryption', 'acme-main'],
      ['cloudtrail.s3-object-write-events', ACCOUNT],
      ['cloudtrail.s3-object-read-events', ACCOUNT],
      ['iam.no-full-admin-policies', 'LegacyFullAccess'],
      ['iam.support-role-exists', `${ACCOUNT}/global`],
      ['iam.password-policy-min-length', 'account-password-policy'],
      ['ec2.security-group-admin-ports-restricted', ids.bastionGroup],
      ['rds.instance-storage-encrypted', 'reporting-db'],
      ['rds.instance-not-public', 'reporting-db'],
      ['rds.auto-minor-version-upgrade', 'reporting-db'],
      ['securityhub.enabled', `${ACCOUNT}/us-east-1`],
      ['config.recorder-enabled', `${ACCOUNT}/eu-west-1`],
      ['ec2.instance-profile-attached', ids.legacyInstance],
      ['cloudwatch.alarm-iam-policy-changes', `${ACCOUNT}/iam-policy-changes`],
      ['cloudwatch.alarm-unauthorized-api-calls', `${ACCOUNT}/unauthorized-api-calls`],
      ['logs.log-group-retention', '/aws/lambda/orders-webhook'],
      ['cloudtrail.s3-bucket-object-lock', 'acme-main'],
      ['lambda.no-secrets-in-environment', 'orders-webhook'],
      ['lambda.runtime-supported', 'orders-webhook'],
      ['apigateway.rest-api-authorization', ids.ordersApi],
      ['apigateway.stage-access-logging', `${ids.ordersApi}/prod`],
      ['apigateway.stage-waf-associated', `${ids.ordersApi}/prod`],
      ['apigateway.http-api-route-authorization', ids.webhooksApi],
      // containers: a mutable repository without lifecycle, an unwatched cluster, a careless task definition
      ['ecr.tag-immutability-enabled', 'acme/ingest'],
      ['ecr.lifecycle-policy-configured', 'acme/ingest'],
      ['ecs.cluster-container-insights-enabled', 'ingest'],
      ['ecs.task-definition-no-privileged-containers', 'ingest-worker'],
      ['ecs.task-definition-non-root-user', 'ingest-worker'],
      ['ecs.task-definition-read-only-root-filesystem', 'ingest-worker'],
      ['ecs.task-definition-no-secrets-in-environment', 'ingest-worker'],
      // data services
      ['dynamodb.table-pitr-enabled', 'sessions'],
      ['dynamodb.table-deletion-protection-enabled', 'sessions'],
      ['sqs.queue-encrypted', 'partner-drop'],
      ['sqs.queue-policy-not-public', 'partner-drop'],
      ['sns.topic-encrypted', 'security-alerts'],
      ['secretsmanager.secret-rotation-enabled', 'prod/orders-db'],
      // build and analytics: a deploy key pasted into the build, an unconfigured Athena workgroup
      ['codebuild.no-plaintext-secrets', 'web-assets-build'],
      ['athena.workgroup-results-encrypted', 'adhoc'],
      ['athena.workgroup-configuration-enforced', 'adhoc'],
      // streams and workflows
      ['kinesis.stream-encrypted', 'clickstream'],
      ['kinesis.stream-retention-period', 'clickstream'],
      ['sfn.state-machine-logging-enabled', 'nightly-export'],
      ['sfn.state-machine-tracing-enabled', 'nightly-export'],
    ];
    for (const [check, resource] of planted) expect(statusOf(check, resource), `${check} ${resource}`).toEqual(['FAIL']);
  });

  it('passes what was configured well, so a PASS is evidence and not a default', () => {
    const good: [string, string][] = [
      ['codebuild.source-no-credentials', 'web-assets-build'],
      ['codebuild.privileged-mode-disabled', 'web-assets-build'],
      ['codebuild.logging-enabled', 'web-assets-build'],
      ['emr.block-public-access-enabled', `${ACCOUNT}/us-east-1`],
      ['emr.block-public-access-enabled', `${ACCOUNT}/eu-west-1`],
      ['iam.console-users-mfa-enabled', 'alice'],
      ['iam.console-users-mfa-enabled', 'carol'],
      ['s3.bucket-secure-transport', 'acme-prod-data'],
      ['s3.bucket-not-public', 'acme-prod-data'],
      ['s3.bucket-public-access-block', 'acme-prod-data'],
      ['s3.bucket-access-logging-enabled', 'acme-prod-data'],
      ['cloudtrail.multi-region-trail-enabled', ACCOUNT],
      ['cloudtrail.trail-logging', 'acme-main'],
      ['cloudtrail.s3-bucket-access-logging', 'acme-main'],
      ['ec2.imdsv2-required', ids.webInstance],
      ['iam.single-active-access-key', 'alice'],
      ['rds.instance-storage-encrypted', 'orders-db'],
      ['rds.instance-not-public', 'orders-db'],
      ['ec2.instance-profile-attached', ids.webInstance],
      ['cloudwatch.alarm-root-account-usage', `${ACCOUNT}/root-account-usage`],
      ['cloudwatch.alarm-console-auth-failures', `${ACCOUNT}/console-auth-failures`],
      ['logs.log-group-retention', 'acme-cloudtrail'],
      ['cloudtrail.s3-bucket-not-public', 'acme-main'],
      ['ecr.image-scanning-enabled', 'acme/ingest'],
      ['ecr.image-scanning-enabled', 'acme/dashboard'],
      ['ecr.tag-immutability-enabled', 'acme/dashboard'],
      ['ecr.lifecycle-policy-configured', 'acme/dashboard'],
      ['ecr.repository-policy-not-public', 'acme/dashboard'],
      ['ecr.repository-policy-not-public', 'acme/ingest'],
      ['ecs.cluster-container-insights-enabled', 'dashboard'],
      ['ecs.service-no-public-ip', 'dashboard/dashboard-web'],
      ['ecs.task-definition-logging-configured', 'ingest-worker'],
      ['ecs.task-definition-no-host-namespaces', 'ingest-worker'],
      ['ecs.task-definition-no-privileged-containers', 'dashboard-web'],
      ['ecs.task-definition-non-root-user', 'dashboard-web'],
      ['ecs.task-definition-read-only-root-filesystem', 'dashboard-web'],
      ['ecs.task-definition-no-secrets-in-environment', 'dashboard-web'],
      ['ecs.task-definition-logging-configured', 'dashboard-web'],
      ['ecs.task-definition-no-host-namespaces', 'dashboard-web'],
      ['logs.log-group-retention', '/ecs/ingest-worker'],
      ['dynamodb.table-pitr-enabled', 'orders'],
      ['dynamodb.table-deletion-protection-enabled', 'orders'],
      ['dynamodb.table-cmk-encrypted', 'orders'],
      ['sqs.queue-encrypted', 'ingest-jobs'],
      ['sqs.queue-policy-not-public', 'ingest-jobs'],
      ['sns.topic-encrypted', 'ingest-events'],
      ['sns.topic-policy-not-public', 'ingest-events'],
      ['secretsmanager.secret-rotation-enabled', 'prod/dashboard-api'],
      ['secretsmanager.resource-policy-not-public', 'prod/orders-db'],
      ['kinesis.stream-encrypted', 'order-events'],
      ['kinesis.stream-retention-period', 'order-events'],
      ['sfn.state-machine-logging-enabled', 'order-fulfilment'],
      ['sfn.state-machine-tracing-enabled', 'order-fulfilment'],
    ];
    for (const [check, resource] of good) expect(statusOf(check, resource), `${check} ${resource}`).toEqual(['PASS']);
  });

  it('the container workload and data services: evidence names what decided, and the unclassified table is not judged for its key', () => {
    const one = (checkId: string, id: string) => byCheck(checkId).find((f) => f.resource.id === id)!;
    expect(one('ecs.task-definition-no-secrets-in-environment', 'ingest-worker').evidence).toMatchObject({
      containers: [{ name: 'worker', variableCount: 3, secretVariables: [{ name: 'DB_PASSWORD' }] }],
    });
    expect(one('ecs.task-definition-no-privileged-containers', 'ingest-worker').evidence).toMatchObject({ privilegedContainers: ['worker'] });
    expect(one('ecs.task-definition-non-root-user', 'ingest-worker').evidence).toMatchObject({ containers: [{ name: 'worker', user: null }] });
    expect(one('ecs.cluster-container-insights-enabled', 'ingest').evidence).toEqual({ containerInsights: 'disabled' });
    expect(one('ecr.tag-immutability-enabled', 'acme/ingest').evidence).toMatchObject({ imageTagMutability: 'MUTABLE' });
    expect(one('sqs.queue-policy-not-public', 'partner-drop').evidence).toMatchObject({ publicStatements: [{ Sid: 'PartnerUpload' }] });
    expect(one('sqs.queue-encrypted', 'partner-drop').evidence).toMatchObject({ SqsManagedSseEnabled: 'false', KmsMasterKeyId: null });
    expect(one('dynamodb.table-pitr-enabled', 'sessions').srm).toMatchObject({ serviceModel: 'SaaS', duty: 'incident-response' });
    expect(one('ecs.task-definition-no-privileged-containers', 'ingest-worker').srm).toMatchObject({ serviceModel: 'PaaS', duty: 'app-configuration' });
    expect(statusOf('dynamodb.table-cmk-encrypted', 'sessions')).toEqual([]);
    expect(one('kinesis.stream-encrypted', 'clickstream')).toMatchObject({ evidence: { EncryptionType: 'NONE' }, srm: { serviceModel: 'SaaS', duty: 'data-encryption', owner: 'customer' } });
    expect(one('sfn.state-machine-logging-enabled', 'nightly-export')).toMatchObject({ evidence: { level: 'OFF', destinations: [] }, srm: { serviceModel: 'SaaS', duty: 'logging' } });
  });

  it('service discovery lists every region (a seeded resource moto cannot list would leave a blind spot), the new services among them', () => {
    expect(byCheck('tagging.service-discovery')).toEqual([]);
    const regions = result.scan.coverage!.regions;
    expect(regions.map((r) => `${r.region} ${r.status}`)).toEqual(['eu-west-1 discovered', 'us-east-1 discovered']);
    const use1 = regions.find((r) => r.region === 'us-east-1') as { services: Record<string, number> };
    // moto's tagging:GetResources lists no Kinesis streams (AWS does); the kinesis checks judge them anyway.
    expect(Object.keys(use1.services)).toEqual(expect.arrayContaining(['ecs', 'dynamodb', 'states']));
  });

  it('the task definition\'s password and the stored secret values reach no output: result, reports, snapshot', async () => {
    const files = [join(out, 'snapshot.json')];
    const [runDir] = await readdir(join(out, 'runs'));
    for (const f of await readdir(join(out, 'runs', runDir!))) files.push(join(out, 'runs', runDir!, f));
    expect(files.length).toBeGreaterThan(2);
    for (const file of files) {
      const text = await readFile(file, 'utf8');
      for (const value of [DEMO_ECS_DB_PASSWORD, DEMO_SECRET_STRING, DEMO_CODEBUILD_KEY_ID, Buffer.from(DEMO_ECS_DB_PASSWORD).toString('base64')]) expect(text.includes(value), `${file} holds ${value}`).toBe(false);
    }
    expect(stderr).not.toContain(DEMO_ECS_DB_PASSWORD);
    const ops = Object.keys(result.scan.apiCallsByOperation);
    expect(ops.filter((o) => /GetSecretValue|BatchGetImage|ReceiveMessage|dynamodb:(Scan|Query|GetItem)/.test(o))).toEqual([]);
  });

  it('tags every finding with its SRM layer, service model, owner and duty from the matrix', () => {
    for (const f of result.findings) {
      expect(f.srm.owner, f.checkId).toMatch(/^(customer|shared|csp)$/);
    }
    const sg = byCheck('ec2.security-group-admin-ports-restricted')[0] as Finding;
    expect(sg.srm).toEqual({ layer: 'network', serviceModel: 'IaaS', owner: 'shared', duty: 'network-access' });
  });

  it('data residency: with allowedRegions set, the EU resources fail and the US ones pass', async () => {
    const config = join(out, 'residency.json');
    await writeFile(config, JSON.stringify({ allowedRegions: ['us-east-1'] }));
    await srmAudit(['scan', '--from-snapshot', join(out, 'snapshot.json'), '--config', config, '--checks', '*.*-in-allowed-region', '--output-dir', join(out, 'residency'), '--quiet'], {});
    const [runDir] = await readdir(join(out, 'residency'));
    const r = JSON.parse(await readFile(join(out, 'residency', runDir!, 'result.json'), 'utf8')) as ScanResult;
    const of = (id: string) => r.findings.filter((f) => f.resource.id === id).map((f) => `${f.checkId} ${f.status}`);
    expect(of(ids.unencryptedVolume)).toEqual(['ec2.volume-in-allowed-region FAIL']);
    expect(of(ids.legacyInstance)).toEqual(['ec2.instance-in-allowed-region PASS']);
    expect(of('acme-prod-data')).toEqual(['s3.bucket-in-allowed-region PASS']);
    expect(of('orders-webhook')).toEqual(['lambda.function-in-allowed-region PASS']);
    const keys = new Set(r.findings.filter((f) => f.checkId === 'kms.key-in-allowed-region').map((f) => `${f.region} ${f.status}`));
    expect([...keys].sort()).toEqual(['eu-west-1 FAIL', 'us-east-1 PASS']);
  });

  it('records a snapshot without secrets that replays to the same findings offline', async () => {
    const text = await readFile(join(out, 'snapshot.json'), 'utf8');
    expect(text).not.toContain('Demo-Only-Password-1!'); // IAM login profiles and RDS master passwords
    expect(text).not.toContain('DEMOONLY9f8e7d6c5b4a'); // the Lambda environment secret
    const r = await srmAudit(['scan', '--from-snapshot', join(out, 'snapshot.json'), '--output-dir', join(out, 'replay'), '--quiet'], { AWS_ENDPOINT_URL: 'http://127.0.0.1:9', AWS_ACCESS_KEY_ID: '', AWS_SECRET_ACCESS_KEY: '' });
    const [runDir] = await readdir(join(out, 'replay'));
    const replay = JSON.parse(await readFile(join(out, 'replay', runDir!, 'result.json'), 'utf8')) as ScanResult;
    const key = (f: Finding) => `${f.id} ${f.status}`;
    expect(replay.findings.map(key).sort()).toEqual(result.findings.map(key).sort());
    expect(r.code).toBe(exitCode);
  });
});
