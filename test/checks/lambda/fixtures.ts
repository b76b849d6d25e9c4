import type { FunctionConfiguration } from '@aws-sdk/client-lambda';
import { TEST_ACCOUNT } from '../../harness/aws.js';

/** A ListFunctions entry as AWS returns it (a .zip function on nodejs22.x unless overridden). */
export function fn(name: string, extra: Partial<FunctionConfiguration> = {}, region = 'us-east-1'): FunctionConfiguration {
  return {
    FunctionName: name,
    FunctionArn: `arn:aws:lambda:${region}:${TEST_ACCOUNT}:function:${name}`,
    Runtime: 'nodejs22.x',
    Role: `arn:aws:iam::${TEST_ACCOUNT}:role/${name}-role`,
    Handler: 'index.handler',
    CodeSize: 1024,
    Timeout: 3,
    MemorySize: 128,
    LastModified: '2026-10-01T00:00:00.000+0000',
    Version: '$LATEST',
    PackageType: 'Zip',
    Architectures: ['arm64'],
    ...extra,
  };
}

/** A function policy statement as Lambda's AddPermission writes it. */
export function permission(sid: string, principal: unknown, functionArn: string, condition?: unknown, action = 'lambda:InvokeFunction') {
  return { Sid: sid, Effect: 'Allow', Principal: principal, Action: action, Resource: functionArn, ...(condition ? { Condition: condition } : {}) };
}

export const policyDoc = (...statements: unknown[]) => JSON.stringify({ Version: '2012-10-17', Id: 'default', Statement: statements });
