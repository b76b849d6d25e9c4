import {
  DescribeFlowLogsCommand,
  DescribeInstancesCommand,
  DescribeLaunchTemplateVersionsCommand,
  DescribeNetworkAclsCommand,
  DescribeNetworkInterfacesCommand,
  DescribeRegionsCommand,
  DescribeSecurityGroupsCommand,
  DescribeSnapshotAttributeCommand,
  DescribeSnapshotsCommand,
  DescribeSubnetsCommand,
  DescribeVolumesCommand,
  DescribeVpcsCommand,
  EC2Client,
  GetEbsEncryptionByDefaultCommand,
} from '@aws-sdk/client-ec2';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import { InventoryError } from '../../src/aws/errors.js';
import { awsError, createTestInventory } from '../harness/aws.js';

const ec2 = mockClient(EC2Client);
beforeEach(() => ec2.reset());
const R = 'us-east-1';

/** A paginated list getter: its command, the page's item key, an item builder and how to read the result. */
const LISTS = [
  { name: 'securityGroups', cmd: DescribeSecurityGroupsCommand, key: 'SecurityGroups', item: (n: number) => ({ GroupId: `sg-${n}` }), id: (x: { GroupId?: string }) => x.GroupId, iamAction: 'ec2:DescribeSecurityGroups' },
  { name: 'networkAcls', cmd: DescribeNetworkAclsCommand, key: 'NetworkAcls', item: (n: number) => ({ NetworkAclId: `acl-${n}` }), id: (x: { NetworkAclId?: string }) => x.NetworkAclId, iamAction: 'ec2:DescribeNetworkAcls' },
  { name: 'vpcs', cmd: DescribeVpcsCommand, key: 'Vpcs', item: (n: number) => ({ VpcId: `vpc-${n}` }), id: (x: { VpcId?: string }) => x.VpcId, iamAction: 'ec2:DescribeVpcs' },
  { name: 'subnets', cmd: DescribeSubnetsCommand, key: 'Subnets', item: (n: number) => ({ SubnetId: `subnet-${n}` }), id: (x: { SubnetId?: string }) => x.SubnetId, iamAction: 'ec2:DescribeSubnets' },
  { name: 'flowLogs', cmd: DescribeFlowLogsCommand, key: 'FlowLogs', item: (n: number) => ({ FlowLogId: `fl-${n}` }), id: (x: { FlowLogId?: string }) => x.FlowLogId, iamAction: 'ec2:DescribeFlowLogs' },
  { name: 'volumes', cmd: DescribeVolumesCommand, key: 'Volumes', item: (n: number) => ({ VolumeId: `vol-${n}` }), id: (x: { VolumeId?: string }) => x.VolumeId, iamAction: 'ec2:DescribeVolumes' },
  { name: 'networkInterfaces', cmd: DescribeNetworkInterfacesCommand, key: 'NetworkInterfaces', item: (n: number) => ({ NetworkInterfaceId: `eni-${n}` }), id: (x: { NetworkInterfaceId?: string }) => x.NetworkInterfaceId, iamAction: 'ec2:DescribeNetworkInterfaces' },
  { name: 'snapshots', cmd: DescribeSnapshotsCommand, key: 'Snapshots', item: (n: number) => ({ SnapshotId: `snap-${n}` }), id: (x: { SnapshotId?: string }) => x.SnapshotId, iamAction: 'ec2:DescribeSnapshots' },
] as const;

type ListName = (typeof LISTS)[number]['name'];
const callList = (inv: ReturnType<typeof createTestInventory>['inventory'], name: ListName, region = R) => (inv.ec2[name] as (r: string) => Promise<unknown[]>)(region);

