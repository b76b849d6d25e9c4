import { defineCheck } from '../../src/check/define.js';
import { passwordPolicyRef } from '../../src/check/kit/iam-refs.js';

export default defineCheck({
  id: 'iam.password-policy-reuse-prevention',
  title: 'The IAM password policy prevents reuse of the last 24 passwords',
  description:
    'Remembering previous passwords stops users from rotating back to a password that may already be exposed. ' +
    'IAM omits PasswordReusePrevention when reuse is allowed. The required count is the reusePrevention option (CIS default 24).',
  service: 'iam',
  resourceType: 'AWS::IAM::PasswordPolicy',
  severity: 'medium',
  duty: 'identity-access',
  serviceModel: 'SaaS',
  scope: 'global',
  remediation: {
    text: 'Set password reuse prevention to 24. update-account-password-policy resets every setting you omit to its default: pass the current values of the others too.',
    cli: 'aws iam update-account-password-policy --password-reuse-prevention 24 --minimum-password-length 14',
    url: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_passwords_account-policy.html',
  },
  options: { reusePrevention: 24 },
  async run({ scope, inventory, result, options }) {
    const policy = await inventory.iam.passwordPolicy();
    const ref = passwordPolicyRef(scope);
    if (!policy) return [result.fail(ref, 'Account has no IAM password policy', { PasswordPolicy: null, reusePrevention: options.reusePrevention })];
    // Absent field = reuse allowed (data, not a missing answer).
    const remembered = policy.PasswordReusePrevention ?? 0;
    const evidence = { PasswordReusePrevention: policy.PasswordReusePrevention ?? null, reusePrevention: options.reusePrevention };
    return [
      remembered >= options.reusePrevention
        ? result.pass(ref, `Password policy prevents reuse of the last ${remembered} passwords`, evidence)
        : result.fail(ref, remembered ? `Password policy prevents reuse of only the last ${remembered} passwords` : 'Password policy allows password reuse', evidence),
    ];
  },
});
