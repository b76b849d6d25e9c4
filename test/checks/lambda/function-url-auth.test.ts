import { GetFunctionUrlConfigCommand, LambdaClient, ListFunctionsCommand } from '@aws-sdk/client-lambda';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import check from '../../../checks/lambda/function-url-auth.js';
import { awsError } from '../../harness/aws.js';
import { runCheck } from '../../harness/run-check.js';
import { fn } from './fixtures.js';

const lambda = mockClient(LambdaClient);
beforeEach(() => lambda.reset());

const url = (name: string, AuthType: 'NONE' | 'AWS_IAM', AllowOrigins?: string[]) => ({
  FunctionArn: fn(name).FunctionArn,
  FunctionUrl: `https://${name}0123456789.lambda-url.us-east-1.on.aws/`,
  AuthType,
  CreationTime: '2026-10-01T00:00:00.000Z',
  LastModifiedTime: '2026-10-01T00:00:00.000Z',
  ...(AllowOrigins ? { Cors: { AllowOrigins } } : {}),
});

describe('lambda.function-url-auth', () => {
  it('FAIL for AuthType NONE with the CORS origins; PASS for AWS_IAM; functions without a URL are not evaluated', async () => {
    lambda.on(ListFunctionsCommand).resolves({ Functions: [fn('open'), fn('signed'), fn('nourl')] });
    lambda.on(GetFunctionUrlConfigCommand, { FunctionName: 'open' }).resolves(url('open', 'NONE', ['*']));
    lambda.on(GetFunctionUrlConfigCommand, { FunctionName: 'signed' }).resolves(url('signed', 'AWS_IAM'));
    lambda.on(GetFunctionUrlConfigCommand, { FunctionName: 'nourl' }).rejects(awsError('ResourceNotFoundException'));
    expect(await runCheck(check)).toEqual([
      expect.objectContaining({ status: 'FAIL', resource: expect.objectContaining({ id: 'open', type: 'AWS::Lambda::Url' }), evidence: { FunctionUrl: url('open', 'NONE').FunctionUrl, AuthType: 'NONE', Cors: { AllowOrigins: ['*'] } } }),
      expect.objectContaining({ status: 'PASS', resource: expect.objectContaining({ id: 'signed' }), evidence: expect.objectContaining({ AuthType: 'AWS_IAM', Cors: { AllowOrigins: null } }) }),
    ]);
  });

  it('ERROR for one function whose URL config is denied; the others keep their verdict', async () => {
    lambda.on(ListFunctionsCommand).resolves({ Functions: [fn('a'), fn('b')] });
    lambda.on(GetFunctionUrlConfigCommand, { FunctionName: 'a' }).rejects(awsError('AccessDeniedException'));
    lambda.on(GetFunctionUrlConfigCommand, { FunctionName: 'b' }).resolves(url('b', 'NONE'));
    expect(await runCheck(check)).toMatchObject([
      { status: 'ERROR', resource: { id: 'a' }, message: expect.stringContaining('lambda:GetFunctionUrlConfig') },
      { status: 'FAIL', resource: { id: 'b' } },
    ]);
  });

  it('ERROR, not PASS or FAIL, for an AuthType it does not know', async () => {
    lambda.on(ListFunctionsCommand).resolves({ Functions: [fn('a')] });
    lambda.on(GetFunctionUrlConfigCommand).resolves({ ...url('a', 'NONE'), AuthType: undefined });
    expect(await runCheck(check)).toMatchObject([{ status: 'ERROR', resource: { id: 'a' } }]);
  });

  it('ERROR when ListFunctions is denied', async () => {
    lambda.on(ListFunctionsCommand).rejects(awsError('AccessDeniedException'));
    expect(await runCheck(check)).toMatchObject([{ status: 'ERROR', message: expect.stringContaining('lambda:ListFunctions') }]);
  });
});
