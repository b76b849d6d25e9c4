import type { AccessPointDescription, FileSystemDescription } from '@aws-sdk/client-efs';
import { TEST_ACCOUNT } from '../../harness/aws.js';

export const fsArn = (id: string) => `arn:aws:elasticfilesystem:eu-west-1:${TEST_ACCOUNT}:file-system/${id}`;
export const apArn = (id: string) => `arn:aws:elasticfilesystem:eu-west-1:${TEST_ACCOUNT}:access-point/${id}`;

export function fileSystem(id: string): FileSystemDescription {
  return {
    FileSystemId: id, FileSystemArn: fsArn(id), Encrypted: true, OwnerId: TEST_ACCOUNT, CreationToken: id, CreationTime: new Date(),
    LifeCycleState: 'available', NumberOfMountTargets: 1, SizeInBytes: { Value: 6144 }, PerformanceMode: 'generalPurpose', Tags: [],
  };
}

/** An access point as DescribeAccessPoints returns it; AWS fills RootDirectory "/" when none was given. */
export function accessPoint(id: string, fileSystemId: string, extra: Partial<AccessPointDescription> = {}): AccessPointDescription {
  return { AccessPointId: id, AccessPointArn: apArn(id), FileSystemId: fileSystemId, ClientToken: id, Name: id, OwnerId: TEST_ACCOUNT, LifeCycleState: 'available', RootDirectory: { Path: '/' }, Tags: [], ...extra };
}
