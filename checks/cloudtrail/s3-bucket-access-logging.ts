import { defineCheck } from '../../src/check/define.js';
import { trailHomeRegion, trailRef } from '../../src/lib/trails.js';

export default defineCheck({
  id: 'cloudtrail.s3-bucket-access-logging',
  title: 'The S3 bucket that receives CloudTrail logs has server access logging enabled',
  description:
    'Access logs of the trail bucket show who read or deleted the audit trail itself. When the bucket lives in another account ' +
    '(a central logging account), this account cannot see its settings: the result is ERROR naming the bucket; scan that account.',
  service: 'cloudtrail',
  resourceType: 'AWS::CloudTrail::Trail',
  severity: 'medium',
  duty: 'incident-response',
  serviceModel: 'SaaS',
  scope: 'regional',
  remediation: {
    text: 'Enable server access logging on the trail bucket, delivering to a separate bucket.',
    cli: `aws s3api put-bucket-logging --bucket <trail-bucket> --bucket-logging-status '{"LoggingEnabled":{"TargetBucket":"<log-bucket>","TargetPrefix":"<trail-bucket>/"}}'`,
    url: 'https://docs.aws.amazon.com/AmazonS3/latest/userguide/enable-server-access-logging.html',
  },
  async run({ scope, inventory, result }) {
    const trails = (await inventory.cloudtrail.trails(scope.region)).filter((t) => trailHomeRegion(t) === scope.region);
    if (!trails.length) return [];
    const buckets = new Map((await inventory.s3.buckets()).map((b) => [b.name, b]));
    return result.forEach(trails, trailRef, async (t) => {
      const bucket = t.S3BucketName ? buckets.get(t.S3BucketName) : undefined;
      if (!bucket) {
        return {
          status: 'ERROR' as const,
          resource: trailRef(t),
          message: `Could not evaluate: trail ${t.Name} delivers to bucket ${t.S3BucketName ?? '(none)'}, which is not in account ${scope.account}; scan the account that owns it`,
          evidence: { S3BucketName: t.S3BucketName ?? null },
        };
      }
      const logging = await inventory.s3.logging(bucket);
      const evidence = { S3BucketName: bucket.name, LoggingEnabled: logging ? { TargetBucket: logging.TargetBucket ?? null, TargetPrefix: logging.TargetPrefix ?? null } : null };
      return logging?.TargetBucket
        ? result.pass(trailRef(t), `Trail bucket ${bucket.name} logs access to ${logging.TargetBucket}`, evidence)
        : result.fail(trailRef(t), `Trail bucket ${bucket.name} has server access logging disabled`, evidence);
    });
  },
});
