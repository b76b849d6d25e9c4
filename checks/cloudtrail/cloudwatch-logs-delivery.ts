import { defineCheck } from '../../src/check/define.js';
import { trailHomeRegion } from '../../src/aws/arn.js';
import { trailRef } from '../../src/check/kit/trails.js';

export default defineCheck({
  id: 'cloudtrail.cloudwatch-logs-delivery',
  title: 'CloudTrail trails deliver their events to CloudWatch Logs',
  description:
    'Delivering a trail to a CloudWatch Logs group lets metric filters and alarms react to API activity in minutes (the CIS monitoring ' +
    'recommendations rely on it) instead of waiting for S3 batch analysis. Each trail is judged once, in its home region: FAILs when ' +
    'CloudWatchLogsLogGroupArn is not set, or when GetTrailStatus reports no LatestCloudWatchLogsDeliveryTime within maxDeliveryAgeHours ' +
    '(default 24; a stopped trail or a broken delivery role stops delivery, LatestCloudWatchLogsDeliveryError says why). ' +
    'CIS v1.x and v2.0 recommendation 3.4; dropped from v3.0.0, so not mapped to the CIS versions here.',
  service: 'cloudtrail',
  resourceType: 'AWS::CloudTrail::Trail',
  severity: 'low',
  duty: 'logging',
  serviceModel: 'SaaS',
  scope: 'regional',
  remediation: {
    text: 'Send the trail to a CloudWatch Logs group with a role CloudTrail can assume; fix the role or the group if delivery reports an error.',
    cli: 'aws cloudtrail update-trail --name <trail-arn> --cloud-watch-logs-log-group-arn <log-group-arn> --cloud-watch-logs-role-arn <role-arn>',
    url: 'https://docs.aws.amazon.com/awscloudtrail/latest/userguide/send-cloudtrail-events-to-cloudwatch-logs.html',
  },
  options: { maxDeliveryAgeHours: 24 },
  async run({ scope, inventory, result, options, now }) {
    const trails = (await inventory.cloudtrail.trails(scope.region)).filter((t) => trailHomeRegion(t) === scope.region);
    return result.forEach(trails, trailRef, async (t) => {
      if (!t.CloudWatchLogsLogGroupArn) return result.fail(trailRef(t), `Trail ${t.Name} does not deliver to CloudWatch Logs`, { CloudWatchLogsLogGroupArn: null });
      const status = await inventory.cloudtrail.trailStatus(t);
      const last = status.LatestCloudWatchLogsDeliveryTime;
      const evidence = {
        CloudWatchLogsLogGroupArn: t.CloudWatchLogsLogGroupArn,
        LatestCloudWatchLogsDeliveryTime: last ? last.toISOString() : null,
        ...(status.LatestCloudWatchLogsDeliveryError ? { LatestCloudWatchLogsDeliveryError: status.LatestCloudWatchLogsDeliveryError } : {}),
        maxDeliveryAgeHours: options.maxDeliveryAgeHours,
      };
      if (!last) return result.fail(trailRef(t), `Trail ${t.Name} has no recorded delivery to CloudWatch Logs`, evidence);
      const hours = (now.getTime() - last.getTime()) / 3_600_000;
      return hours > options.maxDeliveryAgeHours
        ? result.fail(trailRef(t), `Trail ${t.Name} last delivered to CloudWatch Logs ${Math.floor(hours)} hours ago`, evidence)
        : result.pass(trailRef(t), `Trail ${t.Name} delivered to CloudWatch Logs within ${options.maxDeliveryAgeHours} hours`, evidence);
    });
  },
});
