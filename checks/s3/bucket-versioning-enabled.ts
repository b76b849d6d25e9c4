import { defineCheck } from '../../src/check/define.js';

export default defineCheck({
  id: 's3.bucket-versioning-enabled',
  title: 'S3 buckets keep object versions',
  description:
    'With versioning, an overwritten or deleted object keeps its earlier versions, so an accidental or malicious change (ransomware included) ' +
    'can be undone. A bucket never versioned, or with versioning Suspended, keeps only the latest write.',
  service: 's3',
  resourceType: 'AWS::S3::Bucket',
  severity: 'medium',
  duty: 'incident-response',
  serviceModel: 'SaaS',
  scope: 'global',
  remediation: {
    text: 'Enable versioning on the bucket, with a lifecycle rule expiring noncurrent versions to bound the cost.',
    cli: 'aws s3api put-bucket-versioning --bucket <bucket> --versioning-configuration Status=Enabled',
    url: 'https://docs.aws.amazon.com/AmazonS3/latest/userguide/manage-versioning-examples.html',
  },
  async run({ inventory, result }) {
    const buckets = await inventory.s3.buckets();
    const ref = (b: (typeof buckets)[number]) => ({ arn: b.arn, id: b.name });
    return result.forEach(buckets, ref, async (b) => {
      const v = await inventory.s3.versioning(b);
      // GetBucketVersioning omits Status on a bucket that was never versioned.
      const evidence = { Status: v.Status ?? null };
      return v.Status === 'Enabled'
        ? result.pass(ref(b), `Bucket ${b.name} keeps object versions`, evidence)
        : result.fail(ref(b), `Bucket ${b.name} has versioning ${v.Status ?? 'never enabled'}`, evidence);
    });
  },
});
