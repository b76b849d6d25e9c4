import {
  AuthorizeSecurityGroupIngressCommand,
  CreateFlowLogsCommand,
  CreateNetworkAclCommand,
  CreateNetworkAclEntryCommand,
  CreateSecurityGroupCommand,
  CreateSnapshotCommand,
  CreateVolumeCommand,
  CreateVpcCommand,
  EC2Client,
  EnableEbsEncryptionByDefaultCommand,
  ModifyInstanceMetadataOptionsCommand,
  ModifySnapshotAttributeCommand,
  RunInstancesCommand,
} from '@aws-sdk/client-ec2';
import { CreateBucketCommand, S3Client } from '@aws-sdk/client-s3';
import { beforeAll, describe, expect, it } from 'vitest';
import defaultSecurityGroupClosed from '../../../checks/ec2/default-security-group-closed.js';
import ebsDefaultEncryption from '../../../checks/ec2/ebs-default-encryption.js';
import imdsv2Required from '../../../checks/ec2/imdsv2-required.js';
import instanceNoPublicAdminPorts from '../../../checks/ec2/instance-no-public-admin-ports.js';
import naclAdminPortsRestricted from '../../../checks/ec2/nacl-admin-ports-restricted.js';
import securityGroupAdminPortsRestricted from '../../../checks/ec2/security-group-admin-ports-restricted.js';
import securityGroupAdminPortsRestrictedIpv6 from '../../../checks/ec2/security-group-admin-ports-restricted-ipv6.js';
import snapshotNotPublic from '../../../checks/ec2/snapshot-not-public.js';
import vpcFlowLogsEnabled from '../../../checks/ec2/vpc-flow-logs-enabled.js';
import { motoInventory, seedClient } from '../../harness/moto-account.js';
import { runCheck } from '../../harness/run-check.js';

const NET = '240000000001'; // VPCs, security groups, NACLs, flow logs
const DISKS = '240000000002'; // volumes, snapshots, EBS default encryption
const HOSTS = '240000000003'; // instances
const EMPTY = '240000000004'; // nothing seeded beyond moto's defaults
const R = 'us-east-1';

