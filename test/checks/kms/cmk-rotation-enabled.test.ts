import { DescribeKeyCommand, GetKeyRotationStatusCommand, KMSClient, ListKeysCommand } from '@aws-sdk/client-kms';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import check from '../../../checks/kms/cmk-rotation-enabled.js';
import { awsError } from '../../harness/aws.js';
import { runCheck } from '../../harness/run-check.js';

const kms = mockClient(KMSClient);
beforeEach(() => kms.reset());
const arn = (id: string) => `arn:aws:kms:eu-west-1:111122223333:key/${id}`;
const meta = (KeyId: string, over: object = {}) => ({ KeyMetadata: { KeyId, Arn: arn(KeyId), KeyManager: 'CUSTOMER' as const, KeySpec: 'SYMMETRIC_DEFAULT' as const, KeyState: 'Enabled' as const, Origin: 'AWS_KMS' as const, ...over } });

describe('kms.cmk-rotation-enabled', () => {
  it('PASS when rotation is on, FAIL when off, for customer managed symmetric keys', async () => {
    kms.on(ListKeysCommand).resolves({ Keys: [{ KeyId: 'k-on', KeyArn: arn('k-on') }, { KeyId: 'k-off', KeyArn: arn('k-off') }] });
    kms.on(DescribeKeyCommand, { KeyId: 'k-on' }).resolves(meta('k-on'));
    kms.on(DescribeKeyCommand, { KeyId: 'k-off' }).resolves(meta('k-off'));
    kms.on(GetKeyRotationStatusCommand, { KeyId: 'k-on' }).resolves({ KeyRotationEnabled: true });
    kms.on(GetKeyRotationStatusCommand, { KeyId: 'k-off' }).resolves({ KeyRotationEnabled: false });
    expect(await runCheck(check, { region: 'eu-west-1' })).toMatchObject([
      { status: 'FAIL', resource: { id: 'k-off' }, evidence: { KeyRotationEnabled: false } },
      { status: 'PASS', resource: { id: 'k-on', arn: arn('k-on') }, evidence: { KeyRotationEnabled: true }, srm: { duty: 'data-encryption', serviceModel: 'SaaS', owner: 'customer' } },
    ]);
  });

  it.each([
    ['AWS managed', { KeyManager: 'AWS' }],
    ['asymmetric', { KeySpec: 'RSA_2048' }],
    ['pending deletion', { KeyState: 'PendingDeletion' }],
    ['imported material', { Origin: 'EXTERNAL' }],
    ['a multi-Region replica', { MultiRegionConfiguration: { MultiRegionKeyType: 'REPLICA' } }],
  ])('does not judge %s keys (and asks no rotation status for them)', async (_why, over) => {
    kms.on(ListKeysCommand).resolves({ Keys: [{ KeyId: 'k', KeyArn: arn('k') }] });
    kms.on(DescribeKeyCommand).resolves(meta('k', over));
    expect(await runCheck(check, { region: 'eu-west-1' })).toEqual([]);
    expect(kms.commandCalls(GetKeyRotationStatusCommand)).toHaveLength(0);
  });

  it('ERROR for the one key whose rotation status is denied; the others keep their verdict', async () => {
    kms.on(ListKeysCommand).resolves({ Keys: [{ KeyId: 'a', KeyArn: arn('a') }, { KeyId: 'b', KeyArn: arn('b') }] });
    kms.on(DescribeKeyCommand, { KeyId: 'a' }).resolves(meta('a'));
    kms.on(DescribeKeyCommand, { KeyId: 'b' }).resolves(meta('b'));
    kms.on(GetKeyRotationStatusCommand, { KeyId: 'a' }).rejects(awsError('AccessDeniedException'));
    kms.on(GetKeyRotationStatusCommand, { KeyId: 'b' }).resolves({ KeyRotationEnabled: true });
    expect(await runCheck(check, { region: 'eu-west-1' })).toMatchObject([
      { status: 'ERROR', resource: { id: 'a' }, message: expect.stringContaining('kms:GetKeyRotationStatus') },
      { status: 'PASS', resource: { id: 'b' } },
    ]);
  });

  it('ERROR naming the permission when ListKeys is denied', async () => {
    kms.on(ListKeysCommand).rejects(awsError('AccessDeniedException'));
    expect(await runCheck(check, { region: 'eu-west-1' })).toMatchObject([{ status: 'ERROR', message: expect.stringContaining('kms:ListKeys') }]);
  });
});
