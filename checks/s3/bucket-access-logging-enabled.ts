import { defineCheck } from '../../src/check/define.js';

export default defineCheck({
  id: 's3.bucket-access-logging-enabled',
  title: 'S3 buckets deliver server access logs',
  description:
    'Server access logs record each request made to the bucket (requester, operation, key, result), which investigators need to tell who read or changed data.',
  service: 's3',
  resourceType: 'AWS::S3::Bucket',
  severity: 'low',
  duty: 'logging',
  serviceModel: 'SaaS',
  scope: 'global',
  remediation: {
    text: 'Enable server access logging on the bucket, delivering to a separate log bucket in the same region.',
    cli: 'aws s3api put-bucket-logging --bucket <bucket> --bucket-logging-status \'{"LoggingEnabled":{"TargetBucket":"<log-bucket>","TargetPrefix":"<bucket>/"}}\'',
    url: 'https://docs.aws.amazon.com/AmazonS3/latest/userguide/enable-server-access-logging.html',
  },
  async run({ inventory, result }) {
    const buckets = await inventory.s3.buckets();
    return result.forEach(buckets, (b) => ({ arn: b.arn, id: b.name }), async (b) => {
      const logging = await inventory.s3.logging(b);
      const ref = { arn: b.arn, id: b.name };
      if (logging?.TargetBucket) {
        return result.pass(ref, `Bucket ${b.name} delivers access logs to ${logging.TargetBucket}`, {
          TargetBucket: logging.TargetBucket,
          TargetPrefix: logging.TargetPrefix ?? '',
        });
      }
      return result.fail(ref, `Bucket ${b.name} has server access logging off`, { LoggingEnabled: null });
    });
  },
});
