import { defineCheck } from '../../src/check/define.js';
import { hostedZoneRef } from '../../src/check/kit/service-refs.js';

export default defineCheck({
  id: 'route53.public-zone-query-logging',
  title: 'Route 53 public hosted zones log DNS queries',
  description:
    'FSBP Route53.2. Query logs record every name resolvers asked the zone for (name, type, edge location, resolver address): ' +
    'evidence of reconnaissance, subdomain takeover attempts and data exfiltration over DNS. Judged: every public hosted zone, ' +
    'against the account\'s query logging configurations (one listing). Private zones are not judged: their queries are logged ' +
    'by Route 53 Resolver query logging on the VPC, not by the zone.',
  service: 'route53',
  resourceType: 'AWS::Route53::HostedZone',
  severity: 'medium',
  duty: 'logging',
  serviceModel: 'SaaS',
  scope: 'global',
  remediation: {
    text: 'Create a query logging configuration for the zone to a CloudWatch Logs log group in us-east-1 whose resource policy lets route53.amazonaws.com write to it.',
    cli: 'aws route53 create-query-logging-config --hosted-zone-id <zone-id> --cloud-watch-logs-log-group-arn arn:aws:logs:us-east-1:<account>:log-group:/aws/route53/<zone>',
    url: 'https://docs.aws.amazon.com/Route53/latest/DeveloperGuide/query-logs.html',
  },
  async run({ scope, inventory, result }) {
    const zones = (await inventory.route53.hostedZones()).filter((z) => z.Config?.PrivateZone !== true);
    if (!zones.length) return [];
    const configs = await inventory.route53.queryLoggingConfigs();
    return zones.map((z) => {
      const ref = hostedZoneRef(scope, z.Id!);
      const mine = configs.filter((c) => c.HostedZoneId === ref.id);
      const evidence = { Name: z.Name ?? null, PrivateZone: z.Config?.PrivateZone ?? null, CloudWatchLogsLogGroupArns: mine.map((c) => c.CloudWatchLogsLogGroupArn ?? '') };
      return mine.length
        ? result.pass(ref, `Public hosted zone ${z.Name} logs DNS queries to ${mine.map((c) => c.CloudWatchLogsLogGroupArn).join(', ')}`, evidence)
        : result.fail(ref, `Public hosted zone ${z.Name} does not log DNS queries`, evidence);
    });
  },
});
