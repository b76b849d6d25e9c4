import { defineCheck } from '../../src/check/define.js';

export default defineCheck({
  id: 's3.bucket-acls-disabled',
  title: 'S3 buckets have ACLs disabled (Object Ownership: bucket owner enforced)',
  description:
    'With Object Ownership BucketOwnerEnforced, ACLs no longer grant access and the bucket owner owns every object, so access is decided by ' +
    'policies alone. AWS gives new buckets this setting since April 2023; a bucket without an Object Ownership setting ' +
    '(OwnershipControlsNotFoundError) is an older bucket with ACLs enabled, as is one with BucketOwnerPreferred or ObjectWriter.',
  service: 's3',
  resourceType: 'AWS::S3::Bucket',
  severity: 'medium',
  duty: 'identity-access',
  serviceModel: 'SaaS',
  scope: 'global',
  remediation: {
    text: 'Move any access that ACLs grant into the bucket policy, then set Object Ownership to BucketOwnerEnforced.',
    cli: 'aws s3api put-bucket-ownership-controls --bucket <bucket> --ownership-controls Rules=[{ObjectOwnership=BucketOwnerEnforced}]',
    url: 'https://docs.aws.amazon.com/AmazonS3/latest/userguide/about-object-ownership.html',
  },
  async run({ inventory, result }) {
    const buckets = await inventory.s3.buckets();
    const ref = (b: (typeof buckets)[number]) => ({ arn: b.arn, id: b.name });
    return result.forEach(buckets, ref, async (b) => {
      const controls = await inventory.s3.ownershipControls(b);
      const ownership = controls?.Rules?.[0]?.ObjectOwnership ?? null;
      const evidence = { ObjectOwnership: ownership };
      return ownership === 'BucketOwnerEnforced'
        ? result.pass(ref(b), `Bucket ${b.name} has ACLs disabled (BucketOwnerEnforced)`, evidence)
        : result.fail(ref(b), `Bucket ${b.name} has ACLs enabled (Object Ownership ${ownership ?? 'not configured'})`, evidence);
    });
  },
});
