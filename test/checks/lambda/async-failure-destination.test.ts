import { GetFunctionEventInvokeConfigCommand, LambdaClient, ListFunctionsCommand } from '@aws-sdk/client-lambda';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import check from '../../../checks/lambda/async-failure-destination.js';
import { awsError } from '../../harness/aws.js';
import { runCheck } from '../../harness/run-check.js';
import { fn } from './fixtures.js';

const lambda = mockClient(LambdaClient);
beforeEach(() => lambda.reset());
const QUEUE = 'arn:aws:sqs:us-east-1:111122223333:failed-events';

describe('lambda.async-failure-destination', () => {
  it('PASS with an on-failure destination or a DLQ; FAIL with neither (an on-success destination does not count)', async () => {
    lambda.on(ListFunctionsCommand).resolves({ Functions: [fn('dest'), fn('dlq', { DeadLetterConfig: { TargetArn: QUEUE } }), fn('none'), fn('success-only')] });
    lambda.on(GetFunctionEventInvokeConfigCommand, { FunctionName: 'dest' }).resolves({ DestinationConfig: { OnFailure: { Destination: QUEUE }, OnSuccess: {} }, MaximumRetryAttempts: 2 });
    lambda.on(GetFunctionEventInvokeConfigCommand, { FunctionName: 'dlq' }).rejects(awsError('ResourceNotFoundException'));
    lambda.on(GetFunctionEventInvokeConfigCommand, { FunctionName: 'none' }).rejects(awsError('ResourceNotFoundException'));
    lambda.on(GetFunctionEventInvokeConfigCommand, { FunctionName: 'success-only' }).resolves({ DestinationConfig: { OnSuccess: { Destination: QUEUE }, OnFailure: {} } });
    expect(await runCheck(check)).toMatchObject([
      { status: 'PASS', resource: { id: 'dest' }, evidence: { OnFailureDestination: QUEUE, DeadLetterTargetArn: null } },
      { status: 'PASS', resource: { id: 'dlq' }, evidence: { OnFailureDestination: null, DeadLetterTargetArn: QUEUE } },
      { status: 'FAIL', resource: { id: 'none' }, evidence: { OnFailureDestination: null, DeadLetterTargetArn: null } },
      { status: 'FAIL', resource: { id: 'success-only' } },
    ]);
  });

  it('ERROR for a function whose event invoke config is denied', async () => {
    lambda.on(ListFunctionsCommand).resolves({ Functions: [fn('a')] });
    lambda.on(GetFunctionEventInvokeConfigCommand).rejects(awsError('AccessDeniedException'));
    expect(await runCheck(check)).toMatchObject([{ status: 'ERROR', resource: { id: 'a' }, message: expect.stringContaining('lambda:GetFunctionEventInvokeConfig') }]);
  });
});
