import { defineCheck } from '../../src/check/define.js';
import { kmsKeyLookup } from '../../src/check/kit/kms-refs.js';

export default defineCheck({
  id: 'ecr.repository-cmk-encrypted',
  title: 'ECR repositories holding classified images are encrypted with a customer managed KMS key',
  description:
    'ECR encrypts every image layer at rest: by default with AES256 (keys ECR owns), or with KMS (the AWS managed key aws/ecr when ' +
    'no key is named). Only a customer managed key lets the customer control, audit and revoke who can decrypt the images, and so ' +
    'prove it for images that embed classified data or code. Judged: repositories whose classificationTag (default ' +
    '"data-classification", key compared case-insensitively) has a value in cmkRequiredFor (default confidential, restricted; compared ' +
    'case-insensitively), read with ListTagsForResource. They pass when encryptionConfiguration.encryptionType is KMS or KMS_DSSE and ' +
    'DescribeKey of its kmsKey reports KeyManager CUSTOMER. Encryption is fixed when the repository is created. Other repositories are ' +
    'not judged: for unclassified images AES256 is the documented default, not a defect.',
  service: 'ecr',
  resourceType: 'AWS::ECR::Repository',
  severity: 'medium',
  duty: 'data-encryption',
  serviceModel: 'PaaS',
  scope: 'regional',
  options: { classificationTag: 'data-classification', cmkRequiredFor: ['confidential', 'restricted'] },
  remediation: {
    text: 'Create a repository encrypted with a customer managed KMS key, push the images to it (or replicate them) and delete the old repository.',
    cli: 'aws ecr create-repository --repository-name <repository> --encryption-configuration encryptionType=KMS,kmsKey=<key-arn>',
    url: 'https://docs.aws.amazon.com/AmazonECR/latest/userguide/encryption-at-rest.html',
  },
  async run({ scope, inventory, result, options }) {
    const repositories = await inventory.ecr.repositories(scope.region);
    const required = new Set(options.cmkRequiredFor.map((c) => c.trim().toLowerCase()));
    const ref = (r: (typeof repositories)[number]) => ({ arn: r.repositoryArn!, id: r.repositoryName! });
    return result.forEach(repositories, ref, async (r) => {
      const tags = await inventory.ecr.repositoryTags(scope.region, r.repositoryArn!);
      const tag = tags.find((t) => (t.Key ?? '').toLowerCase() === options.classificationTag.toLowerCase());
      const classification = tag?.Value;
      if (classification === undefined || !required.has(classification.trim().toLowerCase())) return [];
      const enc = r.encryptionConfiguration;
      // AWS documents AES256 as the encryption of a repository created without a configuration.
      const type = enc?.encryptionType ?? 'AES256';
      const evidence = { [options.classificationTag]: classification, encryptionType: type, kmsKey: enc?.kmsKey ?? null };
      if (type !== 'KMS' && type !== 'KMS_DSSE') return result.fail(ref(r), `Repository ${r.repositoryName} (${classification}) is encrypted with ${type}, keys ECR owns`, evidence);
      if (!enc?.kmsKey) return result.fail(ref(r), `Repository ${r.repositoryName} (${classification}) is encrypted with the AWS managed key aws/ecr`, evidence);
      const { region, keyId } = kmsKeyLookup(scope, enc.kmsKey);
      const key = await inventory.kms.keyMetadata(region, keyId);
      const withKey = { ...evidence, KeyManager: key.KeyManager ?? null };
      return key.KeyManager === 'CUSTOMER'
        ? result.pass(ref(r), `Repository ${r.repositoryName} (${classification}) is encrypted with customer managed key ${enc.kmsKey}`, withKey)
        : result.fail(ref(r), `Repository ${r.repositoryName} (${classification}) is encrypted with the AWS managed key ${enc.kmsKey}`, withKey);
    });
  },
});
