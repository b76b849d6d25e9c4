import { defineCheck } from '../../src/check/define.js';
import { forEachTrailBucket } from '../../src/check/kit/trail-bucket.js';
import { trailRef } from '../../src/check/kit/trails.js';

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
  run: (ctx) =>
    forEachTrailBucket(ctx, async (t, bucket) => {
      const logging = await ctx.inventory.s3.logging(bucket);
      const evidence = { S3BucketName: bucket.name, LoggingEnabled: logging ? { TargetBucket: logging.TargetBucket ?? null, TargetPrefix: logging.TargetPrefix ?? null } : null };
      return logging?.TargetBucket
        ? ctx.result.pass(trailRef(t), `Trail bucket ${bucket.name} logs access to ${logging.TargetBucket}`, evidence)
        : ctx.result.fail(trailRef(t), `Trail bucket ${bucket.name} has server access logging disabled`, evidence);
    }),
});
