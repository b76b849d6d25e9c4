import type { DBCluster, DBClusterSnapshot, DBInstance, DBSnapshot } from '@aws-sdk/client-rds';
import type { Aws } from '../aws/call.js';
import { memo } from './memo.js';

/** The API's largest page. */
const PAGE = 100;
const mark = (Marker: string | undefined) => (Marker ? { Marker } : {});

/** The values of the `restore` attribute: account ids that may copy or restore the snapshot, 'all' when public. */
const restoreValues = (attrs: readonly { AttributeName?: string | undefined; AttributeValues?: string[] | undefined }[] | undefined): string[] =>
  (attrs ?? []).filter((a) => a.AttributeName === 'restore').flatMap((a) => a.AttributeValues ?? []);

/** Memoized RDS data sets of one account. */
export function rdsInventory(aws: Aws) {
  return {
    /** Every DB instance of the region (Aurora instances included), 100 a page (the API's maximum). */
    dbInstances: memo((region: string): Promise<DBInstance[]> =>
      aws.paginate('rds', region, 'DescribeDBInstances', (Marker) => ({ MaxRecords: PAGE, ...mark(Marker) }), (o) => ({ items: o.DBInstances, next: o.Marker }))),

    /**
     * Every DB cluster of the region (Aurora and Multi-AZ DB clusters). Aurora keeps backup retention,
     * deletion protection, IAM authentication, log exports and Multi-AZ on the cluster, not the instance.
     */
    dbClusters: memo((region: string): Promise<DBCluster[]> =>
      aws.paginate('rds', region, 'DescribeDBClusters', (Marker) => ({ MaxRecords: PAGE, ...mark(Marker) }), (o) => ({ items: o.DBClusters, next: o.Marker }))),

    /** The account's own DB snapshots of the region, automated and manual (shared and public ones of others are not listed). */
    dbSnapshots: memo((region: string): Promise<DBSnapshot[]> =>
      aws.paginate('rds', region, 'DescribeDBSnapshots', (Marker) => ({ MaxRecords: PAGE, ...mark(Marker) }), (o) => ({ items: o.DBSnapshots, next: o.Marker }))),

    /** The account's own DB cluster snapshots of the region, automated and manual. */
    dbClusterSnapshots: memo((region: string): Promise<DBClusterSnapshot[]> =>
      aws.paginate('rds', region, 'DescribeDBClusterSnapshots', (Marker) => ({ MaxRecords: PAGE, ...mark(Marker) }), (o) => ({ items: o.DBClusterSnapshots, next: o.Marker }))),

    /**
     * Who may copy or restore a manual DB snapshot: the `restore` attribute's values (`['all']` means
     * public, `[]` private). null when the snapshot was deleted between the list and this call.
     */
    dbSnapshotRestoreAttribute: memo(async (region: string, snapshotId: string): Promise<string[] | null> => {
      const out = await aws.sendOptional('rds', region, 'DescribeDBSnapshotAttributes', { DBSnapshotIdentifier: snapshotId }, ['DBSnapshotNotFound', 'DBSnapshotNotFoundFault']);
      return out === null ? null : restoreValues(out.DBSnapshotAttributesResult?.DBSnapshotAttributes);
    }),

    /** As dbSnapshotRestoreAttribute, for a manual DB cluster snapshot. */
    dbClusterSnapshotRestoreAttribute: memo(async (region: string, snapshotId: string): Promise<string[] | null> => {
      const out = await aws.sendOptional('rds', region, 'DescribeDBClusterSnapshotAttributes', { DBClusterSnapshotIdentifier: snapshotId }, ['DBClusterSnapshotNotFoundFault']);
      return out === null ? null : restoreValues(out.DBClusterSnapshotAttributesResult?.DBClusterSnapshotAttributes);
    }),
  };
}

export type RdsInventory = ReturnType<typeof rdsInventory>;
