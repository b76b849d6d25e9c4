import { defineCheck } from '../../src/check/define.js';

export default defineCheck({
  id: 's3.bucket-mfa-delete',
  title: 'S3 buckets are versioned with MFA Delete enabled',
  description:
    'With MFA Delete, permanently deleting an object version or changing the bucket versioning state needs the root user and an MFA code, so stolen credentials alone cannot destroy the version history.',
  service: 's3',
  resourceType: 'AWS::S3::Bucket',
  severity: 'low',
  duty: 'incident-response',
  serviceModel: 'SaaS',
  scope: 'global',
  remediation: {
    text: 'As the root user with its MFA device, enable versioning with MFA Delete on the bucket (the console cannot do this).',
    cli: 'aws s3api put-bucket-versioning --bucket <bucket> --versioning-configuration Status=Enabled,MFADelete=Enabled --mfa "arn:aws:iam::<account-id>:mfa/root-account-mfa-device <code>"',
    url: 'https://docs.aws.amazon.com/AmazonS3/latest/userguide/MultiFactorAuthenticationDelete.html',
  },
  async run({ inventory, result }) {
    const buckets = await inventory.s3.buckets();
    return result.forEach(buckets, (b) => ({ arn: b.arn, id: b.name }), async (b) => {
      const v = await inventory.s3.versioning(b);
      const ref = { arn: b.arn, id: b.name };
      // GetBucketVersioning omits Status on a never-versioned bucket and MFADelete on one never configured with it.
      const evidence = { Status: v.Status ?? null, MFADelete: v.MFADelete ?? null };
      if (v.Status === 'Enabled' && v.MFADelete === 'Enabled') return result.pass(ref, `Bucket ${b.name} is versioned with MFA Delete enabled`, evidence);
      return result.fail(ref, `Bucket ${b.name} has versioning ${v.Status ?? 'never enabled'} and MFA Delete ${v.MFADelete ?? 'never configured'}`, evidence);
    });
  },
});
