import {
  DescribeFlowLogsCommand,
  DescribeInstancesCommand,
  DescribeNetworkAclsCommand,
  DescribeRegionsCommand,
  DescribeSecurityGroupsCommand,
  DescribeSnapshotAttributeCommand,
  DescribeSnapshotsCommand,
  DescribeVolumesCommand,
  DescribeVpcsCommand,
  GetEbsEncryptionByDefaultCommand,
  type CreateVolumePermission,
  type FlowLog,
  type Instance,
  type NetworkAcl,
  type Region,
  type SecurityGroup,
  type Snapshot,
  type Volume,
  type Vpc,
} from '@aws-sdk/client-ec2';
import type { Aws } from '../aws/call.js';
import { invalidData } from '../lib/invalid-data.js';
import { memo } from './memo.js';

/** EC2's large page size: fewer round trips than the SDK default. */
const PAGE = 1000;
const tok = (NextToken: string | undefined) => (NextToken ? { NextToken } : {});

export function ec2Inventory(aws: Aws) {
  return {
    /** Regions enabled for the account (opt-in regions only when opted in). */
    regions: memo(async (): Promise<Region[]> => {
      const out = await aws.send('ec2', aws.globalRegion, new DescribeRegionsCommand({ AllRegions: false }));
      return out.Regions ?? [];
    }),

    securityGroups: memo((region: string): Promise<SecurityGroup[]> =>
      aws.paginate('ec2', region, (t) => new DescribeSecurityGroupsCommand({ MaxResults: PAGE, ...tok(t) }), (o) => ({ items: o.SecurityGroups, next: o.NextToken }))),

    networkAcls: memo((region: string): Promise<NetworkAcl[]> =>
      aws.paginate('ec2', region, (t) => new DescribeNetworkAclsCommand({ MaxResults: PAGE, ...tok(t) }), (o) => ({ items: o.NetworkAcls, next: o.NextToken }))),

    vpcs: memo((region: string): Promise<Vpc[]> =>
      aws.paginate('ec2', region, (t) => new DescribeVpcsCommand({ MaxResults: PAGE, ...tok(t) }), (o) => ({ items: o.Vpcs, next: o.NextToken }))),

    flowLogs: memo((region: string): Promise<FlowLog[]> =>
      aws.paginate('ec2', region, (t) => new DescribeFlowLogsCommand({ MaxResults: PAGE, ...tok(t) }), (o) => ({ items: o.FlowLogs, next: o.NextToken }))),

    /** Instances of every reservation, flattened; terminated instances are left out. */
    instances: memo(async (region: string): Promise<Instance[]> => {
      const reservations = await aws.paginate('ec2', region, (t) => new DescribeInstancesCommand({ MaxResults: PAGE, ...tok(t) }), (o) => ({ items: o.Reservations, next: o.NextToken }));
      return reservations.flatMap((r) => r.Instances ?? []).filter((i) => i.State?.Name !== 'terminated');
    }),

    volumes: memo((region: string): Promise<Volume[]> =>
      aws.paginate('ec2', region, (t) => new DescribeVolumesCommand({ MaxResults: PAGE, ...tok(t) }), (o) => ({ items: o.Volumes, next: o.NextToken }))),

    /** Whether new EBS volumes in the region are encrypted by default. */
    ebsEncryptionByDefault: memo(async (region: string): Promise<boolean> => {
      const out = await aws.send('ec2', region, new GetEbsEncryptionByDefaultCommand({}));
      // AWS always answers the flag; an answer without it is unreadable, never "disabled".
      if (typeof out.EbsEncryptionByDefault !== 'boolean') {
        throw invalidData({ service: 'ec2', operation: 'GetEbsEncryptionByDefault', account: aws.account, region }, 'GetEbsEncryptionByDefault answered without EbsEncryptionByDefault', 'MissingEbsEncryptionByDefault');
      }
      return out.EbsEncryptionByDefault;
    }),

    /** Snapshots this account owns (public and shared snapshots of others are not ours to judge). */
    snapshots: memo((region: string): Promise<Snapshot[]> =>
      aws.paginate('ec2', region, (t) => new DescribeSnapshotsCommand({ OwnerIds: ['self'], MaxResults: PAGE, ...tok(t) }), (o) => ({ items: o.Snapshots, next: o.NextToken }))),

    /**
     * Who may create volumes from the snapshot: `[{ Group: 'all' }]` means public, `[]` private.
     * null when the snapshot was deleted between the list and this call (it no longer exists).
     */
    snapshotCreateVolumePermissions: memo(async (region: string, snapshotId: string): Promise<CreateVolumePermission[] | null> => {
      const out = await aws.sendOptional('ec2', region, new DescribeSnapshotAttributeCommand({ SnapshotId: snapshotId, Attribute: 'createVolumePermission' }), ['InvalidSnapshot.NotFound']);
      // The call succeeded: an omitted list is EC2's way of saying "no permissions", not a missing answer.
      return out === null ? null : (out.CreateVolumePermissions ?? []);
    }),
  };
}

export type Ec2Inventory = ReturnType<typeof ec2Inventory>;
