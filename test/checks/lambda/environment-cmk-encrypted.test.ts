import { LambdaClient, ListFunctionsCommand, ListTagsCommand } from '@aws-sdk/client-lambda';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import check from '../../../checks/lambda/environment-cmk-encrypted.js';
import { awsError } from '../../harness/aws.js';
import { runCheck } from '../../harness/run-check.js';
import { fn } from './fixtures.js';

const lambda = mockClient(LambdaClient);
beforeEach(() => lambda.reset());
const KEY = 'arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab';
const env = { Environment: { Variables: { TABLE: 'orders' } } };

describe('lambda.environment-cmk-encrypted', () => {
  it('FAIL for a confidential function without KMSKeyArn, PASS with one; others are not evaluated', async () => {
    const fns = [fn('conf', env), fn('restr', { ...env, KMSKeyArn: KEY }), fn('public', env), fn('untagged', env), fn('novars', {})];
    lambda.on(ListFunctionsCommand).resolves({ Functions: fns });
    lambda.on(ListTagsCommand, { Resource: fns[0]!.FunctionArn }).resolves({ Tags: { 'Data-Classification': 'Confidential' } });
    lambda.on(ListTagsCommand, { Resource: fns[1]!.FunctionArn }).resolves({ Tags: { 'data-classification': 'restricted' } });
    lambda.on(ListTagsCommand, { Resource: fns[2]!.FunctionArn }).resolves({ Tags: { 'data-classification': 'public' } });
    lambda.on(ListTagsCommand, { Resource: fns[3]!.FunctionArn }).resolves({ Tags: {} });
    expect(await runCheck(check)).toMatchObject([
      { status: 'FAIL', resource: { id: 'conf' }, evidence: { 'data-classification': 'Confidential', KMSKeyArn: null } },
      { status: 'PASS', resource: { id: 'restr' }, evidence: { KMSKeyArn: KEY } },
    ]);
    // no tag lookup for a function without variables
    expect(lambda.commandCalls(ListTagsCommand)).toHaveLength(4);
  });

  it('options choose the tag and the classes', async () => {
    const f = fn('pii', env);
    lambda.on(ListFunctionsCommand).resolves({ Functions: [f] });
    lambda.on(ListTagsCommand).resolves({ Tags: { sensitivity: 'pii' } });
    expect(await runCheck(check, { options: { classificationTag: 'sensitivity', cmkRequiredFor: ['PII'] } })).toMatchObject([{ status: 'FAIL', evidence: { sensitivity: 'pii' } }]);
  });

  it('ERROR for a function whose tags are denied', async () => {
    lambda.on(ListFunctionsCommand).resolves({ Functions: [fn('a', env)] });
    lambda.on(ListTagsCommand).rejects(awsError('AccessDeniedException'));
    expect(await runCheck(check)).toMatchObject([{ status: 'ERROR', resource: { id: 'a' }, message: expect.stringContaining('lambda:ListTags') }]);
  });
});
