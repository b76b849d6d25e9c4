import type { CreateVolumePermission, FlowLog, Image, Instance, InstanceMetadataDefaultsResponse, LaunchTemplateVersion, NetworkAcl, NetworkInterface, Region, SecurityGroup, Snapshot, Volume, Subnet, Vpc } from '@aws-sdk/client-ec2';
import type { Aws } from '../aws/call.js';
import { invalidData } from '../aws/invalid-data.js';
import { memo } from './memo.js';

/** EC2's large page size: fewer round trips than the SDK default. */
const PAGE = 1000;
const tok = (NextToken: string | undefined) => (NextToken ? { NextToken } : {});
/** DescribeImages takes no MaxResults with ImageIds: keep each request's id list short. */
const IMAGE_CHUNK = 100;
/** An id in the list that the caller may no longer see (deregistered long ago, or unshared) fails the whole request. */
const IMAGE_GONE = ['InvalidAMIID.NotFound', 'InvalidAMIID.Unavailable'];

export function ec2Inventory(aws: Aws) {
  return {
    /** Regions enabled for the account (opt-in regions only when opted in). */
    regions: memo(async (): Promise<Region[]> => {
      const out = await aws.send('ec2', aws.globalRegion, 'DescribeRegions', { AllRegions: false });
      return out.Regions ?? [];
    }),

    securityGroups: memo((region: string): Promise<SecurityGroup[]> =>
      aws.paginate('ec2', region, 'DescribeSecurityGroups', (t) => ({ MaxResults: PAGE, ...tok(t) }), (o) => ({ items: o.SecurityGroups, next: o.NextToken }))),

    networkAcls: memo((region: string): Promise<NetworkAcl[]> =>
      aws.paginate('ec2', region, 'DescribeNetworkAcls', (t) => ({ MaxResults: PAGE, ...tok(t) }), (o) => ({ items: o.NetworkAcls, next: o.NextToken }))),

    vpcs: memo((region: string): Promise<Vpc[]> =>
      aws.paginate('ec2', region, 'DescribeVpcs', (t) => ({ MaxResults: PAGE, ...tok(t) }), (o) => ({ items: o.Vpcs, next: o.NextToken }))),

    /** The region's subnets (whether they give launched interfaces a public IPv4 address, MapPublicIpOnLaunch). */
    subnets: memo((region: string): Promise<Subnet[]> =>
      aws.paginate('ec2', region, 'DescribeSubnets', (t) => ({ MaxResults: PAGE, ...tok(t) }), (o) => ({ items: o.Subnets, next: o.NextToken }))),

    flowLogs: memo((region: string): Promise<FlowLog[]> =>
      aws.paginate('ec2', region, 'DescribeFlowLogs', (t) => ({ MaxResults: PAGE, ...tok(t) }), (o) => ({ items: o.FlowLogs, next: o.NextToken }))),

    /** Instances of every reservation, flattened; terminated instances are left out. */
    instances: memo(async (region: string): Promise<Instance[]> => {
      const reservations = await aws.paginate('ec2', region, 'DescribeInstances', (t) => ({ MaxResults: PAGE, ...tok(t) }), (o) => ({ items: o.Reservations, next: o.NextToken }));
      return reservations.flatMap((r) => r.Instances ?? []).filter((i) => i.State?.Name !== 'terminated');
    }),

    /** Every network interface of the region (instances, load balancers, Lambda, RDS, endpoints…), with its security groups. */
    networkInterfaces: memo((region: string): Promise<NetworkInterface[]> =>
      aws.paginate('ec2', region, 'DescribeNetworkInterfaces', (t) => ({ MaxResults: PAGE, ...tok(t) }), (o) => ({ items: o.NetworkInterfaces, next: o.NextToken }))),

    /**
     * The $Default and $Latest versions of every launch template of the region, in bulk (EC2 accepts
     * these two version names without a template id). A template whose default is its latest version
     * appears twice, once per name: same version number.
     */
    /**
     * The $Default and $Latest version of every launch template. AWS sends each version's UserData
     * with it (no API gives MetadataOptions without it): it is dropped here, so no check, evidence
     * or report can hold it, and the recorder redacts it by name before anything is stored.
     */
    launchTemplateVersions: memo(async (region: string): Promise<LaunchTemplateVersion[]> => {
      const versions = await aws.paginate('ec2', region, 'DescribeLaunchTemplateVersions', (t) => ({ Versions: ['$Default', '$Latest'], MaxResults: 200, ...tok(t) }), (o) => ({ items: o.LaunchTemplateVersions, next: o.NextToken }));
      return versions.map((v) => {
        if (!v.LaunchTemplateData?.UserData) return v;
        const { UserData: _dropped, ...data } = v.LaunchTemplateData;
        return { ...v, LaunchTemplateData: data };
      });
    }),

    volumes: memo((region: string): Promise<Volume[]> =>
      aws.paginate('ec2', region, 'DescribeVolumes', (t) => ({ MaxResults: PAGE, ...tok(t) }), (o) => ({ items: o.Volumes, next: o.NextToken }))),

    /** Whether new EBS volumes in the region are encrypted by default. */
    ebsEncryptionByDefault: memo(async (region: string): Promise<boolean> => {
      const out = await aws.send('ec2', region, 'GetEbsEncryptionByDefault', {});
      // AWS always answers the flag; an answer without it is unreadable, never "disabled".
      if (typeof out.EbsEncryptionByDefault !== 'boolean') {
        throw invalidData({ service: 'ec2', operation: 'GetEbsEncryptionByDefault', account: aws.account, region }, 'GetEbsEncryptionByDefault answered without EbsEncryptionByDefault', 'MissingEbsEncryptionByDefault');
      }
      return out.EbsEncryptionByDefault;
    }),

    /** Snapshots this account owns (public and shared snapshots of others are not ours to judge). */
    snapshots: memo((region: string): Promise<Snapshot[]> =>
      aws.paginate('ec2', region, 'DescribeSnapshots', (t) => ({ OwnerIds: ['self'], MaxResults: PAGE, ...tok(t) }), (o) => ({ items: o.Snapshots, next: o.NextToken }))),

    /**
     * Who may create volumes from the snapshot: `[{ Group: 'all' }]` means public, `[]` private.
     * null when the snapshot was deleted between the list and this call (it no longer exists).
     */
    snapshotCreateVolumePermissions: memo(async (region: string, snapshotId: string): Promise<CreateVolumePermission[] | null> => {
      const out = await aws.sendOptional('ec2', region, 'DescribeSnapshotAttribute', { SnapshotId: snapshotId, Attribute: 'createVolumePermission' }, ['InvalidSnapshot.NotFound']);
      // The call succeeded: an omitted list is EC2's way of saying "no permissions", not a missing answer.
      return out === null ? null : (out.CreateVolumePermissions ?? []);
    }),

    /**
     * The images with these ids that the account can still describe (its own, shared or public),
     * deprecated and disabled ones included. An image that is not returned was deregistered or is no
     * longer shared with the account. One DescribeImages call per 100 ids; memoized per id set.
     */
    images: memo(
      async (region: string, imageIds: readonly string[]): Promise<Image[]> => {
        const ids = [...new Set(imageIds)].sort();
        const describe = (ImageIds: string[]) =>
          aws.sendOptional('ec2', region, 'DescribeImages', { ImageIds, IncludeDeprecated: true, IncludeDisabled: true }, IMAGE_GONE);
        const chunks: string[][] = [];
        for (let i = 0; i < ids.length; i += IMAGE_CHUNK) chunks.push(ids.slice(i, i + IMAGE_CHUNK));
        const pages = await Promise.all(chunks.map(async (chunk) => {
          const out = await describe(chunk);
          if (out) return out.Images ?? [];
          // One id of the chunk cannot be seen any more and EC2 refused the whole request: ask per id,
          // so the others are still described and only the vanished image is left out.
          const single = await Promise.all(chunk.map((id) => (chunk.length > 1 ? describe([id]) : Promise.resolve(null))));
          return single.flatMap((o) => o?.Images ?? []);
        }));
        return pages.flat();
      },
      (region, imageIds) => `${region}|${[...new Set(imageIds)].sort().join(',')}`,
    ),

    /**
     * The account-level instance metadata defaults of the region (applied to instances launched
     * without their own metadata options). `{}` when nothing was set at account level.
     */
    instanceMetadataDefaults: memo(async (region: string): Promise<InstanceMetadataDefaultsResponse> => {
      const out = await aws.send('ec2', region, 'GetInstanceMetadataDefaults', {});
      return out.AccountLevel ?? {};
    }),
  };
}

export type Ec2Inventory = ReturnType<typeof ec2Inventory>;
