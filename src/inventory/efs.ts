import type { AccessPointDescription, BackupPolicy, FileSystemDescription, MountTargetDescription } from '@aws-sdk/client-efs';
import type { Aws } from '../aws/call.js';
import { memo } from './memo.js';

/** Memoized EFS data sets of one account. */
export function efsInventory(aws: Aws) {
  return {
    fileSystems: memo((region: string): Promise<FileSystemDescription[]> =>
      aws.paginate('efs', region, 'DescribeFileSystems', (Marker) => ({ MaxItems: 100, ...(Marker ? { Marker } : {}) }), (o) => ({ items: o.FileSystems, next: o.NextMarker }))),

    /**
     * The access points of one file system. The API documents listing by FileSystemId or by
     * AccessPointId only, so the region's list is read per file system (fileSystems first).
     */
    accessPoints: memo((region: string, fileSystemId: string): Promise<AccessPointDescription[]> =>
      aws.paginate('efs', region, 'DescribeAccessPoints', (NextToken) => ({ FileSystemId: fileSystemId, MaxResults: 100, ...(NextToken ? { NextToken } : {}) }), (o) => ({
        items: o.AccessPoints,
        next: o.NextToken,
      }))),

    /** The mount targets of one file system (subnet, IP address, availability zone), 100 a page. */
    mountTargets: memo((region: string, fileSystemId: string): Promise<MountTargetDescription[]> =>
      aws.paginate('efs', region, 'DescribeMountTargets', (Marker) => ({ FileSystemId: fileSystemId, MaxItems: 100, ...(Marker ? { Marker } : {}) }), (o) => ({
        items: o.MountTargets,
        next: o.NextMarker,
      }))),

    /** The file system's automatic-backup policy; null when it never had one (PolicyNotFound). */
    backupPolicy: memo(async (region: string, fileSystemId: string): Promise<BackupPolicy | null> => {
      const out = await aws.sendOptional('efs', region, 'DescribeBackupPolicy', { FileSystemId: fileSystemId }, ['PolicyNotFound']);
      return out?.BackupPolicy ?? null;
    }),
  };
}

export type EfsInventory = ReturnType<typeof efsInventory>;
