import { LambdaClient, ListFunctionsCommand } from '@aws-sdk/client-lambda';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import check from '../../../checks/lambda/no-secrets-in-environment.js';
import { Aws, CallStats, ScanLimiter } from '../../../src/aws/call.js';
import { ClientFactory, DEFAULT_CLIENT_OPTIONS, LiveTransport } from '../../../src/aws/clients.js';
import { createInventory } from '../../../src/inventory/index.js';
import { ReplayTransport, SnapshotRecorder } from '../../../src/inventory/snapshot.js';
import { awsError, createTestInventory, TEST_ACCOUNT } from '../../harness/aws.js';
import { runCheck } from '../../harness/run-check.js';
import { fn } from './fixtures.js';

const lambda = mockClient(LambdaClient);
beforeEach(() => lambda.reset());

// Assembled from parts: no literal a secret scanner would flag. AKIAIOSFODNN7EXAMPLE is AWS's documentation example.
const KEY_ID = 'AKIA' + 'IOSFODNN7EXAMPLE';
const SECRET_KEY = 'wJalrXUtnFEMI/K7MDENG/' + 'bPxRfiCYEXAMPLEKEY';
const DB_URL = 'postgres://orders:' + 'Tr0ub4dor-3' + '@db.internal:5432/orders';

const leaky = fn('leaky', { Environment: { Variables: { AWS_ACCESS_KEY_ID: KEY_ID, AWS_SECRET_ACCESS_KEY: SECRET_KEY, DATABASE_URL: DB_URL, LOG_LEVEL: 'debug' } } });
const clean = fn('clean', { Environment: { Variables: { DB_SECRET_ARN: 'arn:aws:secretsmanager:us-east-1:111122223333:secret:orders-db-AbCdEf', TABLE: 'orders', API_KEY_PARAM: '/prod/orders/api-key' } } });
const bare = fn('bare');

describe('lambda.no-secrets-in-environment', () => {
  it('FAIL naming variables and kinds only; PASS for references and for functions without variables', async () => {
    lambda.on(ListFunctionsCommand).resolves({ Functions: [leaky, clean, bare] });
    const findings = await runCheck(check);
    expect(findings).toMatchObject([
      { status: 'PASS', resource: { id: 'bare' }, evidence: { variableCount: 0, secretVariables: [] } },
      { status: 'PASS', resource: { id: 'clean' }, evidence: { variableCount: 3, secretVariables: [] } },
      {
        status: 'FAIL',
        resource: { id: 'leaky', arn: leaky.FunctionArn },
        evidence: {
          variableCount: 4,
          secretVariables: [
            { name: 'AWS_ACCESS_KEY_ID', kinds: ['aws-access-key-id'] },
            { name: 'AWS_SECRET_ACCESS_KEY', kinds: ['aws-secret-access-key', 'secret-name'] },
            { name: 'DATABASE_URL', kinds: ['connection-string-password'] },
          ],
        },
      },
    ]);
    const text = JSON.stringify(findings);
    for (const secret of [KEY_ID, SECRET_KEY, 'Tr0ub4dor', 'IOSFODNN']) expect(text).not.toContain(secret);
  });

  it('ERROR when ListFunctions is denied, naming the permission', async () => {
    lambda.on(ListFunctionsCommand).rejects(awsError('AccessDeniedException'));
    expect(await runCheck(check)).toMatchObject([{ status: 'ERROR', message: expect.stringContaining('lambda:ListFunctions') }]);
  });

  it('ERROR for a function whose variables Lambda could not apply (Environment.Error without Variables)', async () => {
    lambda.on(ListFunctionsCommand).resolves({ Functions: [fn('broken', { Environment: { Error: { ErrorCode: 'KMSAccessDeniedException', Message: 'denied' } } }), bare] });
    expect(await runCheck(check)).toMatchObject([{ status: 'PASS', resource: { id: 'bare' } }, { status: 'ERROR', resource: { id: 'broken' } }]);
  });

  it('record → replay reaches the same findings, and no secret byte reaches the snapshot', async () => {
    lambda.on(ListFunctionsCommand).resolves({ Functions: [leaky, clean, bare] });
    const recorder = new SnapshotRecorder();
    const clients = new ClientFactory({ ...DEFAULT_CLIENT_OPTIONS, maxAttempts: 1 }, async () => ({ accessKeyId: 'AKIDTEST', secretAccessKey: 'test' }));
    const aws = new Aws(TEST_ACCOUNT, 'aws', { transport: new LiveTransport(clients), stats: new CallStats(), limiter: new ScanLimiter(), observer: recorder });
    const live = await runCheck(check, { inventory: createInventory(aws) });

    const snapshot = recorder.snapshot({ tool: { name: 'srm-audit', version: '0' }, recordedAt: '2026-11-01T00:00:00.000Z', accounts: [TEST_ACCOUNT], regions: ['us-east-1'] });
    const text = JSON.stringify(snapshot);
    for (const secret of [KEY_ID, SECRET_KEY, DB_URL, 'Tr0ub4dor', 'IOSFODNN', 'bPxRfiCY', 'debug', 'orders-db-AbCdEf']) expect(text).not.toContain(secret);
    expect(text).toContain('[REDACTED:aws-access-key-id]');

    lambda.reset(); // the replay must not reach the (mocked) network
    const replayed = await runCheck(check, { inventory: createTestInventory({ transport: new ReplayTransport(JSON.parse(text)) }).inventory });
    const verdict = (fs: typeof live) => fs.map((f) => ({ id: f.resource.id, status: f.status, evidence: f.evidence }));
    expect(verdict(replayed)).toEqual(verdict(live));
    expect(lambda.commandCalls(ListFunctionsCommand)).toHaveLength(0);
  });
});
