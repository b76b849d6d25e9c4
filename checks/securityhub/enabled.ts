import { defineCheck } from '../../src/check/define.js';
import { formatArn } from '../../src/aws/arn.js';

export default defineCheck({
  id: 'securityhub.enabled',
  title: 'Security Hub is enabled in every scanned region',
  description:
    'Security Hub is the AWS-native CSPM: it evaluates configuration against standards continuously and gathers findings, the drift and ' +
    'misconfiguration detection the Shared Responsibility Model leaves to the customer. A member account managed by a delegated administrator ' +
    'still has its own hub in each region; the evidence names the administrator.',
  service: 'securityhub',
  resourceType: 'AWS::SecurityHub::Hub',
  severity: 'medium',
  duty: 'configuration-management',
  serviceModel: 'SaaS',
  scope: 'regional',
  remediation: {
    text: 'Enable Security Hub in every region (in an organization, from the delegated administrator with central configuration).',
    cli: 'aws securityhub enable-security-hub --enable-default-standards --region <region>',
    url: 'https://docs.aws.amazon.com/securityhub/latest/userguide/securityhub-settingup.html',
  },
  async run({ scope, inventory, result }) {
    const hub = await inventory.securityhub.hub(scope.region);
    const ref = { arn: hub?.HubArn ?? formatArn(scope.partition, 'securityhub', scope.region, scope.account, 'hub/default'), id: `${scope.account}/${scope.region}` };
    if (!hub) return [result.fail(ref, `Security Hub is not enabled in ${scope.region}`, { HubArn: null })];
    return result.forEach([hub], () => ref, async () => {
      const admin = await inventory.securityhub.administrator(scope.region);
      const evidence = {
        HubArn: hub.HubArn ?? null,
        SubscribedAt: hub.SubscribedAt ?? null,
        AutoEnableControls: hub.AutoEnableControls ?? null,
        ...(admin ? { AdministratorAccountId: admin.AccountId ?? null, MemberStatus: admin.MemberStatus ?? null } : {}),
      };
      return result.pass(ref, `Security Hub is enabled in ${scope.region} since ${hub.SubscribedAt ?? 'an unknown date'}${admin ? ` (administrator ${admin.AccountId})` : ''}`, evidence);
    });
  },
});
