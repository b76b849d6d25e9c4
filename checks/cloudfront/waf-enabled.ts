import { defineCheck } from '../../src/check/define.js';

export default defineCheck({
  id: 'cloudfront.waf-enabled',
  title: 'CloudFront distributions are protected by an AWS WAF web ACL',
  description:
    'A web ACL at the edge filters injection attempts, known bad inputs, bots and floods before they reach the origin. Duty ' +
    'app-configuration (trigger-access is the FaaS duty). Judged: WebACLId of every distribution (GetDistributionConfig); a WAF v2 ' +
    'ARN or a WAF Classic id both pass. Not judged: the web ACL\'s rules.',
  service: 'cloudfront',
  resourceType: 'AWS::CloudFront::Distribution',
  severity: 'medium',
  duty: 'app-configuration',
  serviceModel: 'SaaS',
  scope: 'global',
  remediation: {
    text: 'Associate a global (CLOUDFRONT scope) AWS WAF web ACL with the distribution, with the AWS managed core rule set at least.',
    url: 'https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/distribution-web-awswaf.html',
  },
  async run({ inventory, result }) {
    const dists = await inventory.cloudfront.distributions();
    return result.forEach(dists, (d) => ({ arn: d.ARN!, id: d.Id! }), async (d) => {
      const { WebACLId } = await inventory.cloudfront.distributionConfig(d.Id!);
      const ref = { arn: d.ARN!, id: d.Id! };
      return WebACLId
        ? result.pass(ref, `Distribution ${d.Id} is protected by web ACL ${WebACLId}`, { WebACLId })
        : result.fail(ref, `Distribution ${d.Id} has no AWS WAF web ACL`, { WebACLId: WebACLId ?? null });
    });
  },
});
