import { defineCheck } from '../../src/check/define.js';
import { classifyingTag } from '../../src/lib/tags.js';

const KMS = ['aws:kms', 'aws:kms:dsse'];

export default defineCheck({
  id: 's3.classified-bucket-kms-encrypted',
  title: 'S3 buckets holding classified data encrypt by default with a KMS key',
  description:
    'SSE-S3 (AWS\'s default since 2023) encrypts with keys nobody can restrict or audit; SSE-KMS adds a key policy that decides who may decrypt ' +
    'and a CloudTrail record of every use. Judged only for buckets tagged as classified: tag key tagKey (default data-classification) with one of ' +
    'tagValues (compared without case). Buckets without that tag (GetBucketTagging NoSuchTagSet means no tags) are not judged and get no finding.',
  service: 's3',
  resourceType: 'AWS::S3::Bucket',
  severity: 'medium',
  duty: 'data-encryption',
  serviceModel: 'SaaS',
  scope: 'global',
  remediation: {
    text: 'Set the bucket\'s default encryption to SSE-KMS with a customer managed key (and S3 Bucket Keys to cut KMS requests); re-encrypt existing objects with a copy or Batch Operations.',
    cli: 'aws s3api put-bucket-encryption --bucket <bucket> --server-side-encryption-configuration \'{"Rules":[{"ApplyServerSideEncryptionByDefault":{"SSEAlgorithm":"aws:kms","KMSMasterKeyID":"<key-arn>"},"BucketKeyEnabled":true}]}\'',
    url: 'https://docs.aws.amazon.com/AmazonS3/latest/userguide/UsingKMSEncryption.html',
  },
  options: { tagKey: 'data-classification', tagValues: ['confidential', 'restricted', 'sensitive'] },
  async run({ inventory, result, options }) {
    const buckets = await inventory.s3.buckets();
    const ref = (b: (typeof buckets)[number]) => ({ arn: b.arn, id: b.name });
    return result.forEach(buckets, ref, async (b) => {
      const tag = classifyingTag(await inventory.s3.bucketTags(b), options.tagKey, options.tagValues);
      if (!tag) return []; // not classified: not judged
      const config = await inventory.s3.encryption(b);
      const algorithms = (config?.Rules ?? []).map((r) => r.ApplyServerSideEncryptionByDefault?.SSEAlgorithm ?? null);
      const kms = (config?.Rules ?? []).find((r) => KMS.includes(r.ApplyServerSideEncryptionByDefault?.SSEAlgorithm ?? ''));
      const evidence = { classification: tag, SSEAlgorithm: algorithms, ...(kms?.ApplyServerSideEncryptionByDefault?.KMSMasterKeyID ? { KMSMasterKeyID: kms.ApplyServerSideEncryptionByDefault.KMSMasterKeyID } : {}) };
      return kms
        ? result.pass(ref(b), `Bucket ${b.name} (${tag.Key}=${tag.Value}) encrypts by default with ${kms.ApplyServerSideEncryptionByDefault!.SSEAlgorithm}`, evidence)
        : result.fail(ref(b), `Bucket ${b.name} (${tag.Key}=${tag.Value}) does not encrypt by default with a KMS key (${algorithms.join(', ') || 'no default encryption returned'})`, evidence);
    });
  },
});
