import { defineCheck } from '../../src/check/define.js';
import { effectivePublicAccessBlock, missingFlags, pabEvidence } from '../../src/lib/s3-public-access.js';

export default defineCheck({
  id: 's3.bucket-public-access-block',
  title: 'S3 buckets have all four Block Public Access settings in effect',
  description:
    'A bucket is covered when each Block Public Access setting is on at the bucket or at the account level (S3 applies the most restrictive combination). Any setting left off lets a policy or ACL make the bucket public.',
  service: 's3',
  resourceType: 'AWS::S3::Bucket',
  severity: 'high',
  duty: 'identity-access',
  serviceModel: 'SaaS',
  scope: 'global',
  remediation: {
    text: 'Turn on all four Block Public Access settings on the bucket, or on the account to cover every bucket.',
    cli: 'aws s3api put-public-access-block --bucket <bucket> --public-access-block-configuration BlockPublicAcls=true,IgnorePublicAcls=true,BlockPublicPolicy=true,RestrictPublicBuckets=true',
    url: 'https://docs.aws.amazon.com/AmazonS3/latest/userguide/configuring-block-public-access-bucket.html',
  },
  async run({ inventory, result }) {
    const buckets = await inventory.s3.buckets();
    return result.forEach(buckets, (b) => ({ arn: b.arn, id: b.name }), async (b) => {
      const [bucket, account] = await Promise.all([inventory.s3.publicAccessBlock(b), inventory.s3.accountPublicAccessBlock()]);
      const missing = missingFlags(effectivePublicAccessBlock(bucket, account));
      const ref = { arn: b.arn, id: b.name };
      const evidence = { bucket: pabEvidence(bucket), account: pabEvidence(account) };
      return missing.length === 0
        ? result.pass(ref, `Bucket ${b.name} has all four Block Public Access settings in effect`, evidence)
        : result.fail(ref, `Bucket ${b.name} has Block Public Access settings off at both bucket and account level: ${missing.join(', ')}`, evidence);
    });
  },
});
