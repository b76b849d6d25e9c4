import { defineCheck } from '../../src/check/define.js';
import { analyzeSecureTransport } from '../../src/lib/bucket-policy.js';
import { statementEvidence } from '../../src/lib/resource-policy.js';

export default defineCheck({
  id: 's3.bucket-secure-transport',
  title: 'S3 bucket policies deny requests made without TLS',
  description:
    'S3 accepts plain HTTP unless the bucket policy denies it. The policy must deny every S3 action to everyone when aws:SecureTransport is false, on the bucket and on all its objects.',
  service: 's3',
  resourceType: 'AWS::S3::Bucket',
  severity: 'medium',
  duty: 'data-encryption',
  serviceModel: 'SaaS',
  scope: 'global',
  remediation: {
    text: 'Add a statement to the bucket policy that denies "s3:*" to Principal "*" on the bucket and "<bucket>/*" when aws:SecureTransport is false.',
    cli: 'aws s3api put-bucket-policy --bucket <bucket> --policy \'{"Version":"2012-10-17","Statement":[{"Sid":"DenyInsecureTransport","Effect":"Deny","Principal":"*","Action":"s3:*","Resource":["arn:aws:s3:::<bucket>","arn:aws:s3:::<bucket>/*"],"Condition":{"Bool":{"aws:SecureTransport":"false"}}}]}\'  # merge with the existing policy',
    url: 'https://docs.aws.amazon.com/AmazonS3/latest/userguide/security-best-practices.html',
  },
  async run({ inventory, result }) {
    const buckets = await inventory.s3.buckets();
    return result.forEach(buckets, (b) => ({ arn: b.arn, id: b.name }), async (b) => {
      const policy = await inventory.s3.bucketPolicy(b);
      const ref = { arn: b.arn, id: b.name };
      if (!policy) return result.fail(ref, `Bucket ${b.name} has no bucket policy`, { Policy: null });
      const a = analyzeSecureTransport(policy, b.arn);
      const evidence = { coversBucket: a.coversBucket, coversObjects: a.coversObjects, Statement: a.statements.map(statementEvidence) };
      if (a.denied) return result.pass(ref, `Bucket ${b.name} policy denies non-TLS requests to the bucket and its objects`, evidence);
      const gap = a.statements.length === 0 ? 'has no Deny of all S3 actions on aws:SecureTransport false' : `does not cover ${a.coversBucket ? 'all objects' : a.coversObjects ? 'the bucket itself' : 'the bucket or its objects'}`;
      return result.fail(ref, `Bucket ${b.name} policy ${gap}`, evidence);
    });
  },
});
