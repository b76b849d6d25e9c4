/**
 * The shape shared by the EFS access point checks: list the region's file systems, read each one's
 * access points (one memoized DescribeAccessPoints per file system, shared by both checks) and judge
 * every access point. A file system whose access points cannot be read is ERROR under its own ARN.
 */
import type { AccessPointDescription } from '@aws-sdk/client-efs';
import { formatArn } from '../../aws/arn.js';
import type { CheckContext, CheckResult, ResourceRef } from '../define.js';

export async function forEachAccessPoint(
  { scope, inventory, result }: Pick<CheckContext, 'scope' | 'inventory' | 'result'>,
  judge: (ref: ResourceRef, ap: AccessPointDescription) => CheckResult,
): Promise<CheckResult[]> {
  const systems = await inventory.efs.fileSystems(scope.region);
  const fsRef = (fs: (typeof systems)[number]): ResourceRef => ({
    arn: fs.FileSystemArn ?? formatArn(scope.partition, 'elasticfilesystem', scope.region, scope.account, `file-system/${fs.FileSystemId}`),
    id: fs.FileSystemId!,
    type: 'AWS::EFS::FileSystem',
  });
  return result.forEach(systems, fsRef, async (fs) => {
    const points = await inventory.efs.accessPoints(scope.region, fs.FileSystemId!);
    return points.map((ap) => judge({
      arn: ap.AccessPointArn ?? formatArn(scope.partition, 'elasticfilesystem', scope.region, scope.account, `access-point/${ap.AccessPointId}`),
      id: ap.AccessPointId!,
    }, ap));
  });
}
