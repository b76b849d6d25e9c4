/** Resource references for RDS snapshots: DB snapshots and DB cluster snapshots judged by one check each. */
import type { DBClusterSnapshot, DBSnapshot } from '@aws-sdk/client-rds';
import type { ResourceRef } from '../define.js';

/** A DB snapshot by its own DBSnapshotArn. */
export function dbSnapshotRef(s: DBSnapshot): ResourceRef {
  return { arn: s.DBSnapshotArn!, id: s.DBSnapshotIdentifier!, type: 'AWS::RDS::DBSnapshot' };
}

/** A DB cluster snapshot by its own DBClusterSnapshotArn. */
export function dbClusterSnapshotRef(s: DBClusterSnapshot): ResourceRef {
  return { arn: s.DBClusterSnapshotArn!, id: s.DBClusterSnapshotIdentifier!, type: 'AWS::RDS::DBClusterSnapshot' };
}
