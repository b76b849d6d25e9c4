import { defineCheck } from '../../src/check/define.js';
import { bucketExposure } from '../../src/check/kit/bucket-exposure.js';
import { forEachTrailBucket } from '../../src/check/kit/trail-bucket.js';
import { trailRef } from '../../src/check/kit/trails.js';

export default defineCheck({
  id: 'cloudtrail.s3-bucket-not-public',
  title: 'The S3 bucket that receives CloudTrail logs is not publicly accessible',
  description:
    'A public trail bucket lets anyone read the account\'s API history (who did what, from where, with which resource names) and, ' +
    'with write access, tamper with the evidence. Judged as s3.bucket-not-public judges any bucket: public ACL grants or policy ' +
    'statements not neutralised by Block Public Access. When the bucket lives in another account (a central log archive) this ' +
    'account cannot see it: ERROR naming the bucket; scan that account.',
  service: 'cloudtrail',
  resourceType: 'AWS::CloudTrail::Trail',
  severity: 'critical',
  duty: 'incident-response',
  serviceModel: 'SaaS',
  scope: 'regional',
  remediation: {
    text: 'Turn on all four Block Public Access settings for the trail bucket and remove public ACL grants and policy statements.',
    cli: 'aws s3api put-public-access-block --bucket <trail-bucket> --public-access-block-configuration BlockPublicAcls=true,IgnorePublicAcls=true,BlockPublicPolicy=true,RestrictPublicBuckets=true',
    url: 'https://docs.aws.amazon.com/awscloudtrail/latest/userguide/create-s3-bucket-policy-for-cloudtrail.html',
  },
  run: (ctx) =>
    forEachTrailBucket(ctx, async (t, bucket) => {
      const { reasons, evidence } = await bucketExposure(ctx.inventory, bucket);
      evidence['S3BucketName'] = bucket.name;
      return reasons.length
        ? ctx.result.fail(trailRef(t), `Trail ${t.Name} delivers to bucket ${bucket.name}, which is public: ${reasons.join('; ')}`, evidence)
        : ctx.result.pass(trailRef(t), `Trail bucket ${bucket.name} is not public`, evidence);
    }),
});
