import { defineCheck } from '../../src/check/define.js';
import { volumeRef } from '../../src/check/kit/ec2-refs.js';

export default defineCheck({
  id: 'ec2.ebs-volume-encrypted',
  title: 'EBS volumes are encrypted at rest',
  description:
    'An unencrypted EBS volume stores its data, and the snapshots taken from it, in clear text. Encryption cannot be turned on for an existing volume; it must be copied to an encrypted one.',
  service: 'ec2',
  resourceType: 'AWS::EC2::Volume',
  severity: 'medium',
  duty: 'data-encryption',
  serviceModel: 'IaaS',
  scope: 'regional',
  remediation: {
    text: 'Snapshot the volume, copy the snapshot with encryption enabled, create a volume from the encrypted copy and swap it in; enable EBS encryption by default to prevent new unencrypted volumes.',
    cli: 'aws ec2 copy-snapshot --source-region <region> --source-snapshot-id <snapshot-id> --encrypted --kms-key-id <key-id>',
    url: 'https://docs.aws.amazon.com/ebs/latest/userguide/ebs-encryption.html',
  },
  async run({ scope, inventory, result }) {
    const volumes = await inventory.ec2.volumes(scope.region);
    return volumes.map((v) => {
      const ref = volumeRef(scope, v.VolumeId!);
      return v.Encrypted === true
        ? result.pass(ref, `Volume ${v.VolumeId} is encrypted`, { Encrypted: true, ...(v.KmsKeyId ? { KmsKeyId: v.KmsKeyId } : {}) })
        : result.fail(ref, `Volume ${v.VolumeId} is not encrypted`, { Encrypted: v.Encrypted ?? null });
    });
  },
});
