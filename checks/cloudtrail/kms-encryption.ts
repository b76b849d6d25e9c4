import { defineCheck } from '../../src/check/define.js';
import { trailHomeRegion } from '../../src/aws/arn.js';
import { trailRef } from '../../src/check/kit/trails.js';

export default defineCheck({
  id: 'cloudtrail.kms-encryption',
  title: 'CloudTrail trails encrypt delivered log files with a KMS key (SSE-KMS)',
  description:
    'Without a KMS key CloudTrail log files get only S3-managed encryption (SSE-S3): anyone who may read the bucket may read the logs. SSE-KMS adds the key policy as a second gate and records each decryption.',
  service: 'cloudtrail',
  resourceType: 'AWS::CloudTrail::Trail',
  severity: 'medium',
  duty: 'data-encryption',
  serviceModel: 'SaaS',
  scope: 'regional',
  remediation: {
    text: 'Create a symmetric customer managed KMS key whose policy lets CloudTrail encrypt with it, and set it on the trail.',
    cli: 'aws cloudtrail update-trail --name <trail> --kms-key-id <kms-key-arn>',
    url: 'https://docs.aws.amazon.com/awscloudtrail/latest/userguide/encrypting-cloudtrail-log-files-with-aws-kms.html',
  },
  async run({ scope, inventory, result }) {
    const trails = await inventory.cloudtrail.trails(scope.region);
    return trails
      .filter((t) => trailHomeRegion(t) === scope.region)
      .map((t) =>
        // CloudTrail accepts only customer managed symmetric keys, so any KmsKeyId is a CMK.
        t.KmsKeyId
          ? result.pass(trailRef(t), `Trail ${t.Name} encrypts log files with KMS key ${t.KmsKeyId}`, { KmsKeyId: t.KmsKeyId })
          : result.fail(trailRef(t), `Trail ${t.Name} has no KMS key (KmsKeyId not set)`, { KmsKeyId: null }),
      );
  },
});
