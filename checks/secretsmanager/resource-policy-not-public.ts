import { defineCheck } from '../../src/check/define.js';
import { resourcePolicyVerdict } from '../../src/check/kit/resource-policy-verdict.js';
import { secretRef } from '../../src/check/kit/secret-refs.js';

export default defineCheck({
  id: 'secretsmanager.resource-policy-not-public',
  title: 'Secrets Manager resource policies do not grant access to everyone',
  description:
    'A secret\'s resource-based policy that allows a wildcard principal without a condition pinning the caller (aws:PrincipalOrgID, ' +
    'aws:PrincipalAccount, aws:SourceVpce, …) lets identities of any AWS account read or change the secret. Read per secret with ' +
    'GetResourcePolicy (the policy only, never the value) and the project\'s one resource-policy analyser; the public statements ' +
    'are the evidence. A secret without a policy passes: only identities of its account with IAM permissions have access.',
  service: 'secretsmanager',
  resourceType: 'AWS::SecretsManager::Secret',
  severity: 'critical',
  duty: 'identity-access',
  serviceModel: 'SaaS',
  scope: 'regional',
  remediation: {
    text: 'Replace the wildcard principal with the accounts or roles that need the secret, or add a condition such as aws:PrincipalOrgID; turn on BlockPublicPolicy when putting policies.',
    cli: 'aws secretsmanager put-resource-policy --secret-id <secret> --resource-policy file://policy.json --block-public-policy',
    url: 'https://docs.aws.amazon.com/secretsmanager/latest/userguide/auth-and-access_resource-policies.html',
  },
  async run({ scope, inventory, result }) {
    const secrets = await inventory.secretsmanager.secrets(scope.region);
    return result.forEach(secrets, secretRef, async (s) => {
      const doc = await inventory.secretsmanager.secretPolicy(scope.region, s.ARN!);
      return resourcePolicyVerdict(result, secretRef(s), `Secret ${secretRef(s).id}`, doc, 'secretsmanager');
    });
  },
});
