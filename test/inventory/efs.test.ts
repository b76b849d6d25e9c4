import { DescribeAccessPointsCommand, DescribeBackupPolicyCommand, DescribeMountTargetsCommand, EFSClient } from '@aws-sdk/client-efs';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import { awsError, createTestInventory } from '../harness/aws.js';
import { accessPoint } from '../checks/efs/fixtures.js';

const efs = mockClient(EFSClient);
beforeEach(() => efs.reset());

describe('efs inventory', () => {
  it('accessPoints(region, fs) asks by FileSystemId, follows NextToken, once per file system', async () => {
    efs.on(DescribeAccessPointsCommand, { FileSystemId: 'fs-1', MaxResults: 100 }).resolves({ AccessPoints: [accessPoint('fsap-1', 'fs-1')], NextToken: 'n' });
    efs.on(DescribeAccessPointsCommand, { FileSystemId: 'fs-1', MaxResults: 100, NextToken: 'n' }).resolves({ AccessPoints: [accessPoint('fsap-2', 'fs-1')] });
    const { inventory } = createTestInventory();
    const [x, y] = await Promise.all([inventory.efs.accessPoints('eu-west-1', 'fs-1'), inventory.efs.accessPoints('eu-west-1', 'fs-1')]);
    expect(x).toBe(y);
    expect(x.map((a) => a.AccessPointId)).toEqual(['fsap-1', 'fsap-2']);
    expect(efs.commandCalls(DescribeAccessPointsCommand)).toHaveLength(2);
  });

  it('backupPolicy: the policy; PolicyNotFound → null (never configured); denied → InventoryError naming the action, asked once', async () => {
    efs.on(DescribeBackupPolicyCommand, { FileSystemId: 'fs-on' }).resolves({ BackupPolicy: { Status: 'ENABLED' } });
    efs.on(DescribeBackupPolicyCommand, { FileSystemId: 'fs-never' }).rejects(awsError('PolicyNotFound', { status: 404 }));
    efs.on(DescribeBackupPolicyCommand, { FileSystemId: 'fs-denied' }).rejects(awsError('AccessDeniedException'));
    const { inventory } = createTestInventory();
    expect(await inventory.efs.backupPolicy('eu-west-1', 'fs-on')).toEqual({ Status: 'ENABLED' });
    expect(await inventory.efs.backupPolicy('eu-west-1', 'fs-never')).toBeNull();
    await expect(inventory.efs.backupPolicy('eu-west-1', 'fs-denied')).rejects.toMatchObject({ kind: 'denied', iamAction: 'elasticfilesystem:DescribeBackupPolicy' });
    await inventory.efs.backupPolicy('eu-west-1', 'fs-denied').catch(() => undefined);
    expect(efs.commandCalls(DescribeBackupPolicyCommand)).toHaveLength(3);
  });
  it('mountTargets(region, fs) asks by FileSystemId and follows NextMarker, once per file system', async () => {
    efs.on(DescribeMountTargetsCommand, { FileSystemId: 'fs-1', MaxItems: 100 }).resolves({ MountTargets: [{ MountTargetId: 'fsmt-1', FileSystemId: 'fs-1', SubnetId: 's-1', LifeCycleState: 'available' }], NextMarker: 'm' });
    efs.on(DescribeMountTargetsCommand, { FileSystemId: 'fs-1', MaxItems: 100, Marker: 'm' }).resolves({ MountTargets: [{ MountTargetId: 'fsmt-2', FileSystemId: 'fs-1', SubnetId: 's-2', LifeCycleState: 'available' }] });
    const { inventory } = createTestInventory();
    const [x, y] = await Promise.all([inventory.efs.mountTargets('eu-west-1', 'fs-1'), inventory.efs.mountTargets('eu-west-1', 'fs-1')]);
    expect(x).toBe(y);
    expect(x.map((t) => t.SubnetId)).toEqual(['s-1', 's-2']);
    expect(efs.commandCalls(DescribeMountTargetsCommand)).toHaveLength(2);
  });
});
