import { defineCheck } from '../../src/check/define.js';
import { snapshotRef } from '../../src/check/kit/ec2-refs.js';

export default defineCheck({
  id: 'ec2.snapshot-encrypted',
  title: 'EBS snapshots are encrypted',
  description:
    'A snapshot is a full copy of a disk: unencrypted, anyone it is shared with (or who can copy it) reads every block, and volumes ' +
    'restored from it are unencrypted too unless encryption by default catches them. Judged: every snapshot the account owns, by its ' +
    'Encrypted flag. Whether it is shared is judged by ec2.snapshot-not-public.',
  service: 'ec2',
  resourceType: 'AWS::EC2::Snapshot',
  severity: 'medium',
  duty: 'data-encryption',
  serviceModel: 'IaaS',
  scope: 'regional',
  remediation: {
    text: 'Copy the snapshot with encryption, move restores to the copy, and delete the unencrypted snapshot; turn on EBS encryption by default.',
    cli: 'aws ec2 copy-snapshot --source-region <region> --source-snapshot-id <snapshot-id> --encrypted --kms-key-id <key-id>',
    url: 'https://docs.aws.amazon.com/ebs/latest/userguide/ebs-encryption.html',
  },
  async run({ scope, inventory, result }) {
    const snapshots = await inventory.ec2.snapshots(scope.region);
    return snapshots.map((s) => {
      // EBS snapshot ARNs carry no account id.
      const ref = snapshotRef(scope, s.SnapshotId!);
      const evidence = { Encrypted: s.Encrypted ?? null, VolumeId: s.VolumeId ?? null, KmsKeyId: s.KmsKeyId ?? null };
      return s.Encrypted === true
        ? result.pass(ref, `Snapshot ${s.SnapshotId} is encrypted`, evidence)
        : result.fail(ref, `Snapshot ${s.SnapshotId} is not encrypted`, evidence);
    });
  },
});
