import { defineCheck } from '../../src/check/define.js';
import { snapshotRef } from '../../src/check/kit/ec2-refs.js';

export default defineCheck({
  id: 'ec2.snapshot-not-public',
  title: 'EBS snapshots are not shared publicly',
  description:
    "A snapshot whose createVolumePermission includes the group 'all' can be copied by any AWS account, exposing the full disk contents. Sharing with named accounts is not public.",
  service: 'ec2',
  resourceType: 'AWS::EC2::Snapshot',
  severity: 'critical',
  duty: 'identity-access',
  serviceModel: 'IaaS',
  scope: 'regional',
  remediation: {
    text: "Remove the 'all' group from the snapshot's create-volume permissions, and turn on block public access for snapshots in the region.",
    cli: 'aws ec2 modify-snapshot-attribute --snapshot-id <snapshot-id> --attribute createVolumePermission --operation-type remove --group-names all',
    url: 'https://docs.aws.amazon.com/ebs/latest/userguide/ebs-modifying-snapshot-permissions.html',
  },
  async run({ scope, inventory, result }) {
    const snapshots = await inventory.ec2.snapshots(scope.region);
    // EBS snapshot ARNs carry no account id.
    const ref = (s: (typeof snapshots)[number]) => snapshotRef(scope, s.SnapshotId!);
    return result.forEach(snapshots, ref, async (s) => {
      const perms = await inventory.ec2.snapshotCreateVolumePermissions(scope.region, s.SnapshotId!);
      if (perms === null) return []; // deleted since it was listed
      const sharedWith = perms.flatMap((p) => (p.UserId ? [p.UserId] : []));
      return perms.some((p) => p.Group === 'all')
        ? result.fail(ref(s), `Snapshot ${s.SnapshotId} grants createVolumePermission to group all`, { CreateVolumePermissions: [{ Group: 'all' }], sharedWithAccounts: sharedWith })
        : result.pass(ref(s), `Snapshot ${s.SnapshotId} is not public`, { public: false, sharedWithAccounts: sharedWith });
    });
  },
});
