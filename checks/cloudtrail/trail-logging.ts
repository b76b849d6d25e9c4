import { defineCheck } from '../../src/check/define.js';
import { invalidData } from '../../src/aws/invalid-data.js';
import { trailHomeRegion } from '../../src/aws/arn.js';
import { trailRef } from '../../src/check/kit/trails.js';

export default defineCheck({
  id: 'cloudtrail.trail-logging',
  title: 'CloudTrail trails are logging',
  description: 'A stopped trail records nothing: configured selectors, encryption and validation protect no events while logging is off.',
  service: 'cloudtrail',
  resourceType: 'AWS::CloudTrail::Trail',
  severity: 'high',
  duty: 'logging',
  serviceModel: 'SaaS',
  scope: 'regional',
  remediation: {
    text: 'Start logging on the trail, and find out who stopped it (StopLogging events in CloudTrail event history).',
    cli: 'aws cloudtrail start-logging --name <trail-arn>',
    url: 'https://docs.aws.amazon.com/awscloudtrail/latest/userguide/cloudtrail-turning-off-logging.html',
  },
  async run({ scope, inventory, result }) {
    const trails = (await inventory.cloudtrail.trails(scope.region)).filter((t) => trailHomeRegion(t) === scope.region);
    return result.forEach(trails, trailRef, async (t) => {
      const status = await inventory.cloudtrail.trailStatus(t);
      if (typeof status.IsLogging !== 'boolean') {
        throw invalidData({ service: 'cloudtrail', operation: 'GetTrailStatus', account: scope.account, region: trailHomeRegion(t) }, `GetTrailStatus for ${t.Name} has no IsLogging`);
      }
      const evidence = { IsLogging: status.IsLogging ?? null, ...(status.StopLoggingTime ? { StopLoggingTime: status.StopLoggingTime.toISOString() } : {}) };
      return status.IsLogging
        ? result.pass(trailRef(t), `Trail ${t.Name} is logging`, evidence)
        : result.fail(trailRef(t), `Trail ${t.Name} is not logging (IsLogging ${String(status.IsLogging)})`, evidence);
    });
  },
});
