/**
 * Getters of the analytics, identity, ML and build services: pagination, batching, memoization
 * under concurrent callers, and a denial as an InventoryError carrying the IAM action, made once.
 */
import { AthenaClient, GetWorkGroupCommand, ListWorkGroupsCommand } from '@aws-sdk/client-athena';
import { BatchGetProjectsCommand, CodeBuildClient, ListProjectsCommand } from '@aws-sdk/client-codebuild';
import { CognitoIdentityProviderClient, DescribeUserPoolCommand, ListUserPoolsCommand } from '@aws-sdk/client-cognito-identity-provider';
import { EMRClient, GetBlockPublicAccessConfigurationCommand } from '@aws-sdk/client-emr';
import { GetDataCatalogEncryptionSettingsCommand, GlueClient } from '@aws-sdk/client-glue';
import { ListHostedZonesCommand, ListQueryLoggingConfigsCommand, Route53Client } from '@aws-sdk/client-route-53';
import { DescribeNotebookInstanceCommand, ListNotebookInstancesCommand, SageMakerClient } from '@aws-sdk/client-sagemaker';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import { InventoryError } from '../../src/aws/errors.js';
import { awsError, createTestInventory } from '../harness/aws.js';
import { project } from '../checks/codebuild/fixtures.js';
import { pool } from '../checks/cognito/fixtures.js';
import { notebook, summary } from '../checks/sagemaker/fixtures.js';

const cb = mockClient(CodeBuildClient);
const at = mockClient(AthenaClient);
const gl = mockClient(GlueClient);
const cg = mockClient(CognitoIdentityProviderClient);
const sm = mockClient(SageMakerClient);
const r53 = mockClient(Route53Client);
const emr = mockClient(EMRClient);
beforeEach(() => [cb, at, gl, cg, sm, r53, emr].forEach((m) => m.reset()));
const R = 'eu-west-1';

describe('codebuild inventory', () => {
  it('projects(region): every ListProjects page, then BatchGetProjects 100 names a call; names deleted in between are left out; once under concurrent callers', async () => {
    const names = Array.from({ length: 130 }, (_, i) => `p${i}`);
    cb.on(ListProjectsCommand, {}).resolves({ projects: names.slice(0, 100), nextToken: 't1' });
    cb.on(ListProjectsCommand, { nextToken: 't1' }).resolves({ projects: names.slice(100) });
    cb.on(BatchGetProjectsCommand).callsFake((input: { names: string[] }) => ({ projects: input.names.filter((n) => n !== 'p7').map((n) => project(n)), projectsNotFound: input.names.includes('p7') ? ['p7'] : [] }));
    const { inventory } = createTestInventory();
    const [x, y] = await Promise.all([inventory.codebuild.projects(R), inventory.codebuild.projects(R)]);
    expect(x).toBe(y);
    expect(x).toHaveLength(129);
    expect(cb.commandCalls(ListProjectsCommand)).toHaveLength(2);
    expect(cb.commandCalls(BatchGetProjectsCommand).map((c) => c.args[0].input.names?.length)).toEqual([100, 30]);
  });

  it('no project, no BatchGetProjects call', async () => {
    cb.on(ListProjectsCommand).resolves({ projects: [] });
    const { inventory } = createTestInventory();
    expect(await inventory.codebuild.projects(R)).toEqual([]);
    expect(cb.commandCalls(BatchGetProjectsCommand)).toHaveLength(0);
  });
});

describe('athena inventory', () => {
  it('workGroups follows NextToken with pages of 50; workGroup asks once per name', async () => {
    at.on(ListWorkGroupsCommand, { MaxResults: 50 }).resolves({ WorkGroups: [{ Name: 'primary' }], NextToken: 'n' });
    at.on(ListWorkGroupsCommand, { MaxResults: 50, NextToken: 'n' }).resolves({ WorkGroups: [{ Name: 'etl' }] });
    at.on(GetWorkGroupCommand).resolves({ WorkGroup: { Name: 'etl' } });
    const { inventory } = createTestInventory();
    expect((await inventory.athena.workGroups(R)).map((w) => w.Name)).toEqual(['primary', 'etl']);
    await Promise.all([inventory.athena.workGroup(R, 'etl'), inventory.athena.workGroup(R, 'etl')]);
    expect(at.commandCalls(GetWorkGroupCommand)).toHaveLength(1);
  });

  it('workGroup without a WorkGroup in the answer is invalid data', async () => {
    at.on(GetWorkGroupCommand).resolves({});
    const { inventory } = createTestInventory();
    await expect(inventory.athena.workGroup(R, 'x')).rejects.toMatchObject({ kind: 'invalid-data', iamAction: 'athena:GetWorkGroup' });
  });
});

