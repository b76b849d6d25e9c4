import { DescribeKeyCommand, KMSClient, ListKeysCommand } from '@aws-sdk/client-kms';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import check from '../../../checks/kms/key-not-pending-deletion.js';
import { awsError } from '../../harness/aws.js';
import { runCheck } from '../../harness/run-check.js';

const kms = mockClient(KMSClient);
beforeEach(() => kms.reset());
const arn = (id: string) => `arn:aws:kms:eu-west-1:111122223333:key/${id}`;
const meta = (KeyId: string, over: object = {}) => ({ KeyMetadata: { KeyId, Arn: arn(KeyId), KeyManager: 'CUSTOMER' as const, KeySpec: 'SYMMETRIC_DEFAULT' as const, KeyState: 'Enabled' as const, Origin: 'AWS_KMS' as const, ...over } });
const keys = (...ids: string[]) => kms.on(ListKeysCommand).resolves({ Keys: ids.map((KeyId) => ({ KeyId, KeyArn: arn(KeyId) })) });

describe('kms.key-not-pending-deletion', () => {
  it('FAIL for a customer managed key pending deletion, with its DeletionDate; PASS for enabled and disabled keys; AWS managed keys not judged', async () => {
    keys('doomed', 'live', 'off', 'aws');
    kms.on(DescribeKeyCommand, { KeyId: 'doomed' }).resolves(meta('doomed', { KeyState: 'PendingDeletion', Enabled: false, DeletionDate: new Date('2025-06-08T00:00:00Z'), PendingDeletionWindowInDays: 7 }));
    kms.on(DescribeKeyCommand, { KeyId: 'live' }).resolves(meta('live'));
    kms.on(DescribeKeyCommand, { KeyId: 'off' }).resolves(meta('off', { KeyState: 'Disabled' }));
    kms.on(DescribeKeyCommand, { KeyId: 'aws' }).resolves(meta('aws', { KeyManager: 'AWS', KeyState: 'PendingDeletion' }));
    expect(await runCheck(check, { region: 'eu-west-1' })).toMatchObject([
      {
        status: 'FAIL',
        resource: { id: 'doomed', arn: arn('doomed'), type: 'AWS::KMS::Key' },
        evidence: { KeyManager: 'CUSTOMER', KeyState: 'PendingDeletion', DeletionDate: '2025-06-08T00:00:00.000Z', PendingDeletionWindowInDays: 7 },
        srm: { duty: 'data-encryption', serviceModel: 'SaaS' },
      },
      { status: 'PASS', resource: { id: 'live' }, evidence: { KeyState: 'Enabled' } },
      { status: 'PASS', resource: { id: 'off' }, evidence: { KeyState: 'Disabled' } },
    ]);
  });

  it('ERROR for the one key whose DescribeKey is denied; ERROR naming kms:ListKeys when the list is denied', async () => {
    keys('a', 'b');
    kms.on(DescribeKeyCommand, { KeyId: 'a' }).rejects(awsError('AccessDeniedException'));
    kms.on(DescribeKeyCommand, { KeyId: 'b' }).resolves(meta('b'));
    expect(await runCheck(check, { region: 'eu-west-1' })).toMatchObject([
      { status: 'ERROR', resource: { id: 'a' }, message: expect.stringContaining('kms:DescribeKey') },
      { status: 'PASS', resource: { id: 'b' } },
    ]);
    kms.reset();
    kms.on(ListKeysCommand).rejects(awsError('AccessDeniedException'));
    expect(await runCheck(check, { region: 'eu-west-1' })).toMatchObject([{ status: 'ERROR', message: expect.stringContaining('kms:ListKeys') }]);
  });
});
