import { CreateKeyCommand, KMSClient, PutKeyPolicyCommand, ScheduleKeyDeletionCommand } from '@aws-sdk/client-kms';
import { beforeAll, describe, expect, it } from 'vitest';
import notPendingDeletion from '../../../checks/kms/key-not-pending-deletion.js';
import policyNotPublic from '../../../checks/kms/key-policy-not-public.js';
import { motoInventory, seedClient } from '../../harness/moto-account.js';
import { runCheck } from '../../harness/run-check.js';

const ACCOUNT = '360000000002';
const R = 'eu-west-1';
const ids = { kept: '', doomed: '', open: '' };

beforeAll(async () => {
  const kms = seedClient(KMSClient, ACCOUNT, R);
  ids.kept = (await kms.send(new CreateKeyCommand({ Description: 'orders' }))).KeyMetadata!.KeyId!;
  ids.doomed = (await kms.send(new CreateKeyCommand({ Description: 'old project' }))).KeyMetadata!.KeyId!;
  await kms.send(new ScheduleKeyDeletionCommand({ KeyId: ids.doomed, PendingWindowInDays: 7 }));
  ids.open = (await kms.send(new CreateKeyCommand({ Description: 'shared' }))).KeyMetadata!.KeyId!;
  await kms.send(new PutKeyPolicyCommand({
    KeyId: ids.open,
    PolicyName: 'default',
    Policy: JSON.stringify({ Version: '2012-10-17', Statement: [{ Sid: 'Everyone', Effect: 'Allow', Principal: { AWS: '*' }, Action: 'kms:Decrypt', Resource: '*' }] }),
  }));
});

describe('kms against moto', () => {
  it('keyPolicy reads the default policy moto gives a new key (PolicyName "default" is required by moto)', async () => {
    const doc = await motoInventory(ACCOUNT).inventory.kms.keyPolicy(R, ids.kept);
    expect(doc.Statement.length).toBeGreaterThan(0);
    expect(doc.Statement[0]).toMatchObject({ Effect: 'Allow', Principal: { AWS: [`arn:aws:iam::${ACCOUNT}:root`] } });
  });

  it('kms.key-not-pending-deletion and kms.key-policy-not-public give the verdicts the seed implies, each data set read once', async () => {
    const { inventory, stats } = motoInventory(ACCOUNT);
    const verdicts = async (c: Parameters<typeof runCheck>[0]) => Object.fromEntries((await runCheck(c, { account: ACCOUNT, region: R, inventory })).map((f) => [f.resource.id, f.status]));
    expect(await verdicts(notPendingDeletion)).toEqual({ [ids.kept]: 'PASS', [ids.doomed]: 'FAIL', [ids.open]: 'PASS' });
    expect(await verdicts(policyNotPublic)).toEqual({ [ids.kept]: 'PASS', [ids.doomed]: 'PASS', [ids.open]: 'FAIL' });
    const doomed = (await runCheck(notPendingDeletion, { account: ACCOUNT, region: R, inventory })).find((f) => f.resource.id === ids.doomed)!;
    expect(doomed.evidence).toMatchObject({ KeyState: 'PendingDeletion', DeletionDate: expect.stringMatching(/^\d{4}-/) });
    expect(stats.repeated.size).toBe(0);
    expect(stats.byOperation.get('kms:DescribeKey')).toBe(3);
  });
});