describe('glue, cognito, sagemaker, route53 and emr inventory', () => {
  it('glue.catalogEncryption: the settings, asked once per region', async () => {
    gl.on(GetDataCatalogEncryptionSettingsCommand).resolves({ DataCatalogEncryptionSettings: { EncryptionAtRest: { CatalogEncryptionMode: 'DISABLED' } } });
    const { inventory } = createTestInventory();
    expect(await inventory.glue.catalogEncryption(R)).toEqual({ EncryptionAtRest: { CatalogEncryptionMode: 'DISABLED' } });
    await inventory.glue.catalogEncryption(R);
    await inventory.glue.catalogEncryption('us-east-1');
    expect(gl.commandCalls(GetDataCatalogEncryptionSettingsCommand)).toHaveLength(2);
  });

  it('cognito: userPools pages of 60; userPool once per id', async () => {
    cg.on(ListUserPoolsCommand, { MaxResults: 60 }).resolves({ UserPools: [{ Id: 'a' }], NextToken: 'n' });
    cg.on(ListUserPoolsCommand, { MaxResults: 60, NextToken: 'n' }).resolves({ UserPools: [{ Id: 'b' }] });
    cg.on(DescribeUserPoolCommand).resolves({ UserPool: pool('a') });
    const { inventory } = createTestInventory();
    expect((await inventory.cognito.userPools(R)).map((p) => p.Id)).toEqual(['a', 'b']);
    await Promise.all([inventory.cognito.userPool(R, 'a'), inventory.cognito.userPool(R, 'a')]);
    expect(cg.commandCalls(DescribeUserPoolCommand)).toHaveLength(1);
  });

  it('sagemaker: notebookInstances pages of 100; notebookInstance without $metadata', async () => {
    sm.on(ListNotebookInstancesCommand, { MaxResults: 100 }).resolves({ NotebookInstances: [summary('a')], NextToken: 'n' });
    sm.on(ListNotebookInstancesCommand, { MaxResults: 100, NextToken: 'n' }).resolves({ NotebookInstances: [summary('b')] });
    sm.on(DescribeNotebookInstanceCommand).resolves(notebook('a'));
    const { inventory } = createTestInventory();
    expect((await inventory.sagemaker.notebookInstances(R)).map((n) => n.NotebookInstanceName)).toEqual(['a', 'b']);
    expect(await inventory.sagemaker.notebookInstance(R, 'a')).not.toHaveProperty('$metadata');
  });

  it('route53: zones follow NextMarker only while IsTruncated; query logging configs in one unfiltered listing, global region', async () => {
    r53.on(ListHostedZonesCommand, { MaxItems: 100 }).resolves({ HostedZones: [{ Id: '/hostedzone/Z1', Name: 'a.', CallerReference: 'a' }], IsTruncated: true, NextMarker: 'm', MaxItems: 100 });
    r53.on(ListHostedZonesCommand, { MaxItems: 100, Marker: 'm' }).resolves({ HostedZones: [{ Id: '/hostedzone/Z2', Name: 'b.', CallerReference: 'b' }], IsTruncated: false, NextMarker: 'ignored', MaxItems: 100 });
    r53.on(ListQueryLoggingConfigsCommand, { MaxResults: 100 }).resolves({ QueryLoggingConfigs: [{ Id: 'q', HostedZoneId: 'Z1', CloudWatchLogsLogGroupArn: 'arn:aws:logs:us-east-1:111122223333:log-group:x' }], NextToken: 't' });
    r53.on(ListQueryLoggingConfigsCommand, { MaxResults: 100, NextToken: 't' }).resolves({ QueryLoggingConfigs: [] });
    const { inventory, stats } = createTestInventory();
    expect((await inventory.route53.hostedZones()).map((z) => z.Id)).toEqual(['/hostedzone/Z1', '/hostedzone/Z2']);
    expect(await inventory.route53.queryLoggingConfigs()).toHaveLength(1);
    expect(r53.commandCalls(ListHostedZonesCommand)).toHaveLength(2);
    expect(stats.repeated.size).toBe(0);
  });

  it('emr.blockPublicAccess: the configuration, or an empty one (judged undecidable by the check)', async () => {
    emr.on(GetBlockPublicAccessConfigurationCommand).resolves({ BlockPublicAccessConfiguration: { BlockPublicSecurityGroupRules: true } });
    const { inventory } = createTestInventory();
    expect(await inventory.emr.blockPublicAccess(R)).toEqual({ BlockPublicSecurityGroupRules: true });
  });
});

