import {
  GetFunctionEventInvokeConfigCommand,
  GetFunctionUrlConfigCommand,
  GetPolicyCommand,
  LambdaClient,
  ListFunctionsCommand,
  ListTagsCommand,
} from '@aws-sdk/client-lambda';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import { InventoryError } from '../../src/aws/errors.js';
import { awsError, createTestInventory } from '../harness/aws.js';
import { fn, permission, policyDoc } from '../checks/lambda/fixtures.js';

const lambda = mockClient(LambdaClient);
beforeEach(() => lambda.reset());
const ARN = fn('a').FunctionArn!;

describe('lambda inventory', () => {
  it('functions(region) follows NextMarker with pages of 50, once under concurrent callers', async () => {
    lambda.on(ListFunctionsCommand, { MaxItems: 50 }).resolves({ Functions: [fn('a')], NextMarker: 'm1' });
    lambda.on(ListFunctionsCommand, { MaxItems: 50, Marker: 'm1' }).resolves({ Functions: [fn('b')] });
    const { inventory } = createTestInventory();
    const [x, y] = await Promise.all([inventory.lambda.functions('eu-west-1'), inventory.lambda.functions('eu-west-1')]);
    expect(x).toBe(y);
    expect(x.map((f) => f.FunctionName)).toEqual(['a', 'b']);
    const calls = lambda.commandCalls(ListFunctionsCommand);
    expect(calls.map((c) => c.args[0].input)).toEqual([{ MaxItems: 50 }, { MaxItems: 50, Marker: 'm1' }]);
    expect(await (calls[0]!.thisValue as LambdaClient).config.region()).toBe('eu-west-1');
  });

  it('functionUrl: the config without $metadata; ResourceNotFoundException → null', async () => {
    lambda.on(GetFunctionUrlConfigCommand, { FunctionName: 'a' }).resolves({ FunctionArn: ARN, FunctionUrl: 'https://abc.lambda-url.us-east-1.on.aws/', AuthType: 'NONE', CreationTime: 'x', LastModifiedTime: 'x', $metadata: {} });
    lambda.on(GetFunctionUrlConfigCommand, { FunctionName: 'b' }).rejects(awsError('ResourceNotFoundException'));
    const { inventory } = createTestInventory();
    expect(await inventory.lambda.functionUrl('us-east-1', 'a')).toMatchObject({ AuthType: 'NONE' });
    expect(await inventory.lambda.functionUrl('us-east-1', 'a')).not.toHaveProperty('$metadata');
    expect(await inventory.lambda.functionUrl('us-east-1', 'b')).toBeNull();
    expect(lambda.commandCalls(GetFunctionUrlConfigCommand)).toHaveLength(2);
  });

  it('functionPolicy: parsed; no policy → null; unparseable → invalid-data naming lambda:GetPolicy', async () => {
    lambda.on(GetPolicyCommand, { FunctionName: ARN }).resolves({ Policy: policyDoc(permission('s3', { Service: 's3.amazonaws.com' }, ARN)) });
    lambda.on(GetPolicyCommand, { FunctionName: 'arn:none' }).rejects(awsError('ResourceNotFoundException'));
    lambda.on(GetPolicyCommand, { FunctionName: 'arn:bad' }).resolves({ Policy: '{not json' });
    const { inventory } = createTestInventory();
    expect((await inventory.lambda.functionPolicy('us-east-1', ARN))!.Statement).toMatchObject([{ Sid: 's3', Principal: { Service: ['s3.amazonaws.com'] }, Action: ['lambda:InvokeFunction'] }]);
    expect(await inventory.lambda.functionPolicy('us-east-1', 'arn:none')).toBeNull();
    await expect(inventory.lambda.functionPolicy('us-east-1', 'arn:bad')).rejects.toMatchObject({ kind: 'invalid-data', iamAction: 'lambda:GetPolicy' });
  });

  it('functionTags: the map, empty when untagged (an answer, not a default)', async () => {
    lambda.on(ListTagsCommand, { Resource: ARN }).resolves({ Tags: { 'data-classification': 'confidential' } });
    lambda.on(ListTagsCommand, { Resource: 'arn:untagged' }).resolves({});
    const { inventory } = createTestInventory();
    expect(await inventory.lambda.functionTags('us-east-1', ARN)).toEqual({ 'data-classification': 'confidential' });
    expect(await inventory.lambda.functionTags('us-east-1', 'arn:untagged')).toEqual({});
  });

  it('eventInvokeConfig: the config; ResourceNotFoundException → null', async () => {
    lambda.on(GetFunctionEventInvokeConfigCommand, { FunctionName: 'a' }).resolves({ FunctionArn: ARN, DestinationConfig: { OnFailure: { Destination: 'arn:aws:sqs:us-east-1:111122223333:dlq' } } });
    lambda.on(GetFunctionEventInvokeConfigCommand, { FunctionName: 'b' }).rejects(awsError('ResourceNotFoundException'));
    const { inventory } = createTestInventory();
    expect(await inventory.lambda.eventInvokeConfig('us-east-1', 'a')).toMatchObject({ DestinationConfig: { OnFailure: { Destination: 'arn:aws:sqs:us-east-1:111122223333:dlq' } } });
    expect(await inventory.lambda.eventInvokeConfig('us-east-1', 'b')).toBeNull();
  });

  it.each([
    ['functions', ListFunctionsCommand, 'lambda:ListFunctions'],
    ['functionUrl', GetFunctionUrlConfigCommand, 'lambda:GetFunctionUrlConfig'],
    ['functionPolicy', GetPolicyCommand, 'lambda:GetPolicy'],
    ['functionTags', ListTagsCommand, 'lambda:ListTags'],
    ['eventInvokeConfig', GetFunctionEventInvokeConfigCommand, 'lambda:GetFunctionEventInvokeConfig'],
  ] as const)('%s: denied → InventoryError carrying the IAM action, cached (asked once)', async (getter, Command, action) => {
    lambda.on(Command as typeof ListFunctionsCommand).rejects(awsError('AccessDeniedException'));
    const { inventory } = createTestInventory();
    const call = () => (getter === 'functions' ? inventory.lambda.functions('us-east-1') : inventory.lambda[getter]('us-east-1', ARN));
    const err = await call().catch((e: unknown) => e);
    expect(err).toBeInstanceOf(InventoryError);
    expect(err).toMatchObject({ kind: 'denied', iamAction: action });
    await call().catch(() => undefined);
    expect(lambda.commandCalls(Command as typeof ListFunctionsCommand)).toHaveLength(1);
  });
});
