import { defineCheck } from '../../src/check/define.js';
import { kmsKeyRef } from '../../src/check/kit/kms-refs.js';

export default defineCheck({
  id: 'kms.key-not-pending-deletion',
  title: 'Customer managed KMS keys are not scheduled for deletion',
  description:
    'Deleting a KMS key is irreversible: every ciphertext encrypted under it (volumes, snapshots, objects, secrets, backups) becomes ' +
    'unrecoverable once the waiting period ends. FAILs on a customer managed key whose KeyState is PendingDeletion, with its DeletionDate, ' +
    'so the deletion is confirmed as intended or cancelled in time. AWS managed keys are AWS\'s to delete and are not judged; every ' +
    'customer managed key gets a verdict.',
  service: 'kms',
  resourceType: 'AWS::KMS::Key',
  severity: 'medium',
  duty: 'data-encryption',
  serviceModel: 'SaaS',
  scope: 'regional',
  remediation: {
    text: 'If the key still protects data, cancel the deletion and re-enable the key; alarm on ScheduleKeyDeletion events and on use of keys pending deletion.',
    cli: 'aws kms cancel-key-deletion --key-id <key-id> && aws kms enable-key --key-id <key-id>',
    url: 'https://docs.aws.amazon.com/kms/latest/developerguide/deleting-keys-scheduling-key-deletion.html',
  },
  async run({ scope, inventory, result }) {
    const keys = await inventory.kms.keys(scope.region);
    const ref = (k: { KeyArn?: string; KeyId?: string }) => kmsKeyRef(scope, k);
    return result.forEach(keys, ref, async (k) => {
      const meta = await inventory.kms.keyMetadata(scope.region, k.KeyId!);
      if (meta.KeyManager !== 'CUSTOMER') return [];
      const evidence = {
        KeyManager: 'CUSTOMER',
        KeyState: meta.KeyState ?? null,
        ...(meta.DeletionDate ? { DeletionDate: meta.DeletionDate.toISOString() } : {}),
        ...(meta.PendingDeletionWindowInDays !== undefined ? { PendingDeletionWindowInDays: meta.PendingDeletionWindowInDays } : {}),
      };
      return meta.KeyState === 'PendingDeletion'
        ? result.fail(ref(k), `Key ${k.KeyId} is pending deletion${meta.DeletionDate ? ` on ${meta.DeletionDate.toISOString()}` : ''}`, evidence)
        : result.pass(ref(k), `Key ${k.KeyId} is not pending deletion (KeyState ${meta.KeyState})`, evidence);
    });
  },
});
