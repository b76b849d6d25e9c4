import { invalidData } from '../../src/aws/invalid-data.js';
import { defineCheck } from '../../src/check/define.js';
import { userPoolRef } from '../../src/check/kit/service-refs.js';

export default defineCheck({
  id: 'cognito.user-pool-mfa-required',
  title: 'Cognito user pools require multi-factor authentication',
  description:
    'With MfaConfiguration ON every user signs in with a second factor (TOTP, SMS or email). OPTIONAL lets each user decide: ' +
    'the pool cannot guarantee that a stolen password is not enough, so it FAILs unless the allowOptional option is true (for ' +
    'pools whose app enforces enrolment itself). OFF FAILs.',
  service: 'cognito',
  resourceType: 'AWS::Cognito::UserPool',
  severity: 'high',
  duty: 'identity-access',
  serviceModel: 'SaaS',
  scope: 'regional',
  remediation: {
    text: 'Enable at least one MFA method and set MFA to required (a pool created with MFA off cannot require it for existing users without their enrolment: plan the rollout).',
    cli: 'aws cognito-idp set-user-pool-mfa-config --user-pool-id <id> --software-token-mfa-configuration Enabled=true --mfa-configuration ON',
    url: 'https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-settings-mfa.html',
  },
  options: { allowOptional: false },
  async run({ scope, inventory, result, options }) {
    const pools = await inventory.cognito.userPools(scope.region);
    const ref = (id: string) => userPoolRef(scope, id);
    return result.forEach(pools, (p) => ref(p.Id!), async (p) => {
      const pool = await inventory.cognito.userPool(scope.region, p.Id!);
      const mfa = pool.MfaConfiguration;
      // AWS always states the MFA setting (OFF when off): a pool without it cannot be judged.
      if (mfa === undefined) {
        throw invalidData({ service: 'cognitoidp', operation: 'DescribeUserPool', account: scope.account, region: scope.region }, `DescribeUserPool of ${p.Id} has no MfaConfiguration`);
      }
      const evidence = { MfaConfiguration: mfa, allowOptional: options.allowOptional };
      const name = `User pool ${p.Name ?? p.Id} (${p.Id})`;
      if (mfa === 'ON') return result.pass(ref(p.Id!), `${name} requires MFA`, evidence);
      if (mfa === 'OPTIONAL' && options.allowOptional) return result.pass(ref(p.Id!), `${name} offers optional MFA, accepted by the allowOptional option`, evidence);
      return result.fail(ref(p.Id!), mfa === 'OPTIONAL' ? `${name} lets users skip MFA (MfaConfiguration OPTIONAL)` : `${name} does not require MFA (MfaConfiguration ${mfa})`, evidence);
    });
  },
});
