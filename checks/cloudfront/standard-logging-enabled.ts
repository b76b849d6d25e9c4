import { defineCheck } from '../../src/check/define.js';

export default defineCheck({
  id: 'cloudfront.standard-logging-enabled',
  title: 'CloudFront distributions deliver standard access logs',
  description:
    'Access logs record every viewer request (client address, path, status, TLS protocol) and are the evidence an incident ' +
    'investigation starts from. Judged: Logging.Enabled of every distribution (GetDistributionConfig): standard logging (legacy) ' +
    'to an S3 bucket. Not visible to this check: standard logging v2, configured through CloudWatch Logs delivery sources and ' +
    'deliveries rather than the distribution config, and real-time logs; a distribution logging only that way FAILs here.',
  service: 'cloudfront',
  resourceType: 'AWS::CloudFront::Distribution',
  severity: 'medium',
  duty: 'logging',
  serviceModel: 'SaaS',
  scope: 'global',
  remediation: {
    text: 'Enable standard logging for the distribution to an S3 bucket (or v2 logging to CloudWatch Logs, S3 or Firehose).',
    url: 'https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/AccessLogs.html',
  },
  async run({ inventory, result }) {
    const dists = await inventory.cloudfront.distributions();
    return result.forEach(dists, (d) => ({ arn: d.ARN!, id: d.Id! }), async (d) => {
      const { Logging } = await inventory.cloudfront.distributionConfig(d.Id!);
      const ref = { arn: d.ARN!, id: d.Id! };
      const evidence = { 'Logging.Enabled': Logging?.Enabled ?? null, 'Logging.Bucket': Logging?.Bucket || null };
      return Logging?.Enabled === true
        ? result.pass(ref, `Distribution ${d.Id} delivers standard logs to ${Logging.Bucket}`, evidence)
        : result.fail(ref, `Distribution ${d.Id} has standard logging disabled`, evidence);
    });
  },
});
