import { defineCheck } from '../../src/check/define.js';

export default defineCheck({
  id: 'guardduty.enabled',
  title: 'GuardDuty is enabled in every scanned region',
  description:
    'GuardDuty watches CloudTrail, VPC flow and DNS logs for compromised credentials and instances: the behaviour monitoring the customer owns. ' +
    'An attacker goes to the region nobody watches, so every region counts. A member account of a GuardDuty organization has its own ' +
    'detector, enabled by the administrator; it is judged like any other.',
  service: 'guardduty',
  resourceType: 'AWS::GuardDuty::Detector',
  severity: 'high',
  duty: 'monitoring',
  serviceModel: 'SaaS',
  scope: 'regional',
  remediation: {
    text: 'Enable GuardDuty in every region (in an organization, from the delegated administrator with auto-enable for members).',
    cli: 'aws guardduty create-detector --enable --region <region>',
    url: 'https://docs.aws.amazon.com/guardduty/latest/ug/guardduty_settingup.html',
  },
  async run({ scope, inventory, result }) {
    const detectors = await inventory.guardduty.detectors(scope.region);
    const arn = (id: string) => `arn:${scope.partition}:guardduty:${scope.region}:${scope.account}:detector/${id}`;
    if (!detectors.length) {
      return [result.fail({ arn: arn('*'), id: `${scope.account}/${scope.region}` }, `GuardDuty has no detector in ${scope.region}`, { detectors: 0 })];
    }
    return detectors.map((d) =>
      d.Status === 'ENABLED'
        ? result.pass({ arn: arn(d.DetectorId), id: d.DetectorId }, `GuardDuty detector ${d.DetectorId} is enabled in ${scope.region}`, { Status: 'ENABLED' })
        : result.fail({ arn: arn(d.DetectorId), id: d.DetectorId }, `GuardDuty detector ${d.DetectorId} in ${scope.region} is ${String(d.Status)}`, { Status: d.Status ?? null }),
    );
  },
});
