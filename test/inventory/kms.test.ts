import { DescribeKeyCommand, GetKeyPolicyCommand, KMSClient, ListKeysCommand } from '@aws-sdk/client-kms';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import { awsError, createTestInventory } from '../harness/aws.js';

const kms = mockClient(KMSClient);
beforeEach(() => kms.reset());
const policy = { Version: '2012-10-17', Statement: [{ Sid: 'Enable IAM User Permissions', Effect: 'Allow', Principal: { AWS: 'arn:aws:iam::111122223333:root' }, Action: 'kms:*', Resource: '*' }] };

describe('kms inventory', () => {
  it('keys(region) follows NextMarker while Truncated', async () => {
    kms.on(ListKeysCommand).resolves({ Keys: [{ KeyId: 'a' }], Truncated: true, NextMarker: 'm1' });
    kms.on(ListKeysCommand, { Limit: 1000, Marker: 'm1' }).resolves({ Keys: [{ KeyId: 'b' }], Truncated: false });
    expect((await createTestInventory().inventory.kms.keys('eu-west-1')).map((k) => k.KeyId)).toEqual(['a', 'b']);
  });

  it('keyPolicy asks for the "default" policy (the only name; moto requires it) and parses it, once per key', async () => {
    kms.on(GetKeyPolicyCommand).resolves({ Policy: JSON.stringify(policy), PolicyName: 'default' });
    const { inventory } = createTestInventory();
    const [a, b] = await Promise.all([inventory.kms.keyPolicy('eu-west-1', 'k1'), inventory.kms.keyPolicy('eu-west-1', 'k1')]);
    expect(a).toBe(b);
    expect(a.Statement).toEqual([{ Sid: 'Enable IAM User Permissions', Effect: 'Allow', Principal: { AWS: ['arn:aws:iam::111122223333:root'] }, Action: ['kms:*'], Resource: ['*'] }]);
    expect(kms.commandCalls(GetKeyPolicyCommand).map((c) => c.args[0].input)).toEqual([{ KeyId: 'k1', PolicyName: 'default' }]);
  });

  it('keyPolicy: an unparseable or missing policy is invalid data; denied names kms:GetKeyPolicy', async () => {
    kms.on(GetKeyPolicyCommand, { KeyId: 'bad' }).resolves({ Policy: '{"Statement": [' });
    kms.on(GetKeyPolicyCommand, { KeyId: 'none' }).resolves({});
    kms.on(GetKeyPolicyCommand, { KeyId: 'denied' }).rejects(awsError('AccessDeniedException'));
    const { inventory } = createTestInventory();
    await expect(inventory.kms.keyPolicy('eu-west-1', 'bad')).rejects.toMatchObject({ kind: 'invalid-data', operation: 'GetKeyPolicy', code: 'InvalidPolicyDocument' });
    await expect(inventory.kms.keyPolicy('eu-west-1', 'none')).rejects.toMatchObject({ kind: 'invalid-data', operation: 'GetKeyPolicy' });
    await expect(inventory.kms.keyPolicy('eu-west-1', 'denied')).rejects.toMatchObject({ kind: 'denied', iamAction: 'kms:GetKeyPolicy' });
  });

  it('keyMetadata: DescribeKey without KeyMetadata is invalid data', async () => {
    kms.on(DescribeKeyCommand).resolves({});
    await expect(createTestInventory().inventory.kms.keyMetadata('eu-west-1', 'k')).rejects.toMatchObject({ kind: 'invalid-data', operation: 'DescribeKey' });
  });
});
