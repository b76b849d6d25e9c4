import { DescribeDBInstancesCommand, type DBInstance } from '@aws-sdk/client-rds';
import type { Aws } from '../aws/call.js';
import { memo } from './memo.js';

/** Memoized RDS data sets of one account. */
export function rdsInventory(aws: Aws) {
  return {
    /** Every DB instance of the region (Aurora instances included), 100 a page (the API's maximum). */
    dbInstances: memo((region: string): Promise<DBInstance[]> =>
      aws.paginate('rds', region, (Marker) => new DescribeDBInstancesCommand({ MaxRecords: 100, ...(Marker ? { Marker } : {}) }), (o) => ({ items: o.DBInstances, next: o.Marker }))),
  };
}

export type RdsInventory = ReturnType<typeof rdsInventory>;
