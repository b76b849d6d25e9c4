import { LambdaClient, ListFunctionsCommand } from '@aws-sdk/client-lambda';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import check from '../../../checks/lambda/function-in-allowed-region.js';
import { awsError } from '../../harness/aws.js';
import { runCheck } from '../../harness/run-check.js';
import { fn } from './fixtures.js';

const lambda = mockClient(LambdaClient);
beforeEach(() => lambda.reset());
const allowedRegions = ['eu-west-1'];

describe('lambda.function-in-allowed-region', () => {
  it('PASS in an allowed region, FAIL outside', async () => {
    lambda.on(ListFunctionsCommand).resolves({ Functions: [fn('orders', {}, 'eu-west-1')] });
    expect(await runCheck(check, { region: 'eu-west-1', options: { allowedRegions } })).toMatchObject([{ status: 'PASS', resource: { id: 'orders' }, srm: { duty: 'data-residency', serviceModel: 'FaaS' } }]);
    lambda.on(ListFunctionsCommand).resolves({ Functions: [fn('orders', {}, 'us-west-2')] });
    expect(await runCheck(check, { region: 'us-west-2', options: { allowedRegions } })).toMatchObject([{ status: 'FAIL', message: expect.stringContaining('outside the allowed regions'), evidence: { region: 'us-west-2', allowedRegions } }]);
  });

  it('reports nothing and asks nothing when allowedRegions is not configured', async () => {
    expect(await runCheck(check, { region: 'us-east-1' })).toEqual([]);
    expect(lambda.commandCalls(ListFunctionsCommand)).toHaveLength(0);
  });

  it('ERROR naming the permission when the list is denied', async () => {
    lambda.on(ListFunctionsCommand).rejects(awsError('AccessDeniedException'));
    expect(await runCheck(check, { region: 'us-east-1', options: { allowedRegions } })).toMatchObject([{ status: 'ERROR', message: expect.stringContaining('lambda:ListFunctions') }]);
  });
});
