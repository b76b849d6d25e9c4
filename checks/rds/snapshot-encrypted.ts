import { defineCheck } from '../../src/check/define.js';
import { dbClusterSnapshotRef, dbSnapshotRef } from '../../src/check/kit/rds-refs.js';

export default defineCheck({
  id: 'rds.snapshot-encrypted',
  title: 'RDS DB and cluster snapshots are encrypted',
  description:
    'A snapshot holds a full copy of the database; an unencrypted one (of an unencrypted instance, or a manual copy that outlived it) ' +
    'keeps that copy in clear text and can be shared. Judges the account\'s own DB snapshots and DB cluster snapshots, automated and manual.',
  service: 'rds',
  resourceType: 'AWS::RDS::DBSnapshot',
  severity: 'high',
  duty: 'data-encryption',
  serviceModel: 'PaaS',
  scope: 'regional',
  remediation: {
    text: 'Copy the snapshot with a KMS key (the copy is encrypted), then delete the unencrypted snapshot.',
    cli: 'aws rds copy-db-snapshot --source-db-snapshot-identifier <snapshot> --target-db-snapshot-identifier <snapshot>-encrypted --kms-key-id <key-id>',
    url: 'https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_CopySnapshot.html',
  },
  async run({ scope, inventory, result }) {
    const [snapshots, clusterSnapshots] = await Promise.all([inventory.rds.dbSnapshots(scope.region), inventory.rds.dbClusterSnapshots(scope.region)]);
    const items = [
      ...snapshots.map((s) => ({ ref: dbSnapshotRef(s), encrypted: s.Encrypted, KmsKeyId: s.KmsKeyId, SnapshotType: s.SnapshotType })),
      ...clusterSnapshots.map((s) => ({ ref: dbClusterSnapshotRef(s), encrypted: s.StorageEncrypted, KmsKeyId: s.KmsKeyId, SnapshotType: s.SnapshotType })),
    ];
    return items.map(({ ref, encrypted, KmsKeyId, SnapshotType }) => {
      const evidence = { [ref.type === 'AWS::RDS::DBClusterSnapshot' ? 'StorageEncrypted' : 'Encrypted']: encrypted ?? null, ...(KmsKeyId ? { KmsKeyId } : {}), SnapshotType: SnapshotType ?? null };
      return encrypted === true
        ? result.pass(ref, `Snapshot ${ref.id} is encrypted`, evidence)
        : result.fail(ref, `Snapshot ${ref.id} is not encrypted`, evidence);
    });
  },
});
