import { LambdaClient, ListFunctionsCommand } from '@aws-sdk/client-lambda';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import check from '../../../checks/lambda/runtime-supported.js';
import { awsError } from '../../harness/aws.js';
import { runCheck } from '../../harness/run-check.js';
import { fn } from './fixtures.js';

const lambda = mockClient(LambdaClient);
beforeEach(() => lambda.reset());
const now = new Date('2026-11-28T12:00:00Z');

describe('lambda.runtime-supported', () => {
  it('FAIL past the deprecation date, PASS before it; container images are not evaluated', async () => {
    lambda.on(ListFunctionsCommand).resolves({
      Functions: [fn('old', { Runtime: 'python3.9' }), fn('new', { Runtime: 'python3.13' }), fn('img', { PackageType: 'Image', Runtime: undefined, Handler: undefined })],
    });
    expect(await runCheck(check, { now })).toMatchObject([
      { status: 'PASS', resource: { id: 'new' }, evidence: { Runtime: 'python3.13', deprecationDate: '2029-06-30', warnDays: 0 } },
      { status: 'FAIL', resource: { id: 'old' }, evidence: { Runtime: 'python3.9', deprecationDate: '2025-12-15' } },
    ]);
  });

  it('warnDays fails ahead of the date', async () => {
    lambda.on(ListFunctionsCommand).resolves({ Functions: [fn('soon', { Runtime: 'nodejs22.x' })] });
    const at = new Date('2027-03-15T00:00:00Z');
    expect(await runCheck(check, { now: at })).toMatchObject([{ status: 'PASS' }]);
    expect(await runCheck(check, { now: at, options: { warnDays: 60 } })).toMatchObject([{ status: 'FAIL', evidence: { deprecationDate: '2027-04-30', warnDays: 60 } }]);
  });

  it('PASS with deprecationDate null for a runtime newer than the table', async () => {
    lambda.on(ListFunctionsCommand).resolves({ Functions: [fn('future', { Runtime: 'nodejs26.x' })] });
    expect(await runCheck(check, { now })).toMatchObject([{ status: 'PASS', evidence: { Runtime: 'nodejs26.x', deprecationDate: null } }]);
  });

  it('ERROR for a .zip function without a Runtime, and when ListFunctions is denied', async () => {
    lambda.on(ListFunctionsCommand).resolves({ Functions: [fn('odd', { Runtime: undefined })] });
    expect(await runCheck(check, { now })).toMatchObject([{ status: 'ERROR', resource: { id: 'odd' } }]);
    lambda.reset();
    lambda.on(ListFunctionsCommand).rejects(awsError('AccessDeniedException'));
    expect(await runCheck(check, { now })).toMatchObject([{ status: 'ERROR', message: expect.stringContaining('lambda:ListFunctions') }]);
  });
});
