import { defineCheck } from '../../src/check/define.js';

export default defineCheck({
  id: 'cloudfront.viewer-tls-1-2-minimum',
  title: 'CloudFront distributions require TLS 1.2 or later from viewers',
  description:
    'The viewer certificate\'s MinimumProtocolVersion is the security policy CloudFront negotiates with browsers and clients. ' +
    'Judged: ViewerCertificate of every distribution: TLSv1.2_2018 or any later TLSv1.2_*/TLSv1.3_* policy passes. A distribution ' +
    'served on the default *.cloudfront.net certificate (CloudFrontDefaultCertificate true, no ACMCertificateArn or IAMCertificateId) fails: AWS documents that CloudFront ' +
    'then sets the security policy to TLSv1 whatever the configuration says.',
  service: 'cloudfront',
  resourceType: 'AWS::CloudFront::Distribution',
  severity: 'medium',
  duty: 'data-encryption',
  serviceModel: 'SaaS',
  scope: 'global',
  remediation: {
    text: 'Serve the distribution on an alternate domain name with an ACM certificate (us-east-1) and set the security policy to TLSv1.2_2021 or later.',
    url: 'https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/secure-connections-supported-viewer-protocols-ciphers.html',
  },
  async run({ inventory, result }) {
    const dists = await inventory.cloudfront.distributions();
    return result.forEach(dists, (d) => ({ arn: d.ARN!, id: d.Id! }), async (d) => {
      const vc = (await inventory.cloudfront.distributionConfig(d.Id!)).ViewerCertificate;
      const ref = { arn: d.ARN!, id: d.Id! };
      const custom = vc?.ACMCertificateArn || vc?.IAMCertificateId || null;
      const evidence = { CloudFrontDefaultCertificate: vc?.CloudFrontDefaultCertificate ?? null, customCertificate: custom, MinimumProtocolVersion: vc?.MinimumProtocolVersion ?? null, SSLSupportMethod: vc?.SSLSupportMethod ?? null };
      // The three certificate sources are exclusive in AWS; a named ACM or IAM certificate is what viewers get.
      if (vc?.CloudFrontDefaultCertificate === true && !custom) return result.fail(ref, `Distribution ${d.Id} uses the default CloudFront certificate, which accepts TLSv1`, evidence);
      return /^TLSv1\.[23]_\d{4}$/.test(vc?.MinimumProtocolVersion ?? '')
        ? result.pass(ref, `Distribution ${d.Id} requires ${vc!.MinimumProtocolVersion} from viewers`, evidence)
        : result.fail(ref, `Distribution ${d.Id} accepts viewers from ${vc?.MinimumProtocolVersion ?? 'an unknown security policy'}`, evidence);
    });
  },
});
