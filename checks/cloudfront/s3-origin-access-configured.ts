import { defineCheck } from '../../src/check/define.js';
import { isS3RestOrigin, origins } from '../../src/lib/cloudfront.js';

export default defineCheck({
  id: 'cloudfront.s3-origin-access-configured',
  title: 'CloudFront reaches S3 origins with origin access control',
  description:
    'Without origin access control CloudFront fetches from an S3 bucket anonymously, so the bucket must be readable by everyone and ' +
    'viewers can bypass the distribution (and its WAF, geo and signed-URL restrictions). Judged: every S3 REST origin of every ' +
    'distribution (S3OriginConfig, or an S3 REST host): OriginAccessControlId set passes; a legacy origin access identity ' +
    '(S3OriginConfig.OriginAccessIdentity) also passes, with accessMethod "OAI (legacy)" in evidence, because it still keeps the ' +
    'bucket private to CloudFront (AWS recommends migrating: OAI does not support SSE-KMS, newer regions or dynamic requests). Not ' +
    'judged: whether the bucket policy really limits access to the distribution (see the S3 public-access checks), S3 website ' +
    'origins (custom origins). Distributions with no S3 origin are reported as PASS with none in evidence.',
  service: 'cloudfront',
  resourceType: 'AWS::CloudFront::Distribution',
  severity: 'medium',
  duty: 'identity-access',
  serviceModel: 'SaaS',
  scope: 'global',
  remediation: {
    text: 'Create an origin access control (signing always, SigV4), set it on every S3 origin (migrating from an OAI), and grant s3:GetObject in the bucket policy only to cloudfront.amazonaws.com with an AWS:SourceArn condition on the distribution.',
    url: 'https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/private-content-restricting-access-to-s3.html',
  },
  async run({ inventory, result }) {
    const dists = await inventory.cloudfront.distributions();
    return result.forEach(dists, (d) => ({ arn: d.ARN!, id: d.Id! }), async (d) => {
      const s3 = origins(await inventory.cloudfront.distributionConfig(d.Id!)).filter(isS3RestOrigin).map((o) => {
        const oai = o.S3OriginConfig?.OriginAccessIdentity || null;
        const accessMethod = o.OriginAccessControlId ? 'OAC' : oai ? 'OAI (legacy)' : null;
        return { Id: o.Id ?? null, DomainName: o.DomainName ?? null, OriginAccessControlId: o.OriginAccessControlId || null, OriginAccessIdentity: oai, accessMethod };
      });
      const open = s3.filter((o) => !o.accessMethod);
      const ref = { arn: d.ARN!, id: d.Id! };
      if (open.length) return result.fail(ref, `Distribution ${d.Id} reaches S3 origins ${open.map((o) => o.DomainName).join(', ')} without origin access control`, { s3Origins: s3 });
      const legacy = s3.filter((o) => o.accessMethod === 'OAI (legacy)');
      return result.pass(
        ref,
        !s3.length ? `Distribution ${d.Id} has no S3 origin` : legacy.length ? `Distribution ${d.Id} reaches its S3 origins with origin access control or a legacy origin access identity (${legacy.map((o) => o.Id).join(', ')})` : `Distribution ${d.Id} reaches its S3 origins with origin access control`,
        { s3Origins: s3 },
      );
    });
  },
});