describe('ec2 inventory: paginated lists', () => {
  for (const l of LISTS) {
    describe(l.name, () => {
      it('follows NextToken across pages with large pages', async () => {
        const mock = ec2.on(l.cmd as never);
        mock.callsFake((input: { NextToken?: string }) =>
          !input.NextToken ? { [l.key]: [l.item(1), l.item(2)], NextToken: 't1' } : input.NextToken === 't1' ? { [l.key]: [l.item(3)], NextToken: 't2' } : { [l.key]: [l.item(4)] },
        );
        const { inventory } = createTestInventory();
        const items = (await callList(inventory, l.name)) as never[];
        expect(items.map((x) => l.id(x))).toEqual([1, 2, 3, 4].map((n) => l.id(l.item(n) as never)));
        const calls = ec2.commandCalls(l.cmd as never);
        expect(calls).toHaveLength(3);
        expect(calls[0]!.args[0].input).toMatchObject({ MaxResults: 1000 });
        expect(calls[2]!.args[0].input).toMatchObject({ NextToken: 't2' });
      });

      it('denied -> InventoryError carrying the IAM action', async () => {
        ec2.on(l.cmd as never).rejects(awsError('UnauthorizedOperation'));
        const { inventory } = createTestInventory();
        const err = await callList(inventory, l.name).catch((e: unknown) => e);
        expect(err).toBeInstanceOf(InventoryError);
        expect(err).toMatchObject({ kind: 'denied', iamAction: l.iamAction, region: R });
      });

      it('called once per region under concurrent callers; another region is its own call', async () => {
        ec2.on(l.cmd as never).resolves({ [l.key]: [l.item(1)] } as never);
        const { inventory } = createTestInventory();
        await Promise.all([callList(inventory, l.name), callList(inventory, l.name), callList(inventory, l.name)]);
        expect(ec2.commandCalls(l.cmd as never)).toHaveLength(1);
        await callList(inventory, l.name, 'eu-west-1');
        expect(ec2.commandCalls(l.cmd as never)).toHaveLength(2);
      });
    });
  }

  it('snapshots asks for the account\'s own snapshots only', async () => {
    ec2.on(DescribeSnapshotsCommand).resolves({ Snapshots: [] });
    await createTestInventory().inventory.ec2.snapshots(R);
    expect(ec2.commandCalls(DescribeSnapshotsCommand)[0]!.args[0].input).toMatchObject({ OwnerIds: ['self'] });
  });
});

describe('ec2 inventory: launchTemplateVersions', () => {
  it('asks for $Default and $Latest of every template in bulk, follows NextToken, once per region', async () => {
    ec2.on(DescribeLaunchTemplateVersionsCommand).callsFake((input: { NextToken?: string }) =>
      input.NextToken ? { LaunchTemplateVersions: [{ LaunchTemplateId: 'lt-2', VersionNumber: 1 }] } : { LaunchTemplateVersions: [{ LaunchTemplateId: 'lt-1', VersionNumber: 4 }], NextToken: 't' });
    const { inventory } = createTestInventory();
    const [a] = await Promise.all([inventory.ec2.launchTemplateVersions(R), inventory.ec2.launchTemplateVersions(R)]);
    expect(a.map((v) => v.LaunchTemplateId)).toEqual(['lt-1', 'lt-2']);
    const calls = ec2.commandCalls(DescribeLaunchTemplateVersionsCommand);
    expect(calls).toHaveLength(2);
    expect(calls[0]!.args[0].input).toEqual({ Versions: ['$Default', '$Latest'], MaxResults: 200 });
  });

  it('denied -> InventoryError carrying the IAM action', async () => {
    ec2.on(DescribeLaunchTemplateVersionsCommand).rejects(awsError('UnauthorizedOperation'));
    const { inventory } = createTestInventory();
    await expect(inventory.ec2.launchTemplateVersions(R)).rejects.toMatchObject({ kind: 'denied', iamAction: 'ec2:DescribeLaunchTemplateVersions' });
  });
});

describe('ec2 inventory: instances', () => {
  it('flattens reservations across pages and leaves terminated instances out', async () => {
    ec2.on(DescribeInstancesCommand)
      .resolvesOnce({ Reservations: [{ Instances: [{ InstanceId: 'i-1', State: { Name: 'running' } }, { InstanceId: 'i-2', State: { Name: 'terminated' } }] }], NextToken: 't1' })
      .resolvesOnce({ Reservations: [{ Instances: [{ InstanceId: 'i-3', State: { Name: 'stopped' } }] }, { Instances: [] }, {}] });
    const { inventory } = createTestInventory();
    expect((await inventory.ec2.instances(R)).map((i) => i.InstanceId)).toEqual(['i-1', 'i-3']);
    expect(ec2.commandCalls(DescribeInstancesCommand)).toHaveLength(2);
  });

  it('denied -> InventoryError; called once under concurrent callers', async () => {
    ec2.on(DescribeInstancesCommand).rejects(awsError('UnauthorizedOperation'));
    const { inventory } = createTestInventory();
    const results = await Promise.allSettled([inventory.ec2.instances(R), inventory.ec2.instances(R)]);
    expect(results.map((r) => r.status)).toEqual(['rejected', 'rejected']);
    expect((results[0] as PromiseRejectedResult).reason).toMatchObject({ kind: 'denied', iamAction: 'ec2:DescribeInstances' });
    expect(ec2.commandCalls(DescribeInstancesCommand)).toHaveLength(1);
  });
});

