import { defineCheck } from '../../src/check/define.js';
import { ec2RegionSettingRef } from '../../src/check/kit/ec2-refs.js';

export default defineCheck({
  id: 'ec2.ebs-default-encryption',
  title: 'EBS encryption by default is enabled in the region',
  description:
    'With encryption by default on, every new EBS volume and snapshot copy in the region is encrypted, so no unencrypted disk can be created by mistake. The setting is per account and region.',
  service: 'ec2',
  resourceType: 'AWS::EC2::AccountSettings',
  severity: 'medium',
  duty: 'data-encryption',
  serviceModel: 'IaaS',
  scope: 'regional',
  remediation: {
    text: 'Enable EBS encryption by default in every region the account uses (optionally choose a customer managed KMS key as the default key).',
    cli: 'aws ec2 enable-ebs-encryption-by-default --region <region>',
    url: 'https://docs.aws.amazon.com/ebs/latest/userguide/encryption-by-default.html',
  },
  async run({ scope, inventory, result }) {
    const enabled = await inventory.ec2.ebsEncryptionByDefault(scope.region);
    // The account setting of one region: not an ARN-addressable resource, so a stable pseudo-ARN per region.
    const ref = ec2RegionSettingRef(scope, 'ebs-encryption-by-default');
    return [
      enabled
        ? result.pass(ref, `EBS encryption by default is enabled in ${scope.region}`, { EbsEncryptionByDefault: true })
        : result.fail(ref, `EBS encryption by default is disabled in ${scope.region}`, { EbsEncryptionByDefault: false }),
    ];
  },
});
