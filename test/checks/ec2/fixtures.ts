/**
 * Shared shapes for the EC2 check tests, as DescribeSecurityGroups / DescribeNetworkAcls /
 * DescribeInstances return them (EC2 API Reference response elements).
 */
import type { Instance, IpPermission, NetworkAcl, NetworkAclEntry, SecurityGroup } from '@aws-sdk/client-ec2';
import { TEST_ACCOUNT } from '../../harness/aws.js';

export const ACCOUNT = TEST_ACCOUNT;
export const REGION = 'us-east-1';
export const VPC = 'vpc-0a1b2c3d4e5f60718';

export const arn = (type: string, id: string): string => `arn:aws:ec2:${REGION}:${ACCOUNT}:${type}/${id}`;

/** One IpPermission with empty source lists, as EC2 returns them. */
export const perm = (p: IpPermission): IpPermission => ({ IpRanges: [], Ipv6Ranges: [], PrefixListIds: [], UserIdGroupPairs: [], ...p });
export const world4 = (IpProtocol: string, FromPort?: number, ToPort?: number): IpPermission =>
  perm({ IpProtocol, ...(FromPort !== undefined ? { FromPort, ToPort } : {}), IpRanges: [{ CidrIp: '0.0.0.0/0' }] });
export const world6 = (IpProtocol: string, FromPort?: number, ToPort?: number): IpPermission =>
  perm({ IpProtocol, ...(FromPort !== undefined ? { FromPort, ToPort } : {}), Ipv6Ranges: [{ CidrIpv6: '::/0' }] });
/** The egress rule every new group gets: all traffic to 0.0.0.0/0. */
export const ALLOW_ALL_OUT = world4('-1');

export function sg(GroupId: string, IpPermissions: IpPermission[] = [], over: Partial<SecurityGroup> = {}): SecurityGroup {
  return { GroupId, GroupName: `${GroupId}-name`, Description: 'test group', OwnerId: ACCOUNT, VpcId: VPC, IpPermissions, IpPermissionsEgress: [ALLOW_ALL_OUT], ...over };
}

export const naclEntry = (RuleNumber: number, RuleAction: 'allow' | 'deny', Protocol: string, cidr: string, PortRange?: { From: number; To: number }, Egress = false): NetworkAclEntry => ({
  RuleNumber, RuleAction, Protocol, Egress,
  ...(cidr.includes(':') ? { Ipv6CidrBlock: cidr } : { CidrBlock: cidr }),
  ...(PortRange ? { PortRange } : {}),
});
/** The '*' entries every NACL ends with. */
export const NACL_TAIL = [naclEntry(32767, 'deny', '-1', '0.0.0.0/0'), naclEntry(32767, 'deny', '-1', '0.0.0.0/0', undefined, true)];

export function nacl(NetworkAclId: string, Entries: NetworkAclEntry[], IsDefault = false): NetworkAcl {
  return { NetworkAclId, VpcId: VPC, IsDefault, OwnerId: ACCOUNT, Associations: [], Tags: [], Entries: [...Entries, ...NACL_TAIL] };
}

export function instance(InstanceId: string, over: Partial<Instance> = {}): Instance {
  return {
    InstanceId,
    InstanceType: 't3.micro',
    ImageId: 'ami-0abcdef1234567890',
    State: { Code: 16, Name: 'running' },
    VpcId: VPC,
    SubnetId: 'subnet-0123456789abcdef0',
    PrivateIpAddress: '10.0.1.10',
    SecurityGroups: [],
    MetadataOptions: { State: 'applied', HttpTokens: 'required', HttpPutResponseHopLimit: 2, HttpEndpoint: 'enabled', HttpProtocolIpv6: 'disabled', InstanceMetadataTags: 'disabled' },
    ...over,
  };
}
