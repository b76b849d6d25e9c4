import { CreateRoleCommand, IAMClient, PutRolePolicyCommand } from '@aws-sdk/client-iam';
import { AddPermissionCommand, CreateFunctionCommand, CreateFunctionUrlConfigCommand, LambdaClient, PutFunctionEventInvokeConfigCommand, type Runtime } from '@aws-sdk/client-lambda';
import { beforeAll, describe, expect, it } from 'vitest';
import asyncFailure from '../../../checks/lambda/async-failure-destination.js';
import codeSigning from '../../../checks/lambda/code-signing-enforced.js';
import cmkEncrypted from '../../../checks/lambda/environment-cmk-encrypted.js';
import leastPrivilege from '../../../checks/lambda/execution-role-least-privilege.js';
import notShared from '../../../checks/lambda/execution-role-not-shared.js';
import urlAuth from '../../../checks/lambda/function-url-auth.js';
import noSecrets from '../../../checks/lambda/no-secrets-in-environment.js';
import policyNotPublic from '../../../checks/lambda/resource-policy-not-public.js';
import runtimeSupported from '../../../checks/lambda/runtime-supported.js';
import type { Check } from '../../../src/check/define.js';
import { motoInventory, seedClient } from '../../harness/moto-account.js';
import { runCheck } from '../../harness/run-check.js';

const ACCOUNT = '250000000001';
const REGION = 'eu-west-1';
const roleArn = (name: string) => `arn:aws:iam::${ACCOUNT}:role/${name}`;
const fnArn = (name: string) => `arn:aws:lambda:${REGION}:${ACCOUNT}:function:${name}`;
const QUEUE = `arn:aws:sqs:${REGION}:${ACCOUNT}:failed-events`;
// Assembled from parts; AKIAIOSFODNN7EXAMPLE is AWS's documentation example key id.
const KEY_ID = 'AKIA' + 'IOSFODNN7EXAMPLE';

beforeAll(async () => {
  const iam = seedClient(IAMClient, ACCOUNT);
  const trust = JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { Service: 'lambda.amazonaws.com' }, Action: 'sts:AssumeRole' }] });
  for (const name of ['lambda-admin', 'lambda-tight', 'lambda-shared']) await iam.send(new CreateRoleCommand({ RoleName: name, AssumeRolePolicyDocument: trust }));
  await iam.send(new PutRolePolicyCommand({ RoleName: 'lambda-admin', PolicyName: 'everything', PolicyDocument: JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: '*', Resource: '*' }] }) }));
  await iam.send(new PutRolePolicyCommand({ RoleName: 'lambda-tight', PolicyName: 'orders-table', PolicyDocument: JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 'dynamodb:GetItem', Resource: `arn:aws:dynamodb:${REGION}:${ACCOUNT}:table/orders` }] }) }));

  const lambda = seedClient(LambdaClient, ACCOUNT, REGION);
  const create = (FunctionName: string, Role: string, Runtime: Runtime, extra: Record<string, unknown> = {}) =>
    lambda.send(new CreateFunctionCommand({ FunctionName, Role: roleArn(Role), Runtime, Handler: 'index.handler', Code: { ZipFile: Buffer.from('not really a zip') }, ...extra }));
  await create('leaky', 'lambda-admin', 'python3.9', {
    Environment: { Variables: { DB_PASSWORD: 'hunter2-' + 'literal', AWS_ACCESS_KEY_ID: KEY_ID, LOG_LEVEL: 'info' } },
    Tags: { 'data-classification': 'confidential' },
  });
  await create('tidy', 'lambda-tight', 'python3.13', { Environment: { Variables: { DB_SECRET_ARN: `arn:aws:secretsmanager:${REGION}:${ACCOUNT}:secret:orders-AbCdEf` } }, Tags: { 'data-classification': 'internal' } });
  await create('shared-a', 'lambda-shared', 'nodejs22.x');
  await create('shared-b', 'lambda-shared', 'nodejs22.x');

  await lambda.send(new CreateFunctionUrlConfigCommand({ FunctionName: 'leaky', AuthType: 'NONE', Cors: { AllowOrigins: ['*'] } }));
  await lambda.send(new CreateFunctionUrlConfigCommand({ FunctionName: 'tidy', AuthType: 'AWS_IAM' }));
  await lambda.send(new AddPermissionCommand({ FunctionName: 'leaky', StatementId: 'anyone', Action: 'lambda:InvokeFunction', Principal: '*' }));
  await lambda.send(new AddPermissionCommand({ FunctionName: 'shared-a', StatementId: 's3-any-bucket', Action: 'lambda:InvokeFunction', Principal: 's3.amazonaws.com' }));
  await lambda.send(new AddPermissionCommand({
    FunctionName: 'tidy', StatementId: 's3-uploads', Action: 'lambda:InvokeFunction', Principal: 's3.amazonaws.com', SourceArn: 'arn:aws:s3:::uploads-bucket', SourceAccount: ACCOUNT,
  }));
  await lambda.send(new PutFunctionEventInvokeConfigCommand({ FunctionName: 'tidy', DestinationConfig: { OnFailure: { Destination: QUEUE } } }));
});

