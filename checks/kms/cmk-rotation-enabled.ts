import { defineCheck } from '../../src/check/define.js';
import { kmsKeyRef } from '../../src/check/kit/kms-refs.js';

export default defineCheck({
  id: 'kms.cmk-rotation-enabled',
  title: 'Customer managed symmetric KMS keys rotate automatically',
  description:
    'Rotation limits how much data one key version protects. Judged: enabled, customer managed, symmetric keys with AWS-generated material ' +
    '(KeyManager CUSTOMER, KeySpec SYMMETRIC_DEFAULT, KeyState Enabled, Origin AWS_KMS). Not judged: AWS managed keys (AWS rotates them), ' +
    'disabled or pending-deletion keys, imported or custom-store key material (no automatic rotation), and multi-Region replicas (the primary rotates).',
  service: 'kms',
  resourceType: 'AWS::KMS::Key',
  severity: 'medium',
  duty: 'data-encryption',
  serviceModel: 'SaaS',
  scope: 'regional',
  remediation: {
    text: 'Enable automatic rotation for the key.',
    cli: 'aws kms enable-key-rotation --key-id <key-id>',
    url: 'https://docs.aws.amazon.com/kms/latest/developerguide/rotate-keys.html',
  },
  async run({ scope, inventory, result }) {
    const keys = await inventory.kms.keys(scope.region);
    const ref = (k: { KeyArn?: string; KeyId?: string }) => kmsKeyRef(scope, k);
    return result.forEach(keys, ref, async (k) => {
      const meta = await inventory.kms.keyMetadata(scope.region, k.KeyId!);
      const judged =
        meta.KeyManager === 'CUSTOMER' && meta.KeySpec === 'SYMMETRIC_DEFAULT' && meta.KeyState === 'Enabled' && meta.Origin === 'AWS_KMS' &&
        meta.MultiRegionConfiguration?.MultiRegionKeyType !== 'REPLICA';
      if (!judged) return [];
      const enabled = await inventory.kms.keyRotationEnabled(scope.region, k.KeyId!);
      const evidence = { KeyRotationEnabled: enabled ?? null, KeyManager: 'CUSTOMER', KeySpec: 'SYMMETRIC_DEFAULT', KeyState: 'Enabled' };
      return enabled === true
        ? result.pass(ref(k), `Key ${k.KeyId} rotates automatically`, evidence)
        : result.fail(ref(k), `Key ${k.KeyId} does not rotate automatically`, evidence);
    });
  },
});