describe('denials', () => {
  it.each([
    ['codebuild.projects', () => cb.on(ListProjectsCommand).rejects(awsError('AccessDeniedException')), 'codebuild:ListProjects'],
    ['athena.workGroups', () => at.on(ListWorkGroupsCommand).rejects(awsError('AccessDeniedException')), 'athena:ListWorkGroups'],
    ['glue.catalogEncryption', () => gl.on(GetDataCatalogEncryptionSettingsCommand).rejects(awsError('AccessDeniedException')), 'glue:GetDataCatalogEncryptionSettings'],
    ['cognito.userPools', () => cg.on(ListUserPoolsCommand).rejects(awsError('AccessDeniedException')), 'cognito-idp:ListUserPools'],
    ['sagemaker.notebookInstances', () => sm.on(ListNotebookInstancesCommand).rejects(awsError('AccessDeniedException')), 'sagemaker:ListNotebookInstances'],
    ['route53.hostedZones', () => r53.on(ListHostedZonesCommand).rejects(awsError('AccessDenied')), 'route53:ListHostedZones'],
    ['emr.blockPublicAccess', () => emr.on(GetBlockPublicAccessConfigurationCommand).rejects(awsError('AccessDeniedException')), 'elasticmapreduce:GetBlockPublicAccessConfiguration'],
  ] as const)('%s: denied → InventoryError carrying %s, cached (asked once)', async (getter, deny, action) => {
    deny();
    const { inventory, stats } = createTestInventory();
    const [svc, fn] = getter.split('.') as [string, string];
    const call = () => (inventory as unknown as Record<string, Record<string, (r?: string) => Promise<unknown>>>)[svc]![fn]!(R);
    const err = await call().catch((e: unknown) => e);
    expect(err).toBeInstanceOf(InventoryError);
    expect(err).toMatchObject({ kind: 'denied', iamAction: action });
    await call().catch(() => undefined);
    expect([...stats.byOperation.values()].reduce((a, b) => a + b, 0)).toBe(1);
  });
});

describe('redaction of CodeBuild answers', () => {
  it('environmentVariables values become markers keeping only the detected kinds; a source URL keeps everything but its password; the replayed check reaches the live verdicts', async () => {
    const { redact } = await import('../../src/inventory/redact.js');
    const { detectSecrets } = await import('../../src/lib/secrets.js');
    const { urlCarriesCredentials, urlCredentials } = await import('../../src/lib/url-credentials.js');
    const live = project('p', {
      source: { type: 'BITBUCKET', location: 'https://builder:AppPassw0rdNotReal@bitbucket.org/example/app.git' },
      environment: { ...project('p').environment!, environmentVariables: [{ name: 'AWS_ACCESS_KEY_ID', value: 'AKIAIOSFODNN7EXAMPLE', type: 'PLAINTEXT' }, { name: 'DB', value: '/prod/db', type: 'PARAMETER_STORE' }] },
    });
    const out = redact({ projects: [live] }).projects[0]!;
    expect(out.environment!.environmentVariables).toEqual([
      { name: 'AWS_ACCESS_KEY_ID', value: '[REDACTED:aws-access-key-id]', type: 'PLAINTEXT' },
      { name: 'DB', value: '[REDACTED]', type: 'PARAMETER_STORE' },
    ]);
    expect(out.source!.location).toBe('https://builder:[REDACTED:connection-string-password]@bitbucket.org/example/app.git');
    expect(JSON.stringify(out)).not.toMatch(/AKIAIOSFODNN7EXAMPLE|AppPassw0rdNotReal/);
    expect(detectSecrets({ AWS_ACCESS_KEY_ID: out.environment!.environmentVariables![0]!.value! })).toEqual([{ name: 'AWS_ACCESS_KEY_ID', kinds: ['aws-access-key-id'] }]);
    expect(urlCarriesCredentials(urlCredentials(out.source!.location!))).toBe(true);
  });
});
