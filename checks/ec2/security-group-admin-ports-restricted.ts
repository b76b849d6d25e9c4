import { defineCheck } from '../../src/check/define.js';
import { openSecurityGroupRules, openingsEvidence } from '../../src/lib/ip-permissions.js';

export default defineCheck({
  id: 'ec2.security-group-admin-ports-restricted',
  title: 'Security groups do not allow ingress from the internet to remote administration ports',
  description:
    'A security group with an inbound rule from 0.0.0.0/0 or ::/0 that covers SSH (22) or RDP (3389), over TCP, UDP or all protocols (a port range that includes the port counts), exposes every attached resource to brute-force and exploit attempts from the whole internet.',
  service: 'ec2',
  resourceType: 'AWS::EC2::SecurityGroup',
  severity: 'high',
  duty: 'network-access',
  serviceModel: 'IaaS',
  scope: 'regional',
  remediation: {
    text: 'Remove the inbound rule, or narrow its source to trusted ranges or a security group; prefer Session Manager or EC2 Instance Connect Endpoint over open administration ports.',
    cli: 'aws ec2 revoke-security-group-ingress --group-id <sg-id> --ip-permissions IpProtocol=tcp,FromPort=22,ToPort=22,IpRanges=[{CidrIp=0.0.0.0/0}]',
    url: 'https://docs.aws.amazon.com/vpc/latest/userguide/security-group-rules.html',
  },
  options: { adminPorts: [22, 3389] },
  async run({ scope, inventory, options, result }) {
    const groups = await inventory.ec2.securityGroups(scope.region);
    const adminPorts = [...options.adminPorts];
    return groups.map((g) => {
      const ref = { arn: `arn:${scope.partition}:ec2:${scope.region}:${scope.account}:security-group/${g.GroupId}`, id: g.GroupId! };
      const open = openSecurityGroupRules(g.IpPermissions, adminPorts);
      const evidence = { GroupName: g.GroupName ?? null, VpcId: g.VpcId ?? null, adminPorts, openToWorld: openingsEvidence(open) };
      return open.length
        ? result.fail(ref, `Security group ${g.GroupId} (${g.GroupName}) allows ingress from ${[...new Set(open.map((r) => r.CidrIp ?? r.CidrIpv6))].join(' and ')} to ${[...new Set(open.flatMap((r) => r.reaches))].join(', ')}`, evidence)
        : result.pass(ref, `Security group ${g.GroupId} (${g.GroupName}) allows no ingress from the internet to ports ${adminPorts.join(', ')}`, evidence);
    });
  },
});
