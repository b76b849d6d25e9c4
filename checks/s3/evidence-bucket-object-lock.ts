import { defineCheck } from '../../src/check/define.js';
import { classifyingTag } from '../../src/lib/tags.js';

export default defineCheck({
  id: 's3.evidence-bucket-object-lock',
  title: 'S3 buckets holding evidence lock their objects (Object Lock with default retention)',
  description:
    'Logs, backups and audit evidence must survive an intruder who gets write access: Object Lock (WORM) with a default retention of at least ' +
    'minRetentionDays (default 365, either mode) stops any version being deleted or overwritten before it expires. Judged only for buckets tagged ' +
    'as evidence: tag key tagKey (default purpose) with one of tagValues (compared without case); other buckets are not judged.',
  service: 's3',
  resourceType: 'AWS::S3::Bucket',
  severity: 'medium',
  duty: 'incident-response',
  serviceModel: 'SaaS',
  scope: 'global',
  remediation: {
    text: 'Enable Object Lock on the bucket (possible on existing versioned buckets) and set a default retention rule; COMPLIANCE mode cannot be shortened by anyone.',
    cli: 'aws s3api put-object-lock-configuration --bucket <bucket> --object-lock-configuration \'{"ObjectLockEnabled":"Enabled","Rule":{"DefaultRetention":{"Mode":"COMPLIANCE","Days":365}}}\'',
    url: 'https://docs.aws.amazon.com/AmazonS3/latest/userguide/object-lock.html',
  },
  options: { tagKey: 'purpose', tagValues: ['evidence', 'audit', 'audit-logs', 'backup'], minRetentionDays: 365 },
  async run({ inventory, result, options }) {
    const buckets = await inventory.s3.buckets();
    const ref = (b: (typeof buckets)[number]) => ({ arn: b.arn, id: b.name });
    return result.forEach(buckets, ref, async (b) => {
      const tag = classifyingTag(await inventory.s3.bucketTags(b), options.tagKey, options.tagValues);
      if (!tag) return []; // not an evidence bucket: not judged
      const lock = await inventory.s3.objectLock(b);
      const retention = lock?.Rule?.DefaultRetention;
      const days = retention?.Days ?? (retention?.Years !== undefined ? retention.Years * 365 : undefined);
      const evidence = {
        purpose: tag, ObjectLockEnabled: lock?.ObjectLockEnabled ?? null, Mode: retention?.Mode ?? null,
        Days: retention?.Days ?? null, Years: retention?.Years ?? null, minRetentionDays: options.minRetentionDays,
      };
      if (lock?.ObjectLockEnabled !== 'Enabled') return result.fail(ref(b), `Evidence bucket ${b.name} does not have Object Lock enabled`, evidence);
      if (days === undefined) return result.fail(ref(b), `Evidence bucket ${b.name} has Object Lock without a default retention`, evidence);
      return days >= options.minRetentionDays
        ? result.pass(ref(b), `Evidence bucket ${b.name} locks objects for ${days} days (${retention?.Mode})`, evidence)
        : result.fail(ref(b), `Evidence bucket ${b.name} locks objects for ${days} days, fewer than ${options.minRetentionDays}`, evidence);
    });
  },
});
