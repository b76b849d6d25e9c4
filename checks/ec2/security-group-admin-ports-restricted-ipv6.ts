import { defineCheck } from '../../src/check/define.js';
import { judgeWorldIngress } from '../../src/check/kit/security-group-exposure.js';

export default defineCheck({
  id: 'ec2.security-group-admin-ports-restricted-ipv6',
  title: 'Security groups do not allow ingress from ::/0 to remote administration ports',
  description:
    'A security group with an inbound rule from ::/0 that covers SSH (22) or RDP (3389), over TCP, UDP or all protocols (a port range that includes the port counts), exposes every attached resource with an IPv6 address to brute-force and exploit attempts from the whole IPv6 internet. ' +
    'IPv6 only (CIS 5.3): rules from 0.0.0.0/0 are judged by ec2.security-group-admin-ports-restricted (CIS 5.2), so each control gets its own verdict.',
  service: 'ec2',
  resourceType: 'AWS::EC2::SecurityGroup',
  severity: 'high',
  duty: 'network-access',
  serviceModel: 'IaaS',
  scope: 'regional',
  remediation: {
    text: 'Remove the inbound rule, or narrow its source to trusted ranges or a security group; prefer Session Manager or EC2 Instance Connect Endpoint over open administration ports.',
    cli: 'aws ec2 revoke-security-group-ingress --group-id <sg-id> --ip-permissions IpProtocol=tcp,FromPort=22,ToPort=22,Ipv6Ranges=[{CidrIpv6=::/0}]',
    url: 'https://docs.aws.amazon.com/vpc/latest/userguide/security-group-rules.html',
  },
  options: { adminPorts: [22, 3389] },
  run: (ctx) => judgeWorldIngress(ctx, ctx.options.adminPorts, 'adminPorts', 'ipv6'),
});