describe('ec2 inventory against moto: network', () => {
  let vpcId: string;
  let openSg: string;
  let webSg: string;
  let aclId: string;

  beforeAll(async () => {
    const ec2 = seedClient(EC2Client, NET);
    vpcId = (await ec2.send(new CreateVpcCommand({ CidrBlock: '10.20.0.0/16' }))).Vpc!.VpcId!;
    openSg = (await ec2.send(new CreateSecurityGroupCommand({ GroupName: 'open-admin', Description: 'ssh from anywhere', VpcId: vpcId }))).GroupId!;
    await ec2.send(new AuthorizeSecurityGroupIngressCommand({
      GroupId: openSg,
      IpPermissions: [
        { IpProtocol: 'tcp', FromPort: 22, ToPort: 22, IpRanges: [{ CidrIp: '0.0.0.0/0' }] },
        { IpProtocol: 'tcp', FromPort: 3000, ToPort: 4000, Ipv6Ranges: [{ CidrIpv6: '::/0' }] },
      ],
    }));
    webSg = (await ec2.send(new CreateSecurityGroupCommand({ GroupName: 'web', Description: 'https', VpcId: vpcId }))).GroupId!;
    await ec2.send(new AuthorizeSecurityGroupIngressCommand({
      GroupId: webSg,
      IpPermissions: [
        { IpProtocol: 'tcp', FromPort: 443, ToPort: 443, IpRanges: [{ CidrIp: '0.0.0.0/0' }] },
        { IpProtocol: '-1', UserIdGroupPairs: [{ GroupId: openSg }] },
      ],
    }));
    aclId = (await ec2.send(new CreateNetworkAclCommand({ VpcId: vpcId }))).NetworkAcl!.NetworkAclId!;
    await ec2.send(new CreateNetworkAclEntryCommand({ NetworkAclId: aclId, RuleNumber: 10, Protocol: '6', RuleAction: 'deny', Egress: false, CidrBlock: '0.0.0.0/0', PortRange: { From: 22, To: 22 } }));
    await ec2.send(new CreateNetworkAclEntryCommand({ NetworkAclId: aclId, RuleNumber: 100, Protocol: '6', RuleAction: 'allow', Egress: false, CidrBlock: '0.0.0.0/0', PortRange: { From: 0, To: 1024 } }));

    const s3 = seedClient(S3Client, NET);
    await s3.send(new CreateBucketCommand({ Bucket: 'ec2-int-flow-logs' }));
    await ec2.send(new CreateFlowLogsCommand({ ResourceType: 'VPC', ResourceIds: [vpcId], TrafficType: 'REJECT', LogDestinationType: 's3', LogDestination: 'arn:aws:s3:::ec2-int-flow-logs' }));
  });

  it('securityGroups: every group with its rules in AWS field names, including the default groups', async () => {
    const { inventory, stats } = motoInventory(NET);
    const groups = await inventory.ec2.securityGroups(R);
    const open = groups.find((g) => g.GroupId === openSg)!;
    expect(open).toMatchObject({ GroupName: 'open-admin', VpcId: vpcId });
    expect(open.IpPermissions).toEqual(expect.arrayContaining([
      expect.objectContaining({ IpProtocol: 'tcp', FromPort: 22, ToPort: 22, IpRanges: [expect.objectContaining({ CidrIp: '0.0.0.0/0' })] }),
      expect.objectContaining({ IpProtocol: 'tcp', FromPort: 3000, ToPort: 4000, Ipv6Ranges: [expect.objectContaining({ CidrIpv6: '::/0' })] }),
    ]));
    const web = groups.find((g) => g.GroupId === webSg)!;
    expect(web.IpPermissions).toEqual(expect.arrayContaining([expect.objectContaining({ IpProtocol: '-1', UserIdGroupPairs: [expect.objectContaining({ GroupId: openSg })] })]));
    // One default group per VPC: moto's default VPC and ours.
    expect(groups.filter((g) => g.GroupName === 'default').map((g) => g.VpcId)).toContain(vpcId);
    await inventory.ec2.securityGroups(R);
    expect(stats.byOperation.get('ec2:DescribeSecurityGroups')).toBe(1);
  });

  it('networkAcls: entries with rule numbers, protocols as numbers and port ranges', async () => {
    const { inventory } = motoInventory(NET);
    const acl = (await inventory.ec2.networkAcls(R)).find((a) => a.NetworkAclId === aclId)!;
    expect(acl).toMatchObject({ VpcId: vpcId, IsDefault: false });
    expect(acl.Entries).toEqual(expect.arrayContaining([
      expect.objectContaining({ RuleNumber: 10, Protocol: '6', RuleAction: 'deny', Egress: false, CidrBlock: '0.0.0.0/0', PortRange: { From: 22, To: 22 } }),
      expect.objectContaining({ RuleNumber: 100, Protocol: '6', RuleAction: 'allow', PortRange: { From: 0, To: 1024 } }),
    ]));
  });

  it('vpcs and flowLogs: the flow log names its VPC, traffic type and status', async () => {
    const { inventory } = motoInventory(NET);
    const vpcs = await inventory.ec2.vpcs(R);
    expect(vpcs.map((v) => v.VpcId)).toContain(vpcId);
    expect(vpcs.filter((v) => v.IsDefault)).toHaveLength(1); // moto, like AWS, has a default VPC per region
    const logs = await inventory.ec2.flowLogs(R);
    expect(logs).toEqual([expect.objectContaining({ ResourceId: vpcId, TrafficType: 'REJECT', FlowLogStatus: 'ACTIVE', DeliverLogsStatus: 'SUCCESS', LogDestinationType: 's3' })]);
  });

  it('the network checks judge the seeded state', async () => {
    const { inventory } = motoInventory(NET);
    const sg = await runCheck(securityGroupAdminPortsRestricted, { account: NET, inventory });
    // One verdict per family (CIS 5.2 IPv4, 5.3 IPv6): each lists only its own world's rule.
    expect(sg.find((f) => f.resource.id === openSg)).toMatchObject({ status: 'FAIL', evidence: { openToWorld: [{ CidrIp: '0.0.0.0/0', reaches: ['22/tcp'] }] } });
    expect(sg.find((f) => f.resource.id === webSg)).toMatchObject({ status: 'PASS' });
    const sg6 = await runCheck(securityGroupAdminPortsRestrictedIpv6, { account: NET, inventory });
    expect(sg6.find((f) => f.resource.id === openSg)).toMatchObject({ status: 'FAIL', evidence: { openToWorld: [{ CidrIpv6: '::/0', reaches: ['3389/tcp'] }] } });
    expect(sg6.find((f) => f.resource.id === webSg)).toMatchObject({ status: 'PASS' });

    const acls = await runCheck(naclAdminPortsRestricted, { account: NET, inventory });
    // Our NACL denies 22 first and allows 0-1024 (not 3389): closed. Default NACLs allow everything: open.
    expect(acls.find((f) => f.resource.id === aclId)).toMatchObject({ status: 'PASS' });
    expect(acls.filter((f) => f.status === 'FAIL').length).toBeGreaterThan(0);

    // moto's default groups keep the allow-all egress rule (and, unlike AWS, lack the inbound self-reference): FAIL either way.
    const defaults = await runCheck(defaultSecurityGroupClosed, { account: NET, inventory });
    expect(defaults.length).toBe(2);
    expect(defaults.every((f) => f.status === 'FAIL')).toBe(true);
    // In AWS an untouched default group has 1 inbound (self-reference) and 1 outbound permission; moto has only the outbound one.
    expect(defaults.map((f) => f.evidence)).toEqual([expect.objectContaining({ IpPermissions: 0, IpPermissionsEgress: 1 }), expect.objectContaining({ IpPermissions: 0, IpPermissionsEgress: 1 })]);

    const flow = await runCheck(vpcFlowLogsEnabled, { account: NET, inventory });
    expect(flow.find((f) => f.resource.id === vpcId)).toMatchObject({ status: 'PASS' });
    expect(flow.filter((f) => f.resource.id !== vpcId).map((f) => f.status)).toEqual(['FAIL']);
  });

  it('a flow log whose CloudWatch Logs group does not exist reports FAILED delivery and does not count', async () => {
    const ec2 = seedClient(EC2Client, NET, 'eu-west-1');
    const vpc = (await ec2.send(new CreateVpcCommand({ CidrBlock: '10.30.0.0/16' }))).Vpc!.VpcId!;
    await ec2.send(new CreateFlowLogsCommand({
      ResourceType: 'VPC', ResourceIds: [vpc], TrafficType: 'ALL', LogDestinationType: 'cloud-watch-logs', LogGroupName: 'no-such-group',
      DeliverLogsPermissionArn: `arn:aws:iam::${NET}:role/flow-logs`,
    }));
    const { inventory } = motoInventory(NET);
    expect(await inventory.ec2.flowLogs('eu-west-1')).toEqual([expect.objectContaining({ ResourceId: vpc, DeliverLogsStatus: 'FAILED' })]);
    const flow = await runCheck(vpcFlowLogsEnabled, { account: NET, region: 'eu-west-1', inventory });
    expect(flow.find((f) => f.resource.id === vpc)).toMatchObject({ status: 'FAIL', evidence: { FlowLogs: [{ DeliverLogsStatus: 'FAILED' }] } });
  });
});

