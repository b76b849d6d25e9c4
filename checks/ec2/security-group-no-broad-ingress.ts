import { defineCheck } from '../../src/check/define.js';
import { securityGroupRef } from '../../src/check/kit/ec2-refs.js';
import { broadRulesEvidence, broadWorldIngress } from '../../src/lib/broad-ingress.js';

export default defineCheck({
  id: 'ec2.security-group-no-broad-ingress',
  title: 'Security groups open no wide port ranges or all traffic to the internet',
  description:
    'Beyond the administration ports: a rule admitting all traffic, or a TCP/UDP range of more than maxPorts ports (default 1), from 0.0.0.0/0 or ' +
    '::/0 exposes every service that listens in that range, including ones started later. Single ports (a web server on 443) pass; ICMP and ' +
    'other protocols without ports, prefix lists and security-group sources are not judged.',
  service: 'ec2',
  resourceType: 'AWS::EC2::SecurityGroup',
  severity: 'high',
  duty: 'network-access',
  serviceModel: 'IaaS',
  scope: 'regional',
  remediation: {
    text: 'Replace the rule with one rule per port the service needs, or restrict its source to known CIDRs, a prefix list or a security group.',
    cli: 'aws ec2 revoke-security-group-ingress --group-id <sg-id> --ip-permissions IpProtocol=<protocol>,FromPort=<from>,ToPort=<to>,IpRanges=[{CidrIp=0.0.0.0/0}]',
    url: 'https://docs.aws.amazon.com/vpc/latest/userguide/security-group-rules.html',
  },
  options: { maxPorts: 1 },
  async run({ scope, inventory, result, options }) {
    const groups = await inventory.ec2.securityGroups(scope.region);
    return groups.map((g) => {
      const ref = securityGroupRef(scope, g.GroupId!);
      const broad = broadWorldIngress(g.IpPermissions, options.maxPorts);
      const evidence = { GroupName: g.GroupName ?? null, VpcId: g.VpcId ?? null, maxPorts: options.maxPorts, broadWorldRules: broadRulesEvidence(broad) };
      return broad.length
        ? result.fail(ref, `Security group ${g.GroupId} (${g.GroupName}) admits ${broad.map((r) => (r.ports === 'all' ? `all traffic from ${r.source}` : `${r.IpProtocol} ${r.FromPort}-${r.ToPort} from ${r.source}`)).join(', ')}`, evidence)
        : result.pass(ref, `Security group ${g.GroupId} (${g.GroupName}) opens no more than ${options.maxPorts} port(s) per rule to the internet`, evidence);
    });
  },
});
