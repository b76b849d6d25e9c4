import { defineCheck } from '../../src/check/define.js';

export default defineCheck({
  id: 'logs.log-group-retention',
  title: 'CloudWatch Logs groups keep events for at least the minimum retention period',
  description:
    'An investigation often starts months after the intrusion; logs deleted by then cannot be replaced. Every log group must keep ' +
    'events for minRetentionDays (default 365, as AWS Security Hub CloudWatch.16) or never expire them (no retention set). ' +
    'Judged: every log group of the region. Not judged: where else the events are exported to.',
  service: 'logs',
  resourceType: 'AWS::Logs::LogGroup',
  severity: 'medium',
  duty: 'incident-response',
  serviceModel: 'SaaS',
  scope: 'regional',
  remediation: {
    text: 'Raise the retention of the log group (or remove it to keep events indefinitely).',
    cli: 'aws logs put-retention-policy --log-group-name <log-group> --retention-in-days 365',
    url: 'https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/Working-with-log-groups-and-streams.html#SettingLogRetention',
  },
  options: { minRetentionDays: 365 },
  async run({ scope, inventory, result, options }) {
    const groups = await inventory.logs.logGroups(scope.region);
    const ref = (g: (typeof groups)[number]) => ({ arn: g.logGroupArn ?? g.arn?.replace(/:\*$/, '') ?? '', id: g.logGroupName ?? '' });
    return result.forEach(groups, ref, (g) => {
      const days = g.retentionInDays;
      const evidence = { retentionInDays: days ?? null, minRetentionDays: options.minRetentionDays };
      if (days === undefined) return result.pass(ref(g), `Log group ${g.logGroupName} never expires its events`, evidence);
      return days >= options.minRetentionDays
        ? result.pass(ref(g), `Log group ${g.logGroupName} keeps events for ${days} days`, evidence)
        : result.fail(ref(g), `Log group ${g.logGroupName} keeps events for only ${days} days (minimum ${options.minRetentionDays})`, evidence);
    });
  },
});