describe('ec2 inventory against moto: disks', () => {
  let plainVol: string;
  let encVol: string;
  let publicSnap: string;
  let sharedSnap: string;

  beforeAll(async () => {
    const ec2 = seedClient(EC2Client, DISKS);
    plainVol = (await ec2.send(new CreateVolumeCommand({ AvailabilityZone: 'us-east-1a', Size: 8 }))).VolumeId!;
    encVol = (await ec2.send(new CreateVolumeCommand({ AvailabilityZone: 'us-east-1a', Size: 8, Encrypted: true }))).VolumeId!;
    publicSnap = (await ec2.send(new CreateSnapshotCommand({ VolumeId: plainVol, Description: 'public' }))).SnapshotId!;
    sharedSnap = (await ec2.send(new CreateSnapshotCommand({ VolumeId: encVol, Description: 'shared' }))).SnapshotId!;
    await ec2.send(new ModifySnapshotAttributeCommand({ SnapshotId: publicSnap, Attribute: 'createVolumePermission', OperationType: 'add', GroupNames: ['all'] }));
    await ec2.send(new ModifySnapshotAttributeCommand({ SnapshotId: sharedSnap, Attribute: 'createVolumePermission', OperationType: 'add', UserIds: ['444455556666'] }));
    await seedClient(EC2Client, DISKS, 'eu-west-1').send(new EnableEbsEncryptionByDefaultCommand({}));
  });

  it('volumes: encryption flag per volume', async () => {
    const { inventory } = motoInventory(DISKS);
    const vols = await inventory.ec2.volumes(R);
    expect(vols.find((v) => v.VolumeId === plainVol)).toMatchObject({ Encrypted: false });
    expect(vols.find((v) => v.VolumeId === encVol)).toMatchObject({ Encrypted: true });
  });

  it('snapshots and their create-volume permissions', async () => {
    const { inventory } = motoInventory(DISKS);
    // Default AMIs are disabled (test/harness/moto.ts), so only this account's snapshots exist: moto ignores OwnerIds=self.
    const snaps = await inventory.ec2.snapshots(R);
    expect(snaps.map((s) => s.SnapshotId).sort()).toEqual([publicSnap, sharedSnap].sort());
    expect(await inventory.ec2.snapshotCreateVolumePermissions(R, publicSnap)).toEqual([{ Group: 'all' }]);
    expect(await inventory.ec2.snapshotCreateVolumePermissions(R, sharedSnap)).toEqual([{ UserId: '444455556666' }]);
    const findings = await runCheck(snapshotNotPublic, { account: DISKS, inventory });
    expect(findings.find((f) => f.resource.id === publicSnap)).toMatchObject({ status: 'FAIL' });
    expect(findings.find((f) => f.resource.id === sharedSnap)).toMatchObject({ status: 'PASS', evidence: { sharedWithAccounts: ['444455556666'] } });
  });

  it('snapshotCreateVolumePermissions of a snapshot that does not exist is null', async () => {
    const { inventory } = motoInventory(DISKS);
    expect(await inventory.ec2.snapshotCreateVolumePermissions(R, 'snap-0123456789abcdef0')).toBeNull();
  });

  it('ebsEncryptionByDefault: per region', async () => {
    const { inventory } = motoInventory(DISKS);
    expect(await inventory.ec2.ebsEncryptionByDefault(R)).toBe(false);
    expect(await inventory.ec2.ebsEncryptionByDefault('eu-west-1')).toBe(true);
    const findings = await runCheck(ebsDefaultEncryption, { account: DISKS, regions: [R, 'eu-west-1'], inventory });
    expect(findings.map((f) => [f.region, f.status]).sort()).toEqual([['eu-west-1', 'PASS'], [R, 'FAIL']]);
  });
});

