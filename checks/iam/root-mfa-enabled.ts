import { defineCheck } from '../../src/check/define.js';
import { summaryFlag } from '../../src/check/kit/account-summary.js';
import { rootUserRef } from '../../src/check/kit/iam-refs.js';

export default defineCheck({
  id: 'iam.root-mfa-enabled',
  title: 'The root user signs in with multi-factor authentication',
  description: 'Without MFA, the root user password alone gives full, unrestrictable control of the account and its billing.',
  service: 'iam',
  resourceType: 'AWS::IAM::Root',
  severity: 'critical',
  duty: 'identity-access',
  serviceModel: 'SaaS',
  scope: 'global',
  remediation: {
    text: 'Sign in as the root user, open Security credentials and assign an MFA device (a hardware key or passkey is preferred).',
    console: 'IAM console as root > account menu > Security credentials > Multi-factor authentication (MFA) > Assign MFA device',
    url: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_root-user_manage_mfa.html',
  },
  async run({ scope, inventory, result }) {
    const summary = await inventory.iam.accountSummary();
    const enabled = summaryFlag(summary, 'AccountMFAEnabled', scope);
    const evidence = { AccountMFAEnabled: summary.AccountMFAEnabled ?? null };
    const ref = rootUserRef(scope);
    return [
      enabled
        ? result.pass(ref, 'Root user has MFA enabled (AccountMFAEnabled=1)', evidence)
        : result.fail(ref, 'Root user has no MFA (AccountMFAEnabled=0)', evidence),
    ];
  },
});
