import { defineCheck } from '../../src/check/define.js';
import { passwordPolicyRef } from '../../src/check/kit/iam-refs.js';
import { invalidData } from '../../src/aws/invalid-data.js';

export default defineCheck({
  id: 'iam.password-policy-min-length',
  title: 'The IAM password policy requires passwords of at least 14 characters',
  description:
    'Long passwords resist guessing and brute force. Without a custom password policy IAM applies its default, which only requires 8 characters. ' +
    'The required length is the minLength option (CIS default 14).',
  service: 'iam',
  resourceType: 'AWS::IAM::PasswordPolicy',
  severity: 'medium',
  duty: 'identity-access',
  serviceModel: 'SaaS',
  scope: 'global',
  remediation: {
    text: 'Set a minimum password length of 14 or more. update-account-password-policy resets every setting you omit to its default: pass the current values of the others too.',
    cli: 'aws iam update-account-password-policy --minimum-password-length 14 --password-reuse-prevention 24',
    url: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_passwords_account-policy.html',
  },
  options: { minLength: 14 },
  async run({ scope, inventory, result, options }) {
    const policy = await inventory.iam.passwordPolicy();
    const ref = passwordPolicyRef(scope);
    if (!policy) return [result.fail(ref, 'Account has no IAM password policy', { PasswordPolicy: null, minLength: options.minLength })];
    const length = policy.MinimumPasswordLength;
    if (length === undefined) {
      throw invalidData({ service: 'iam', operation: 'GetAccountPasswordPolicy', ...scope }, 'PasswordPolicy has no MinimumPasswordLength');
    }
    const evidence = { MinimumPasswordLength: length, minLength: options.minLength };
    return [
      length >= options.minLength
        ? result.pass(ref, `Password policy requires ${length} characters`, evidence)
        : result.fail(ref, `Password policy requires only ${length} characters`, evidence),
    ];
  },
});