describe('ec2 inventory: regions', () => {
  it('lists enabled regions once, from the partition\'s global region', async () => {
    ec2.on(DescribeRegionsCommand).resolves({ Regions: [{ RegionName: 'us-east-1', OptInStatus: 'opt-in-not-required' }, { RegionName: 'eu-west-1', OptInStatus: 'opt-in-not-required' }] });
    const { inventory } = createTestInventory();
    const [a] = await Promise.all([inventory.ec2.regions(), inventory.ec2.regions()]);
    expect(a.map((r) => r.RegionName)).toEqual(['us-east-1', 'eu-west-1']);
    expect(ec2.commandCalls(DescribeRegionsCommand)).toHaveLength(1);
    expect(ec2.commandCalls(DescribeRegionsCommand)[0]!.args[0].input).toEqual({ AllRegions: false });
  });

  it('denied -> InventoryError carrying the IAM action', async () => {
    ec2.on(DescribeRegionsCommand).rejects(awsError('UnauthorizedOperation'));
    await expect(createTestInventory().inventory.ec2.regions()).rejects.toMatchObject({ kind: 'denied', iamAction: 'ec2:DescribeRegions' });
  });
});

describe('ec2 inventory: ebsEncryptionByDefault', () => {
  it('returns the flag, once per region under concurrent callers', async () => {
    ec2.on(GetEbsEncryptionByDefaultCommand).resolves({ EbsEncryptionByDefault: true, SseType: 'sse-ebs' });
    const { inventory } = createTestInventory();
    expect(await Promise.all([inventory.ec2.ebsEncryptionByDefault(R), inventory.ec2.ebsEncryptionByDefault(R)])).toEqual([true, true]);
    expect(ec2.commandCalls(GetEbsEncryptionByDefaultCommand)).toHaveLength(1);
  });

  it('false is data', async () => {
    ec2.on(GetEbsEncryptionByDefaultCommand).resolves({ EbsEncryptionByDefault: false });
    expect(await createTestInventory().inventory.ec2.ebsEncryptionByDefault(R)).toBe(false);
  });

  it('an answer without the flag is invalid data, never false', async () => {
    ec2.on(GetEbsEncryptionByDefaultCommand).resolves({});
    await expect(createTestInventory().inventory.ec2.ebsEncryptionByDefault(R)).rejects.toMatchObject({ kind: 'invalid-data', iamAction: 'ec2:GetEbsEncryptionByDefault' });
  });

  it('denied -> InventoryError carrying the IAM action', async () => {
    ec2.on(GetEbsEncryptionByDefaultCommand).rejects(awsError('UnauthorizedOperation'));
    await expect(createTestInventory().inventory.ec2.ebsEncryptionByDefault(R)).rejects.toMatchObject({ kind: 'denied', iamAction: 'ec2:GetEbsEncryptionByDefault' });
  });
});

describe('ec2 inventory: snapshotCreateVolumePermissions', () => {
  it('returns the permissions; an omitted list is no permissions', async () => {
    ec2.on(DescribeSnapshotAttributeCommand, { SnapshotId: 'snap-pub' }).resolves({ SnapshotId: 'snap-pub', CreateVolumePermissions: [{ Group: 'all' }] });
    ec2.on(DescribeSnapshotAttributeCommand, { SnapshotId: 'snap-priv' }).resolves({ SnapshotId: 'snap-priv' });
    const { inventory } = createTestInventory();
    expect(await inventory.ec2.snapshotCreateVolumePermissions(R, 'snap-pub')).toEqual([{ Group: 'all' }]);
    expect(await inventory.ec2.snapshotCreateVolumePermissions(R, 'snap-priv')).toEqual([]);
    expect(ec2.commandCalls(DescribeSnapshotAttributeCommand)[0]!.args[0].input).toEqual({ SnapshotId: 'snap-pub', Attribute: 'createVolumePermission' });
  });

  it('InvalidSnapshot.NotFound (deleted since listed) -> null', async () => {
    ec2.on(DescribeSnapshotAttributeCommand).rejects(awsError('InvalidSnapshot.NotFound'));
    expect(await createTestInventory().inventory.ec2.snapshotCreateVolumePermissions(R, 'snap-gone')).toBeNull();
  });

  it('denied -> InventoryError carrying the IAM action', async () => {
    ec2.on(DescribeSnapshotAttributeCommand).rejects(awsError('UnauthorizedOperation'));
    await expect(createTestInventory().inventory.ec2.snapshotCreateVolumePermissions(R, 'snap-a')).rejects.toMatchObject({ kind: 'denied', iamAction: 'ec2:DescribeSnapshotAttribute' });
  });

  it('called once per snapshot under concurrent callers', async () => {
    ec2.on(DescribeSnapshotAttributeCommand).resolves({ CreateVolumePermissions: [] });
    const { inventory } = createTestInventory();
    await Promise.all([inventory.ec2.snapshotCreateVolumePermissions(R, 'snap-a'), inventory.ec2.snapshotCreateVolumePermissions(R, 'snap-a'), inventory.ec2.snapshotCreateVolumePermissions(R, 'snap-b')]);
    expect(ec2.commandCalls(DescribeSnapshotAttributeCommand)).toHaveLength(2);
  });
});
