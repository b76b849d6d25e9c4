import { defineCheck } from '../../src/check/define.js';
import { invalidData } from '../../src/aws/invalid-data.js';
import { userPoolRef } from '../../src/check/kit/service-refs.js';

export default defineCheck({
  id: 'cognito.user-pool-password-policy',
  title: 'Cognito user pools require long, complex passwords that expire as temporaries within a week',
  description:
    'The pool\'s password policy is all that stands between a guessed password and an account where MFA is not required. Judged: ' +
    'MinimumLength at least the minLength option (default 14, the bar the IAM password policy check uses; Cognito\'s own default is 8), ' +
    'upper case, lower case, numbers and symbols each required, and temporary passwords valid for at most maxTemporaryPasswordDays ' +
    '(default 7). AWS always returns the password policy; an answer without one is ERROR.',
  service: 'cognito',
  resourceType: 'AWS::Cognito::UserPool',
  severity: 'medium',
  duty: 'identity-access',
  serviceModel: 'SaaS',
  scope: 'regional',
  remediation: {
    text: 'Raise the minimum length and require every character class in the pool\'s password policy.',
    cli: 'aws cognito-idp update-user-pool --user-pool-id <id> --policies \'PasswordPolicy={MinimumLength=14,RequireUppercase=true,RequireLowercase=true,RequireNumbers=true,RequireSymbols=true,TemporaryPasswordValidityDays=7}\' (update-user-pool resets omitted settings: pass the current ones too)',
    url: 'https://docs.aws.amazon.com/cognito/latest/developerguide/managing-users-passwords.html',
  },
  options: { minLength: 14, maxTemporaryPasswordDays: 7 },
  async run({ scope, inventory, result, options }) {
    const pools = await inventory.cognito.userPools(scope.region);
    const ref = (id: string) => userPoolRef(scope, id);
    return result.forEach(pools, (p) => ref(p.Id!), async (p) => {
      const policy = (await inventory.cognito.userPool(scope.region, p.Id!)).Policies?.PasswordPolicy;
      if (!policy) throw invalidData({ service: 'cognitoidp', operation: 'DescribeUserPool', account: scope.account, region: scope.region }, `user pool ${p.Id} has no Policies.PasswordPolicy`);
      const shortfalls = [
        (policy.MinimumLength ?? 0) < options.minLength ? `MinimumLength ${String(policy.MinimumLength)} < ${options.minLength}` : '',
        policy.RequireUppercase !== true ? 'upper case not required' : '',
        policy.RequireLowercase !== true ? 'lower case not required' : '',
        policy.RequireNumbers !== true ? 'numbers not required' : '',
        policy.RequireSymbols !== true ? 'symbols not required' : '',
        (policy.TemporaryPasswordValidityDays ?? Infinity) > options.maxTemporaryPasswordDays
          ? `TemporaryPasswordValidityDays ${String(policy.TemporaryPasswordValidityDays)} > ${options.maxTemporaryPasswordDays}`
          : '',
      ].filter(Boolean);
      const evidence = {
        MinimumLength: policy.MinimumLength ?? null,
        RequireUppercase: policy.RequireUppercase ?? null,
        RequireLowercase: policy.RequireLowercase ?? null,
        RequireNumbers: policy.RequireNumbers ?? null,
        RequireSymbols: policy.RequireSymbols ?? null,
        TemporaryPasswordValidityDays: policy.TemporaryPasswordValidityDays ?? null,
        minLength: options.minLength,
        maxTemporaryPasswordDays: options.maxTemporaryPasswordDays,
      };
      const name = `User pool ${p.Name ?? p.Id} (${p.Id})`;
      return shortfalls.length
        ? result.fail(ref(p.Id!), `${name} has a weak password policy: ${shortfalls.join(', ')}`, evidence)
        : result.pass(ref(p.Id!), `${name} requires passwords of ${String(policy.MinimumLength)}+ characters with every character class`, evidence);
    });
  },
});
