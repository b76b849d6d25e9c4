import { LambdaClient, ListCodeSigningConfigsCommand, ListFunctionsByCodeSigningConfigCommand, ListFunctionsCommand } from '@aws-sdk/client-lambda';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import check from '../../../checks/lambda/code-signing-enforced.js';
import { awsError } from '../../harness/aws.js';
import { runCheck } from '../../harness/run-check.js';
import { fn } from './fixtures.js';

const lambda = mockClient(LambdaClient);
beforeEach(() => lambda.reset());
const csc = (id: string, policy?: 'Enforce' | 'Warn') => ({
  CodeSigningConfigId: id,
  CodeSigningConfigArn: `arn:aws:lambda:us-east-1:111122223333:code-signing-config:${id}`,
  AllowedPublishers: { SigningProfileVersionArns: ['arn:aws:signer:us-east-1:111122223333:/signing-profiles/release/abc'] },
  CodeSigningPolicies: policy ? { UntrustedArtifactOnDeployment: policy } : {},
  LastModified: '2026-01-01T00:00:00Z',
});

describe('lambda.code-signing-enforced', () => {
  it('PASS with an Enforce configuration; FAIL with Warn, with no policy (Warn by default) and with none; images not judged', async () => {
    lambda.on(ListFunctionsCommand).resolves({ Functions: [fn('signed'), fn('warned'), fn('defaulted'), fn('unsigned'), fn('image', { PackageType: 'Image', Runtime: undefined })] });
    lambda.on(ListCodeSigningConfigsCommand).resolves({ CodeSigningConfigs: [csc('csc-enforce', 'Enforce'), csc('csc-warn', 'Warn'), csc('csc-default')] });
    lambda.on(ListFunctionsByCodeSigningConfigCommand, { CodeSigningConfigArn: csc('csc-enforce').CodeSigningConfigArn }).resolves({ FunctionArns: [fn('signed').FunctionArn!] });
    lambda.on(ListFunctionsByCodeSigningConfigCommand, { CodeSigningConfigArn: csc('csc-warn').CodeSigningConfigArn }).resolves({ FunctionArns: [fn('warned').FunctionArn!] });
    lambda.on(ListFunctionsByCodeSigningConfigCommand, { CodeSigningConfigArn: csc('csc-default').CodeSigningConfigArn }).resolves({ FunctionArns: [fn('defaulted').FunctionArn!] });
    expect(await runCheck(check)).toMatchObject([
      { status: 'FAIL', resource: { id: 'defaulted' }, message: expect.stringContaining('Warn (default)') },
      { status: 'PASS', resource: { id: 'signed' }, evidence: { UntrustedArtifactOnDeployment: 'Enforce' }, srm: { duty: 'function-logic', serviceModel: 'FaaS' } },
      { status: 'FAIL', resource: { id: 'unsigned' }, evidence: { CodeSigningConfigArn: null } },
      { status: 'FAIL', resource: { id: 'warned' }, evidence: { UntrustedArtifactOnDeployment: 'Warn' } },
    ]);
    // Bulk: one list of configurations and one function list per configuration, not one call per function.
    expect(lambda.commandCalls(ListCodeSigningConfigsCommand)).toHaveLength(1);
    expect(lambda.commandCalls(ListFunctionsByCodeSigningConfigCommand)).toHaveLength(3);
  });

  it('follows pagination of configurations and of their function lists', async () => {
    lambda.on(ListFunctionsCommand).resolves({ Functions: [fn('a'), fn('b')] });
    lambda.on(ListCodeSigningConfigsCommand).resolvesOnce({ CodeSigningConfigs: [], NextMarker: 'm' }).resolvesOnce({ CodeSigningConfigs: [csc('c', 'Enforce')] });
    lambda.on(ListFunctionsByCodeSigningConfigCommand).resolvesOnce({ FunctionArns: [fn('a').FunctionArn!], NextMarker: 'n' }).resolvesOnce({ FunctionArns: [fn('b').FunctionArn!] });
    expect((await runCheck(check)).map((f) => f.status)).toEqual(['PASS', 'PASS']);
  });

  it('ERROR naming the permission when the configurations cannot be listed; no call without functions', async () => {
    lambda.on(ListFunctionsCommand).resolves({ Functions: [fn('a')] });
    lambda.on(ListCodeSigningConfigsCommand).rejects(awsError('AccessDeniedException', { status: 403 }));
    expect(await runCheck(check)).toMatchObject([{ status: 'ERROR', message: expect.stringContaining('lambda:ListCodeSigningConfigs') }]);
    lambda.reset();
    lambda.on(ListFunctionsCommand).resolves({ Functions: [] });
    expect(await runCheck(check)).toEqual([]);
    expect(lambda.commandCalls(ListCodeSigningConfigsCommand)).toHaveLength(0);
  });
});