describe('ec2 inventory against moto: instances', () => {
  let v1: string;
  let v2: string;
  let openSg: string;

  beforeAll(async () => {
    const ec2 = seedClient(EC2Client, HOSTS);
    openSg = (await ec2.send(new CreateSecurityGroupCommand({ GroupName: 'rdp-open', Description: 'rdp from anywhere' }))).GroupId!;
    await ec2.send(new AuthorizeSecurityGroupIngressCommand({ GroupId: openSg, IpPermissions: [{ IpProtocol: 'tcp', FromPort: 3389, ToPort: 3389, IpRanges: [{ CidrIp: '0.0.0.0/0' }] }] }));
    // Any image id works: moto does not validate AMIs by default.
    const run = await ec2.send(new RunInstancesCommand({ ImageId: 'ami-12c6146b', MinCount: 2, MaxCount: 2, InstanceType: 't3.micro', SecurityGroupIds: [openSg] }));
    [v1, v2] = run.Instances!.map((i) => i.InstanceId!) as [string, string];
    await ec2.send(new ModifyInstanceMetadataOptionsCommand({ InstanceId: v2, HttpTokens: 'required', HttpEndpoint: 'enabled' }));
  });

  it('instances: metadata options, groups and public addresses', async () => {
    const { inventory } = motoInventory(HOSTS);
    const list = await inventory.ec2.instances(R);
    expect(list.map((i) => i.InstanceId).sort()).toEqual([v1, v2].sort());
    const one = list.find((i) => i.InstanceId === v1)!;
    expect(one.MetadataOptions).toMatchObject({ HttpTokens: 'optional', HttpEndpoint: 'enabled' });
    expect(one.SecurityGroups?.map((g) => g.GroupId)).toEqual([openSg]);
    expect(list.find((i) => i.InstanceId === v2)!.MetadataOptions).toMatchObject({ HttpTokens: 'required' });

    const imds = await runCheck(imdsv2Required, { account: HOSTS, inventory });
    expect(imds.map((f) => [f.resource.id, f.status]).sort()).toEqual([[v1, 'FAIL'], [v2, 'PASS']].sort());

    // moto gives instances in the default subnet a public IPv4, as AWS does (MapPublicIpOnLaunch).
    const exposed = await runCheck(instanceNoPublicAdminPorts, { account: HOSTS, inventory });
    expect(one.PublicIpAddress).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
    expect(exposed).toMatchObject([
      { status: 'FAIL', evidence: { SecurityGroups: [openSg], openToWorld: [{ GroupId: openSg, reaches: ['3389/tcp'] }] } },
      { status: 'FAIL', evidence: { SecurityGroups: [openSg] } },
    ]);
  });
});

describe('ec2 inventory against moto: empty account', () => {
  it('only moto\'s default VPC, its default group and NACL; no instances, volumes or snapshots', async () => {
    const { inventory } = motoInventory(EMPTY);
    expect(await inventory.ec2.instances(R)).toEqual([]);
    expect(await inventory.ec2.volumes(R)).toEqual([]);
    expect(await inventory.ec2.snapshots(R)).toEqual([]);
    expect(await inventory.ec2.flowLogs(R)).toEqual([]);
    expect((await inventory.ec2.vpcs(R)).map((v) => v.IsDefault)).toEqual([true]);
    expect((await inventory.ec2.networkAcls(R)).map((a) => a.IsDefault)).toEqual([true]);
    expect((await inventory.ec2.regions()).map((r) => r.RegionName)).toContain('eu-west-1');
  });
});