describe('lambda inventory against moto', () => {
  it('functions(region): every function with role, runtime and environment; once per region', async () => {
    const { inventory, stats } = motoInventory(ACCOUNT);
    const fns = await inventory.lambda.functions(REGION);
    expect(fns.map((f) => f.FunctionName).sort()).toEqual(['leaky', 'shared-a', 'shared-b', 'tidy']);
    expect(fns.find((f) => f.FunctionName === 'leaky')).toMatchObject({ Role: roleArn('lambda-admin'), Runtime: 'python3.9', Environment: { Variables: { LOG_LEVEL: 'info' } } });
    await inventory.lambda.functions(REGION);
    expect(stats.byOperation.get('lambda:ListFunctions')).toBe(1);
    expect(await inventory.lambda.functions('us-east-1')).toEqual([]);
  });

  it('functionUrl: the URL config, null without one', async () => {
    const { inventory } = motoInventory(ACCOUNT);
    expect(await inventory.lambda.functionUrl(REGION, 'leaky')).toMatchObject({ AuthType: 'NONE', Cors: { AllowOrigins: ['*'] }, FunctionArn: fnArn('leaky') });
    expect(await inventory.lambda.functionUrl(REGION, 'shared-b')).toBeNull();
  });

  it('functionPolicy: parsed statements (moto turns SourceArn/SourceAccount into conditions, as AWS does); null without one', async () => {
    const { inventory } = motoInventory(ACCOUNT);
    const tidy = await inventory.lambda.functionPolicy(REGION, fnArn('tidy'));
    expect(tidy!.Statement).toMatchObject([{ Sid: 's3-uploads', Effect: 'Allow', Principal: { Service: ['s3.amazonaws.com'] } }]);
    expect(JSON.stringify(tidy!.Statement[0]!.Condition)).toContain('arn:aws:s3:::uploads-bucket');
    expect(await inventory.lambda.functionPolicy(REGION, fnArn('shared-b'))).toBeNull();
  });

  it('functionTags and eventInvokeConfig', async () => {
    const { inventory } = motoInventory(ACCOUNT);
    expect(await inventory.lambda.functionTags(REGION, fnArn('leaky'))).toEqual({ 'data-classification': 'confidential' });
    expect(await inventory.lambda.functionTags(REGION, fnArn('shared-b'))).toEqual({});
    expect(await inventory.lambda.eventInvokeConfig(REGION, 'tidy')).toMatchObject({ DestinationConfig: { OnFailure: { Destination: QUEUE } } });
    expect(await inventory.lambda.eventInvokeConfig(REGION, 'leaky')).toBeNull();
  });
});

describe('lambda checks against moto', () => {
  const statuses = async (check: Check) => {
    const { inventory } = motoInventory(ACCOUNT);
    const findings = await runCheck(check, { region: REGION, inventory, account: ACCOUNT, now: new Date('2026-11-28T00:00:00Z') });
    return Object.fromEntries(findings.map((f) => [f.resource.id, f.status]));
  };

  it('plants a FAIL for every check moto can represent', async () => {
    expect(await statuses(noSecrets)).toEqual({ leaky: 'FAIL', tidy: 'PASS', 'shared-a': 'PASS', 'shared-b': 'PASS' });
    expect(await statuses(urlAuth)).toEqual({ leaky: 'FAIL', tidy: 'PASS' });
    expect(await statuses(policyNotPublic)).toEqual({ leaky: 'FAIL', 'shared-a': 'FAIL', tidy: 'PASS', 'shared-b': 'PASS' });
    expect(await statuses(runtimeSupported)).toEqual({ leaky: 'FAIL', tidy: 'PASS', 'shared-a': 'PASS', 'shared-b': 'PASS' });
    expect(await statuses(leastPrivilege)).toEqual({ leaky: 'FAIL', tidy: 'PASS', 'shared-a': 'PASS', 'shared-b': 'PASS' });
    expect(await statuses(notShared)).toEqual({ leaky: 'PASS', tidy: 'PASS', 'shared-a': 'FAIL', 'shared-b': 'FAIL' });
    // moto never returns KMSKeyArn (nor DeadLetterConfig) in a function configuration, so no PASS can be planted here.
    expect(await statuses(cmkEncrypted)).toEqual({ leaky: 'FAIL' });
    expect(await statuses(asyncFailure)).toEqual({ tidy: 'PASS', leaky: 'FAIL', 'shared-a': 'FAIL', 'shared-b': 'FAIL' });
  });

  it('code signing: moto implements no ListCodeSigningConfigs, so every function is ERROR naming the call, never PASS', async () => {
    const { inventory } = motoInventory(ACCOUNT);
    const findings = await runCheck(codeSigning, { region: REGION, inventory, account: ACCOUNT });
    expect(findings.length).toBeGreaterThan(0);
    for (const f of findings) expect(f).toMatchObject({ status: 'ERROR', message: expect.stringContaining('lambda:ListCodeSigningConfigs') });
  });
});
