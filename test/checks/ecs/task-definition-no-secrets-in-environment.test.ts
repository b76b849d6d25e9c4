import { DescribeTaskDefinitionCommand, ECSClient, ListTaskDefinitionFamiliesCommand } from '@aws-sdk/client-ecs';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import check from '../../../checks/ecs/task-definition-no-secrets-in-environment.js';
import { Aws, CallStats, ScanLimiter } from '../../../src/aws/call.js';
import { ClientFactory, DEFAULT_CLIENT_OPTIONS, LiveTransport } from '../../../src/aws/clients.js';
import { createInventory } from '../../../src/inventory/index.js';
import { ReplayTransport, SnapshotRecorder } from '../../../src/inventory/snapshot.js';
import { awsError, createTestInventory, TEST_ACCOUNT } from '../../harness/aws.js';
import { runCheck } from '../../harness/run-check.js';
import { familyArn, hardened, taskDef } from './fixtures.js';

const ecs = mockClient(ECSClient);
beforeEach(() => ecs.reset());

// Assembled from parts: no literal a secret scanner would flag. AKIAIOSFODNN7EXAMPLE is AWS's documentation example.
const KEY_ID = 'AKIA' + 'IOSFODNN7EXAMPLE';
const DB_PASSWORD = 'Tr0ub4dor' + '-and-3';

const leaky = taskDef('orders', [
  hardened('api', { environment: [{ name: 'AWS_ACCESS_KEY_ID', value: KEY_ID }, { name: 'LOG_LEVEL', value: 'debug' }] }),
  hardened('worker', { environment: [{ name: 'DB_PASSWORD', value: DB_PASSWORD }], secrets: [{ name: 'API_TOKEN', valueFrom: 'arn:aws:secretsmanager:us-east-1:111122223333:secret:api-AbCdEf' }] }),
]);
const clean = taskDef('catalog', [hardened('api', { environment: [{ name: 'DB_SECRET_ARN', value: 'arn:aws:secretsmanager:us-east-1:111122223333:secret:db-AbCdEf' }, { name: 'TABLE', value: 'catalog' }] })]);

const mockBoth = () => {
  ecs.on(ListTaskDefinitionFamiliesCommand).resolves({ families: ['catalog', 'orders'] });
  ecs.on(DescribeTaskDefinitionCommand, { taskDefinition: 'catalog' }).resolves({ taskDefinition: clean });
  ecs.on(DescribeTaskDefinitionCommand, { taskDefinition: 'orders' }).resolves({ taskDefinition: leaky });
};

describe('ecs.task-definition-no-secrets-in-environment', () => {
  it('FAIL naming containers, variables and kinds only; PASS for references; "secrets" (valueFrom) are not environment', async () => {
    mockBoth();
    const findings = await runCheck(check);
    expect(findings).toMatchObject([
      { status: 'PASS', resource: { id: 'catalog' }, evidence: { containers: [{ name: 'api', variableCount: 2, secretVariables: [] }] } },
      {
        status: 'FAIL',
        resource: { id: 'orders', arn: familyArn('orders') },
        evidence: {
          taskDefinitionArn: leaky.taskDefinitionArn,
          containers: [
            { name: 'api', variableCount: 2, secretVariables: [{ name: 'AWS_ACCESS_KEY_ID', kinds: ['aws-access-key-id'] }] },
            { name: 'worker', variableCount: 1, secretVariables: [{ name: 'DB_PASSWORD', kinds: expect.arrayContaining(['secret-name']) }] },
          ],
        },
      },
    ]);
    const text = JSON.stringify(findings);
    for (const secret of [KEY_ID, DB_PASSWORD, 'Tr0ub4dor', 'IOSFODNN']) expect(text).not.toContain(secret);
  });

  it('ERROR naming the permission when DescribeTaskDefinition is denied', async () => {
    ecs.on(ListTaskDefinitionFamiliesCommand).resolves({ families: ['orders'] });
    ecs.on(DescribeTaskDefinitionCommand).rejects(awsError('AccessDeniedException'));
    expect(await runCheck(check)).toMatchObject([{ status: 'ERROR', resource: { id: 'orders' }, message: expect.stringContaining('ecs:DescribeTaskDefinition') }]);
  });

  it('record → replay reaches the same findings, and no environment value reaches the snapshot', async () => {
    mockBoth();
    const recorder = new SnapshotRecorder();
    const clients = new ClientFactory({ ...DEFAULT_CLIENT_OPTIONS, maxAttempts: 1 }, async () => ({ accessKeyId: 'AKIDTEST', secretAccessKey: 'test' }));
    const aws = new Aws(TEST_ACCOUNT, 'aws', { transport: new LiveTransport(clients), stats: new CallStats(), limiter: new ScanLimiter(), observer: recorder });
    const live = await runCheck(check, { inventory: createInventory(aws) });

    const snapshot = recorder.snapshot({ tool: { name: 'srm-audit', version: '0' }, recordedAt: '2026-11-01T00:00:00.000Z', accounts: [TEST_ACCOUNT], regions: ['us-east-1'] });
    const text = JSON.stringify(snapshot);
    for (const secret of [KEY_ID, DB_PASSWORD, 'Tr0ub4dor', 'IOSFODNN', 'debug', '"value":"catalog"', '"value":"arn:aws:secretsmanager']) expect(text).not.toContain(secret);
    expect(text).toContain('[REDACTED:aws-access-key-id]');
    expect(text).toContain('"name":"DB_PASSWORD"');

    ecs.reset(); // the replay must not reach the (mocked) network
    const replayed = await runCheck(check, { inventory: createTestInventory({ transport: new ReplayTransport(JSON.parse(text)) }).inventory });
    const verdict = (fs: typeof live) => fs.map((f) => ({ id: f.resource.id, status: f.status, evidence: f.evidence }));
    expect(verdict(replayed)).toEqual(verdict(live));
    expect(ecs.commandCalls(DescribeTaskDefinitionCommand)).toHaveLength(0);
  });
});
