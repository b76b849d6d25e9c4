import { LambdaClient, ListFunctionsCommand } from '@aws-sdk/client-lambda';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import check from '../../../checks/lambda/execution-role-not-shared.js';
import { awsError, TEST_ACCOUNT } from '../../harness/aws.js';
import { runCheck } from '../../harness/run-check.js';
import { fn } from './fixtures.js';

const lambda = mockClient(LambdaClient);
beforeEach(() => lambda.reset());
const SHARED = `arn:aws:iam::${TEST_ACCOUNT}:role/shared-exec`;

describe('lambda.execution-role-not-shared', () => {
  it('FAIL for each function sharing a role; PASS for a function with its own', async () => {
    lambda.on(ListFunctionsCommand).resolves({ Functions: [fn('a', { Role: SHARED }), fn('b', { Role: SHARED }), fn('c')] });
    expect(await runCheck(check)).toMatchObject([
      { status: 'FAIL', resource: { id: 'a' }, evidence: { Role: SHARED, functionsUsingRole: 2, maxFunctionsPerRole: 1, sharedWith: ['b'] } },
      { status: 'FAIL', resource: { id: 'b' }, evidence: { sharedWith: ['a'] } },
      { status: 'PASS', resource: { id: 'c' }, evidence: { functionsUsingRole: 1, sharedWith: [] } },
    ]);
  });

  it('maxFunctionsPerRole raises the limit', async () => {
    lambda.on(ListFunctionsCommand).resolves({ Functions: [fn('a', { Role: SHARED }), fn('b', { Role: SHARED })] });
    expect((await runCheck(check, { options: { maxFunctionsPerRole: 2 } })).map((f) => f.status)).toEqual(['PASS', 'PASS']);
  });

  it('counts per region: the same role in another region is not counted', async () => {
    lambda.on(ListFunctionsCommand).resolves({ Functions: [fn('a', { Role: SHARED })] }); // one function per region, one role
    const findings = await runCheck(check, { regions: ['eu-west-1', 'us-east-1'] });
    expect(findings.map((f) => [f.region, f.status]).sort()).toEqual([['eu-west-1', 'PASS'], ['us-east-1', 'PASS']]);
  });

  it('ERROR for a function without a Role, and when ListFunctions is denied', async () => {
    lambda.on(ListFunctionsCommand).resolves({ Functions: [fn('odd', { Role: undefined })] });
    expect(await runCheck(check)).toMatchObject([{ status: 'ERROR', resource: { id: 'odd' } }]);
    lambda.reset();
    lambda.on(ListFunctionsCommand).rejects(awsError('AccessDeniedException'));
    expect(await runCheck(check)).toMatchObject([{ status: 'ERROR', message: expect.stringContaining('lambda:ListFunctions') }]);
  });
});
