import { defineCheck } from '../../src/check/define.js';
import { bucketExposure } from '../../src/check/kit/bucket-exposure.js';

export default defineCheck({
  id: 's3.bucket-not-public',
  title: 'S3 buckets are not public through their ACL or bucket policy',
  description:
    'A bucket is public when its ACL grants AllUsers or AuthenticatedUsers, or its policy grants access to anyone without fixed limiting conditions, and Block Public Access does not neutralise it (IgnorePublicAcls for ACLs, RestrictPublicBuckets for policies).',
  service: 's3',
  resourceType: 'AWS::S3::Bucket',
  severity: 'critical',
  duty: 'identity-access',
  serviceModel: 'SaaS',
  scope: 'global',
  remediation: {
    text: 'Remove the public ACL grants and public policy statements, or turn on IgnorePublicAcls and RestrictPublicBuckets (bucket or account Block Public Access). Serve public content through CloudFront with origin access control instead.',
    cli: 'aws s3api put-public-access-block --bucket <bucket> --public-access-block-configuration BlockPublicAcls=true,IgnorePublicAcls=true,BlockPublicPolicy=true,RestrictPublicBuckets=true',
    url: 'https://docs.aws.amazon.com/AmazonS3/latest/userguide/access-control-block-public-access.html',
  },
  async run({ inventory, result }) {
    const buckets = await inventory.s3.buckets();
    return result.forEach(buckets, (b) => ({ arn: b.arn, id: b.name }), async (b) => {
      const { reasons, evidence } = await bucketExposure(inventory, b);
      const ref = { arn: b.arn, id: b.name };
      return reasons.length
        ? result.fail(ref, `Bucket ${b.name} is public: ${reasons.join('; ')}`, evidence)
        : result.pass(ref, `Bucket ${b.name} is not public through its ACL or policy`, evidence);
    });
  },
});
