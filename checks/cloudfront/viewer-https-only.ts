import { defineCheck } from '../../src/check/define.js';
import { cacheBehaviors } from '../../src/lib/cloudfront.js';

export default defineCheck({
  id: 'cloudfront.viewer-https-only',
  title: 'CloudFront distributions serve viewers over HTTPS only',
  description:
    'A cache behaviour with ViewerProtocolPolicy allow-all serves content, cookies and tokens over plain HTTP. Judged: the default ' +
    'cache behaviour and every path-pattern behaviour of every distribution (GetDistributionConfig): each must be redirect-to-https ' +
    'or https-only. One finding per distribution, the behaviours in evidence.',
  service: 'cloudfront',
  resourceType: 'AWS::CloudFront::Distribution',
  severity: 'medium',
  duty: 'data-encryption',
  serviceModel: 'SaaS',
  scope: 'global',
  remediation: {
    text: 'Set ViewerProtocolPolicy to redirect-to-https (or https-only) on every cache behaviour of the distribution.',
    url: 'https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/using-https-viewers-to-cloudfront.html',
  },
  async run({ inventory, result }) {
    const dists = await inventory.cloudfront.distributions();
    return result.forEach(dists, (d) => ({ arn: d.ARN!, id: d.Id! }), async (d) => {
      const config = await inventory.cloudfront.distributionConfig(d.Id!);
      const behaviors = cacheBehaviors(config).map(({ PathPattern, behavior }) => ({ PathPattern, ViewerProtocolPolicy: behavior.ViewerProtocolPolicy ?? null }));
      const plain = behaviors.filter((b) => b.ViewerProtocolPolicy !== 'redirect-to-https' && b.ViewerProtocolPolicy !== 'https-only');
      const ref = { arn: d.ARN!, id: d.Id! };
      return plain.length === 0 && behaviors.length > 0
        ? result.pass(ref, `Distribution ${d.Id} serves viewers over HTTPS only`, { behaviors })
        : result.fail(ref, `Distribution ${d.Id} serves ${plain.map((b) => b.PathPattern).join(', ')} over HTTP`, { behaviors });
    });
  },
});
