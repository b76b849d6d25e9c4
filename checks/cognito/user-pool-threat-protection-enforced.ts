import { defineCheck } from '../../src/check/define.js';
import { userPoolRef } from '../../src/check/kit/service-refs.js';

export default defineCheck({
  id: 'cognito.user-pool-threat-protection-enforced',
  title: 'Cognito user pools enforce threat protection',
  description:
    'FSBP Cognito.1. Threat protection (formerly advanced security) scores every sign-in for risk and checks passwords against ' +
    'known leaks; only in full-function mode (AdvancedSecurityMode ENFORCED) does it block or challenge risky sign-ins. AUDIT ' +
    'only records them and FAILs, as does OFF. A pool whose answer has no UserPoolAddOns never had threat protection set and FAILs ' +
    'as OFF. Needs the Plus feature plan.',
  service: 'cognito',
  resourceType: 'AWS::Cognito::UserPool',
  severity: 'medium',
  duty: 'monitoring',
  serviceModel: 'SaaS',
  scope: 'regional',
  remediation: {
    text: 'Set threat protection to full-function mode for standard authentication and configure its risk actions.',
    cli: 'aws cognito-idp update-user-pool --user-pool-id <id> --user-pool-add-ons AdvancedSecurityMode=ENFORCED (update-user-pool resets omitted settings: pass the current ones too)',
    url: 'https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-user-pool-settings-threat-protection.html',
  },
  async run({ scope, inventory, result }) {
    const pools = await inventory.cognito.userPools(scope.region);
    const ref = (id: string) => userPoolRef(scope, id);
    return result.forEach(pools, (p) => ref(p.Id!), async (p) => {
      const pool = await inventory.cognito.userPool(scope.region, p.Id!);
      const mode = pool.UserPoolAddOns?.AdvancedSecurityMode ?? null;
      const evidence = { AdvancedSecurityMode: mode, ...(pool.UserPoolTier ? { UserPoolTier: pool.UserPoolTier } : {}) };
      const name = `User pool ${p.Name ?? p.Id} (${p.Id})`;
      return mode === 'ENFORCED'
        ? result.pass(ref(p.Id!), `${name} enforces threat protection`, evidence)
        : result.fail(ref(p.Id!), mode === 'AUDIT' ? `${name} only audits risky sign-ins (AdvancedSecurityMode AUDIT)` : `${name} has threat protection off (AdvancedSecurityMode ${String(mode ?? 'not set')})`, evidence);
    });
  },
});
