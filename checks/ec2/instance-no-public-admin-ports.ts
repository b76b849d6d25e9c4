import type { Instance } from '@aws-sdk/client-ec2';
import { defineCheck } from '../../src/check/define.js';
import { instanceRef } from '../../src/check/kit/ec2-refs.js';
import { invalidData } from '../../src/aws/invalid-data.js';
import { openSecurityGroupRules, openingsEvidence } from '../../src/lib/ip-permissions.js';

/** Every internet-facing address of the instance: public IPv4 (incl. Elastic IPs) of any interface, and IPv6 addresses. */
function publicAddresses(i: Instance): { ipv4: string[]; ipv6: string[] } {
  const ipv4 = new Set<string>();
  const ipv6 = new Set<string>();
  if (i.PublicIpAddress) ipv4.add(i.PublicIpAddress);
  if (i.Ipv6Address) ipv6.add(i.Ipv6Address);
  for (const eni of i.NetworkInterfaces ?? []) {
    if (eni.Association?.PublicIp) ipv4.add(eni.Association.PublicIp);
    for (const a of eni.Ipv6Addresses ?? []) if (a.Ipv6Address) ipv6.add(a.Ipv6Address);
  }
  return { ipv4: [...ipv4].sort(), ipv6: [...ipv6].sort() };
}

export default defineCheck({
  id: 'ec2.instance-no-public-admin-ports',
  title: 'Instances with a public address do not expose remote administration ports to the internet',
  description:
    'An instance that has a public IPv4 or an IPv6 address and a security group allowing 0.0.0.0/0 or ::/0 to SSH (22) or RDP (3389) can be reached from the whole internet on its administration ports, the most common entry point for brute-force and exploit attacks on hosts.',
  service: 'ec2',
  resourceType: 'AWS::EC2::Instance',
  severity: 'high',
  duty: 'os-hardening',
  serviceModel: 'IaaS',
  scope: 'regional',
  remediation: {
    text: 'Remove the internet-wide administration rule from the attached security groups (or detach the group), or remove the public address; administer through Session Manager or EC2 Instance Connect Endpoint.',
    cli: 'aws ec2 modify-instance-attribute --instance-id <instance-id> --groups <sg-id-without-open-admin-ports>',
    url: 'https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/ec2-security-groups.html',
  },
  options: { adminPorts: [22, 3389] },
  async run({ scope, inventory, options, result }) {
    const [instances, groups] = await Promise.all([inventory.ec2.instances(scope.region), inventory.ec2.securityGroups(scope.region)]);
    const byId = new Map(groups.map((g) => [g.GroupId, g]));
    const adminPorts = [...options.adminPorts];
    const ref = (i: Instance) => instanceRef(scope, i.InstanceId!);
    return result.forEach(instances, ref, (i) => {
      const { ipv4, ipv6 } = publicAddresses(i);
      const groupIds = [...new Set([...(i.SecurityGroups ?? []), ...(i.NetworkInterfaces ?? []).flatMap((n) => n.Groups ?? [])].flatMap((g) => (g.GroupId ? [g.GroupId] : [])))].sort();
      const evidence = { PublicIpAddress: ipv4, Ipv6Address: ipv6, SecurityGroups: groupIds };
      if (!ipv4.length && !ipv6.length) return result.pass(ref(i), `Instance ${i.InstanceId} has no public address`, evidence);
      const missing = groupIds.filter((id) => !byId.has(id));
      if (missing.length) {
        // An attached group absent from DescribeSecurityGroups: the instance cannot be judged.
        throw invalidData(
          { service: 'ec2', operation: 'DescribeSecurityGroups', account: scope.account, region: scope.region },
          `security group(s) ${missing.join(', ')} of instance ${i.InstanceId} not in DescribeSecurityGroups`,
          'SecurityGroupNotListed',
        );
      }
      // A world rule matters only for an address family the instance is reachable on.
      const open = groupIds.flatMap((id) =>
        openSecurityGroupRules(byId.get(id)!.IpPermissions, adminPorts)
          .filter((r) => (r.CidrIp ? ipv4.length > 0 : ipv6.length > 0))
          .map((r) => ({ GroupId: id, ...r })),
      );
      const withOpen = { ...evidence, openToWorld: openingsEvidence(open) };
      return open.length
        ? result.fail(ref(i), `Instance ${i.InstanceId} (${[...ipv4, ...ipv6].join(', ')}) is reachable from the internet on ${[...new Set(open.flatMap((r) => r.reaches))].join(', ')} through ${[...new Set(open.map((r) => r.GroupId))].join(', ')}`, withOpen)
        : result.pass(ref(i), `Instance ${i.InstanceId} has a public address but no security group opens ports ${adminPorts.join(', ')} to the internet`, withOpen);
    });
  },
});
