import type { FileSystemDescription } from '@aws-sdk/client-efs';
import type { Aws } from '../aws/call.js';
import { memo } from './memo.js';

/** Memoized EFS data sets of one account. */
export function efsInventory(aws: Aws) {
  return {
    fileSystems: memo((region: string): Promise<FileSystemDescription[]> =>
      aws.paginate('efs', region, 'DescribeFileSystems', (Marker) => ({ MaxItems: 100, ...(Marker ? { Marker } : {}) }), (o) => ({ items: o.FileSystems, next: o.NextMarker }))),
  };
}

export type EfsInventory = ReturnType<typeof efsInventory>;
