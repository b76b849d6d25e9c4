import { defineCheck } from '../../src/check/define.js';
import { formatArn } from '../../src/aws/arn.js';

export default defineCheck({
  id: 'guardduty.enabled',
  title: 'GuardDuty is enabled in every scanned region',
  description:
    'GuardDuty watches CloudTrail, VPC flow and DNS logs for compromised credentials and instances: the behaviour monitoring the customer owns. ' +
    'An attacker goes to the region nobody watches, so every region counts. A member account of a GuardDuty organization has a detector of its own ' +
    'in each region, which the administrator enables (auto-enable) or leaves off; that detector is judged like any other, and the evidence names ' +
    'the administrator account (GetAdministratorAccount).',
  service: 'guardduty',
  resourceType: 'AWS::GuardDuty::Detector',
  severity: 'high',
  duty: 'monitoring',
  serviceModel: 'SaaS',
  scope: 'regional',
  remediation: {
    text: 'Enable GuardDuty in every region (in an organization, from the delegated administrator with auto-enable for all members).',
    cli: 'aws guardduty create-detector --enable --region <region>',
    url: 'https://docs.aws.amazon.com/guardduty/latest/ug/guardduty_settingup.html',
  },
  async run({ scope, inventory, result }) {
    const detectors = await inventory.guardduty.detectors(scope.region);
    const ref = (id: string) => ({ arn: formatArn(scope.partition, 'guardduty', scope.region, scope.account, `detector/${id}`), id });
    if (!detectors.length) {
      return [result.fail({ ...ref('*'), id: `${scope.account}/${scope.region}` }, `GuardDuty has no detector in ${scope.region}`, { detectors: 0 })];
    }
    return result.forEach(detectors, (d) => ref(d.DetectorId), async (d) => {
      const admin = await inventory.guardduty.administrator(scope.region, d.DetectorId);
      const evidence = {
        Status: d.Status ?? null,
        ...(admin ? { AdministratorAccountId: admin.AccountId ?? null, RelationshipStatus: admin.RelationshipStatus ?? null } : {}),
      };
      const managed = admin ? ` (member of administrator ${admin.AccountId}, relationship ${admin.RelationshipStatus ?? 'unknown'})` : '';
      return d.Status === 'ENABLED'
        ? result.pass(ref(d.DetectorId), `GuardDuty detector ${d.DetectorId} is enabled in ${scope.region}${managed}`, evidence)
        : result.fail(ref(d.DetectorId), `GuardDuty detector ${d.DetectorId} in ${scope.region} is ${String(d.Status)}${managed}`, evidence);
    });
  },
});
