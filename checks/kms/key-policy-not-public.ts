import { defineCheck } from '../../src/check/define.js';
import { kmsKeyRef } from '../../src/check/kit/kms-refs.js';
import { publicStatements, statementEvidence } from '../../src/lib/resource-policy.js';

export default defineCheck({
  id: 'kms.key-policy-not-public',
  title: 'Customer managed KMS key policies do not grant access to everyone',
  description:
    'The key policy is the primary control of a KMS key: an Allow statement to Principal "*" (or {"AWS": "*"}, or NotPrincipal) with ' +
    'no condition that pins the caller lets any AWS identity of any account use or manage the key. Conditions that pin the caller ' +
    '(kms:CallerAccount, kms:ViaService, aws:PrincipalOrgID, aws:PrincipalAccount, aws:SourceAccount, … to fixed values) make it ' +
    'non-public, as IAM Access Analyzer reads key policies. Judged by the shared resource-policy analyser; the public statements are the ' +
    'evidence. AWS managed keys carry AWS\'s policy and are not judged.',
  service: 'kms',
  resourceType: 'AWS::KMS::Key',
  severity: 'critical',
  duty: 'identity-access',
  serviceModel: 'SaaS',
  scope: 'regional',
  remediation: {
    text: 'Replace the wildcard principal with the accounts or roles that need the key, or add a condition such as kms:CallerAccount or aws:PrincipalOrgID.',
    cli: 'aws kms put-key-policy --key-id <key-id> --policy-name default --policy file://key-policy.json',
    url: 'https://docs.aws.amazon.com/kms/latest/developerguide/key-policies.html',
  },
  async run({ scope, inventory, result }) {
    const keys = await inventory.kms.keys(scope.region);
    const ref = (k: { KeyArn?: string; KeyId?: string }) => kmsKeyRef(scope, k);
    return result.forEach(keys, ref, async (k) => {
      const meta = await inventory.kms.keyMetadata(scope.region, k.KeyId!);
      if (meta.KeyManager !== 'CUSTOMER') return [];
      const open = publicStatements(await inventory.kms.keyPolicy(scope.region, k.KeyId!), 'kms').map(statementEvidence);
      return open.length
        ? result.fail(ref(k), `Key ${k.KeyId} policy grants access to everyone in ${open.length} statement(s)`, { publicStatements: open })
        : result.pass(ref(k), `Key ${k.KeyId} policy grants access only to named or pinned principals`, { publicStatements: [] });
    });
  },
});
