import { GetResourcePolicyCommand, ListSecretsCommand, SecretsManagerClient } from '@aws-sdk/client-secrets-manager';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import { InventoryError } from '../../src/aws/errors.js';
import { OPERATIONS } from '../../src/aws/operations.js';
import { awsError, createTestInventory } from '../harness/aws.js';
import { secret, secretArn } from '../checks/secretsmanager/fixtures.js';

const sm = mockClient(SecretsManagerClient);
beforeEach(() => sm.reset());

describe('secretsmanager inventory', () => {
  it('never reads a secret value: no value-reading operation is allowed', () => {
    expect(Object.keys(OPERATIONS).filter((op) => op.startsWith('secretsmanager:'))).toEqual(['secretsmanager:ListSecrets', 'secretsmanager:GetResourcePolicy']);
  });

  it('secrets(region) follows NextToken with pages of 100, once under concurrent callers', async () => {
    sm.on(ListSecretsCommand, { MaxResults: 100 }).resolves({ SecretList: [secret('a')], NextToken: 'n' });
    sm.on(ListSecretsCommand, { MaxResults: 100, NextToken: 'n' }).resolves({ SecretList: [secret('b')] });
    const { inventory } = createTestInventory();
    const [x, y] = await Promise.all([inventory.secretsmanager.secrets('us-east-1'), inventory.secretsmanager.secrets('us-east-1')]);
    expect(x).toBe(y);
    expect(x.map((s) => s.Name)).toEqual(['a', 'b']);
    expect(sm.commandCalls(ListSecretsCommand)).toHaveLength(2);
  });

  it('secretPolicy: parsed; no ResourcePolicy → null; unparseable → invalid-data naming the action', async () => {
    sm.on(GetResourcePolicyCommand, { SecretId: secretArn('a') }).resolves({ ResourcePolicy: JSON.stringify({ Version: '2012-10-17', Statement: { Effect: 'Allow', Principal: { AWS: '*' }, Action: 'secretsmanager:GetSecretValue', Resource: '*' } }) });
    sm.on(GetResourcePolicyCommand, { SecretId: secretArn('b') }).resolves({ ARN: secretArn('b'), Name: 'b' });
    sm.on(GetResourcePolicyCommand, { SecretId: secretArn('c') }).resolves({ ResourcePolicy: '{nope' });
    const { inventory } = createTestInventory();
    expect((await inventory.secretsmanager.secretPolicy('us-east-1', secretArn('a')))!.Statement).toMatchObject([{ Principal: { AWS: ['*'] }, Action: ['secretsmanager:GetSecretValue'] }]);
    expect(await inventory.secretsmanager.secretPolicy('us-east-1', secretArn('b'))).toBeNull();
    await expect(inventory.secretsmanager.secretPolicy('us-east-1', secretArn('c'))).rejects.toMatchObject({ kind: 'invalid-data', iamAction: 'secretsmanager:GetResourcePolicy' });
  });

  it.each([
    ['secrets', ListSecretsCommand, 'secretsmanager:ListSecrets'],
    ['secretPolicy', GetResourcePolicyCommand, 'secretsmanager:GetResourcePolicy'],
  ] as const)('%s: denied → InventoryError carrying the IAM action, cached (asked once)', async (getter, Command, action) => {
    sm.on(Command as typeof ListSecretsCommand).rejects(awsError('AccessDeniedException'));
    const { inventory } = createTestInventory();
    const call = () => (getter === 'secrets' ? inventory.secretsmanager.secrets('us-east-1') : inventory.secretsmanager.secretPolicy('us-east-1', secretArn('a')));
    const err = await call().catch((e: unknown) => e);
    expect(err).toBeInstanceOf(InventoryError);
    expect(err).toMatchObject({ kind: 'denied', iamAction: action });
    await call().catch(() => undefined);
    expect(sm.commandCalls(Command as typeof ListSecretsCommand)).toHaveLength(1);
  });
});
