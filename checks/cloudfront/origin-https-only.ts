import { defineCheck } from '../../src/check/define.js';
import { cacheBehaviors, origins, targetOrigins } from '../../src/lib/cloudfront.js';

export default defineCheck({
  id: 'cloudfront.origin-https-only',
  title: 'CloudFront distributions reach custom origins over HTTPS',
  description:
    'Between CloudFront and a custom origin (a load balancer, an instance, an S3 website endpoint, any HTTP server) requests and ' +
    'responses cross the internet. Judged: every custom origin (CustomOriginConfig) of every distribution by its ' +
    'OriginProtocolPolicy: https-only passes; http-only fails; match-viewer passes only when every cache behaviour that targets ' +
    'the origin (directly or through an origin group) refuses plain HTTP viewers. Not judged: S3 REST and VPC origins, and ' +
    'OriginSslProtocols. Distributions with no custom origin are reported as PASS with none in evidence.',
  service: 'cloudfront',
  resourceType: 'AWS::CloudFront::Distribution',
  severity: 'medium',
  duty: 'data-encryption',
  serviceModel: 'SaaS',
  scope: 'global',
  remediation: {
    text: 'Serve the origin over HTTPS with a valid certificate and set OriginProtocolPolicy to https-only (S3 website endpoints speak HTTP only: use the bucket\'s REST endpoint with origin access control instead).',
    url: 'https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/using-https-cloudfront-to-custom-origin.html',
  },
  async run({ inventory, result }) {
    const dists = await inventory.cloudfront.distributions();
    return result.forEach(dists, (d) => ({ arn: d.ARN!, id: d.Id! }), async (d) => {
      const config = await inventory.cloudfront.distributionConfig(d.Id!);
      const behaviors = cacheBehaviors(config);
      const custom = origins(config).filter((o) => o.CustomOriginConfig).map((o) => {
        const policy = o.CustomOriginConfig!.OriginProtocolPolicy ?? null;
        const viewerPolicies = behaviors.filter(({ behavior }) => targetOrigins(config, behavior.TargetOriginId ?? '').includes(o.Id ?? '')).map(({ behavior }) => behavior.ViewerProtocolPolicy ?? null);
        const https = policy === 'https-only' || (policy === 'match-viewer' && viewerPolicies.every((v) => v === 'https-only' || v === 'redirect-to-https'));
        return { Id: o.Id ?? null, DomainName: o.DomainName ?? null, OriginProtocolPolicy: policy, viewerProtocolPolicies: viewerPolicies, https };
      });
      const plain = custom.filter((o) => !o.https);
      const ref = { arn: d.ARN!, id: d.Id! };
      return plain.length === 0
        ? result.pass(ref, custom.length ? `Distribution ${d.Id} reaches its custom origins over HTTPS` : `Distribution ${d.Id} has no custom origin`, { customOrigins: custom })
        : result.fail(ref, `Distribution ${d.Id} may reach ${plain.map((o) => o.DomainName).join(', ')} over HTTP`, { customOrigins: custom });
    });
  },
});
