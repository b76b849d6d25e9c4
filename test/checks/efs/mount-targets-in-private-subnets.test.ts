import { DescribeSubnetsCommand, EC2Client } from '@aws-sdk/client-ec2';
import { DescribeFileSystemsCommand, DescribeMountTargetsCommand, EFSClient } from '@aws-sdk/client-efs';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import check from '../../../checks/efs/mount-targets-in-private-subnets.js';
import { awsError, TEST_ACCOUNT } from '../../harness/aws.js';
import { runCheck } from '../../harness/run-check.js';
import { fileSystem, fsArn } from './fixtures.js';

const efs = mockClient(EFSClient);
const ec2 = mockClient(EC2Client);
beforeEach(() => {
  efs.reset();
  ec2.reset();
});
const subnet = (SubnetId: string, MapPublicIpOnLaunch: boolean) => ({ SubnetId, VpcId: 'vpc-1', AvailabilityZone: 'eu-west-1a', CidrBlock: '10.0.0.0/24', MapPublicIpOnLaunch, State: 'available' as const, OwnerId: TEST_ACCOUNT });
const target = (id: string, fs: string, SubnetId: string) => ({ MountTargetId: id, FileSystemId: fs, SubnetId, LifeCycleState: 'available' as const, IpAddress: '10.0.0.10', OwnerId: TEST_ACCOUNT, NetworkInterfaceId: `eni-${id}` });

describe('efs.mount-targets-in-private-subnets', () => {
  it('FAIL when any mount target sits in a subnet that maps public IPs (FSBP EFS.6); PASS in private subnets or without mount targets', async () => {
    efs.on(DescribeFileSystemsCommand).resolves({ FileSystems: [fileSystem('fs-private'), fileSystem('fs-mixed'), fileSystem('fs-unmounted')] });
    ec2.on(DescribeSubnetsCommand).resolves({ Subnets: [subnet('subnet-private', false), subnet('subnet-public', true)] });
    efs.on(DescribeMountTargetsCommand, { FileSystemId: 'fs-private' }).resolves({ MountTargets: [target('fsmt-1', 'fs-private', 'subnet-private')] });
    efs.on(DescribeMountTargetsCommand, { FileSystemId: 'fs-mixed' }).resolves({ MountTargets: [target('fsmt-2', 'fs-mixed', 'subnet-private'), target('fsmt-3', 'fs-mixed', 'subnet-public')] });
    efs.on(DescribeMountTargetsCommand, { FileSystemId: 'fs-unmounted' }).resolves({ MountTargets: [] });
    expect(await runCheck(check, { region: 'eu-west-1' })).toMatchObject([
      { status: 'FAIL', resource: { id: 'fs-mixed', arn: fsArn('fs-mixed') }, evidence: { mountTargets: [{ MountTargetId: 'fsmt-2', MapPublicIpOnLaunch: false }, { MountTargetId: 'fsmt-3', SubnetId: 'subnet-public', MapPublicIpOnLaunch: true }] }, srm: { duty: 'app-configuration', serviceModel: 'PaaS' } },
      { status: 'PASS', resource: { id: 'fs-private' }, evidence: { mountTargets: [{ SubnetId: 'subnet-private', MapPublicIpOnLaunch: false }] } },
      { status: 'PASS', resource: { id: 'fs-unmounted' }, evidence: { mountTargets: [] } },
    ]);
    expect(ec2.commandCalls(DescribeSubnetsCommand)).toHaveLength(1);
  });

  it('no file system, no subnet read', async () => {
    efs.on(DescribeFileSystemsCommand).resolves({ FileSystems: [] });
    expect(await runCheck(check, { region: 'eu-west-1' })).toEqual([]);
    expect(ec2.commandCalls(DescribeSubnetsCommand)).toHaveLength(0);
  });

  it('ERROR (never PASS) for a mount target whose subnet is not listed, or whose mount targets are denied', async () => {
    efs.on(DescribeFileSystemsCommand).resolves({ FileSystems: [fileSystem('fs-1'), fileSystem('fs-2')] });
    ec2.on(DescribeSubnetsCommand).resolves({ Subnets: [] });
    efs.on(DescribeMountTargetsCommand, { FileSystemId: 'fs-1' }).resolves({ MountTargets: [target('fsmt-1', 'fs-1', 'subnet-gone')] });
    efs.on(DescribeMountTargetsCommand, { FileSystemId: 'fs-2' }).rejects(awsError('AccessDeniedException'));
    expect(await runCheck(check, { region: 'eu-west-1' })).toMatchObject([
      { status: 'ERROR', resource: { id: 'fs-1' }, message: expect.stringContaining('subnet-gone') },
      { status: 'ERROR', resource: { id: 'fs-2' }, message: expect.stringContaining('elasticfilesystem:DescribeMountTargets') },
    ]);
  });

  it('ERROR naming the permission when the subnets are denied', async () => {
    efs.on(DescribeFileSystemsCommand).resolves({ FileSystems: [fileSystem('fs-1')] });
    ec2.on(DescribeSubnetsCommand).rejects(awsError('UnauthorizedOperation'));
    expect(await runCheck(check, { region: 'eu-west-1' })).toMatchObject([{ status: 'ERROR', message: expect.stringContaining('ec2:DescribeSubnets') }]);
  });
});
