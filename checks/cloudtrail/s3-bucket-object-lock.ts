import { defineCheck } from '../../src/check/define.js';
import { forEachTrailBucket } from '../../src/check/kit/trail-bucket.js';
import { trailRef } from '../../src/check/kit/trails.js';

export default defineCheck({
  id: 'cloudtrail.s3-bucket-object-lock',
  title: 'The S3 bucket that receives CloudTrail logs has Object Lock with a default retention',
  description:
    'An intruder with enough access deletes the trail\'s log files to hide what they did. Object Lock (write once, read many) with a ' +
    'default retention keeps every delivered log file undeletable for that period, even by the account root in COMPLIANCE mode. ' +
    'FAIL when Object Lock is not enabled, when it has no default retention rule, or when the default retention is shorter than ' +
    'minRetentionDays (default 365). GOVERNANCE mode passes (privileged users can bypass it; the mode is in the evidence). When the bucket ' +
    'lives in another account this account cannot see it: ERROR naming the bucket; scan that account.',
  service: 'cloudtrail',
  resourceType: 'AWS::CloudTrail::Trail',
  severity: 'medium',
  duty: 'incident-response',
  serviceModel: 'SaaS',
  scope: 'regional',
  remediation: {
    text: 'Enable Object Lock on the trail bucket (possible on existing versioned buckets) and set a default retention.',
    cli: `aws s3api put-object-lock-configuration --bucket <trail-bucket> --object-lock-configuration '{"ObjectLockEnabled":"Enabled","Rule":{"DefaultRetention":{"Mode":"COMPLIANCE","Days":365}}}'`,
    url: 'https://docs.aws.amazon.com/AmazonS3/latest/userguide/object-lock.html',
  },
  options: { minRetentionDays: 365 },
  run: (ctx) =>
    forEachTrailBucket(ctx, async (t, bucket) => {
      const lock = await ctx.inventory.s3.objectLock(bucket);
      const retention = lock?.Rule?.DefaultRetention;
      const days = retention?.Days ?? (retention?.Years !== undefined ? retention.Years * 365 : undefined);
      const evidence = {
        S3BucketName: bucket.name,
        ObjectLockEnabled: lock?.ObjectLockEnabled ?? null,
        Mode: retention?.Mode ?? null,
        Days: retention?.Days ?? null,
        Years: retention?.Years ?? null,
        minRetentionDays: ctx.options.minRetentionDays,
      };
      const ref = trailRef(t);
      if (lock?.ObjectLockEnabled !== 'Enabled') return ctx.result.fail(ref, `Trail bucket ${bucket.name} does not have Object Lock enabled`, evidence);
      if (days === undefined) return ctx.result.fail(ref, `Trail bucket ${bucket.name} has Object Lock but no default retention: log files are not locked when delivered`, evidence);
      return days >= ctx.options.minRetentionDays
        ? ctx.result.pass(ref, `Trail bucket ${bucket.name} locks log files for ${days} days (${retention?.Mode ?? 'mode unknown'})`, evidence)
        : ctx.result.fail(ref, `Trail bucket ${bucket.name} locks log files for only ${days} days (minimum ${ctx.options.minRetentionDays})`, evidence);
    }),
});
