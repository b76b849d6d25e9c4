import { defineCheck } from '../../src/check/define.js';
import { dbClusterSnapshotRef, dbSnapshotRef } from '../../src/check/kit/rds-refs.js';

export default defineCheck({
  id: 'rds.snapshot-not-public',
  title: 'RDS DB and cluster snapshots are not shared publicly',
  description:
    'A manual DB snapshot or DB cluster snapshot whose restore attribute includes "all" can be copied and restored by any AWS account, with ' +
    'all its data. Sharing with named accounts is not public. Only manual snapshots can be shared, so automated ones are not judged.',
  service: 'rds',
  resourceType: 'AWS::RDS::DBSnapshot',
  severity: 'critical',
  duty: 'identity-access',
  serviceModel: 'PaaS',
  scope: 'regional',
  remediation: {
    text: 'Remove "all" from the snapshot\'s restore attribute; share with named accounts instead.',
    cli: 'aws rds modify-db-snapshot-attribute --db-snapshot-identifier <snapshot> --attribute-name restore --values-to-remove all  # cluster: aws rds modify-db-cluster-snapshot-attribute --db-cluster-snapshot-identifier <snapshot> --attribute-name restore --values-to-remove all',
    url: 'https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_ShareSnapshot.html',
  },
  async run({ scope, inventory, result }) {
    const verdict = (ref: ReturnType<typeof dbSnapshotRef>, restore: string[] | null) => {
      if (restore === null) return []; // deleted since it was listed
      const sharedWith = restore.filter((v) => v !== 'all');
      return restore.includes('all')
        ? result.fail(ref, `Snapshot ${ref.id} can be restored by any AWS account (restore attribute includes all)`, { restore, sharedWithAccounts: sharedWith })
        : result.pass(ref, `Snapshot ${ref.id} is not public`, { public: false, sharedWithAccounts: sharedWith });
    };
    const [snapshots, clusterSnapshots] = await Promise.all([inventory.rds.dbSnapshots(scope.region), inventory.rds.dbClusterSnapshots(scope.region)]);
    const manual = snapshots.filter((s) => s.SnapshotType === 'manual');
    const manualCluster = clusterSnapshots.filter((s) => s.SnapshotType === 'manual');
    return [
      ...(await result.forEach(manual, dbSnapshotRef, async (s) => verdict(dbSnapshotRef(s), await inventory.rds.dbSnapshotRestoreAttribute(scope.region, s.DBSnapshotIdentifier!)))),
      ...(await result.forEach(manualCluster, dbClusterSnapshotRef, async (s) => verdict(dbClusterSnapshotRef(s), await inventory.rds.dbClusterSnapshotRestoreAttribute(scope.region, s.DBClusterSnapshotIdentifier!)))),
    ];
  },
});
