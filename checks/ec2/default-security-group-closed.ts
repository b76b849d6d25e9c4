import { defineCheck } from '../../src/check/define.js';
import { securityGroupRef } from '../../src/check/kit/ec2-refs.js';

export default defineCheck({
  id: 'ec2.default-security-group-closed',
  title: "Every VPC's default security group allows no inbound and no outbound traffic",
  description:
    "Resources launched without an explicit security group land in the VPC's default group. AWS creates it allowing all traffic between its members and all outbound traffic; with no rules at all, nothing is reachable or able to call out by accident and every resource needs a deliberately designed group.",
  service: 'ec2',
  resourceType: 'AWS::EC2::SecurityGroup',
  severity: 'medium',
  duty: 'network-access',
  serviceModel: 'IaaS',
  scope: 'regional',
  remediation: {
    text: "Move resources off the default security group onto least-privilege groups, then delete every inbound and outbound rule of the default group (it cannot be deleted itself).",
    cli: 'aws ec2 revoke-security-group-ingress --group-id <default-sg-id> --security-group-rule-ids <rule-ids> && aws ec2 revoke-security-group-egress --group-id <default-sg-id> --security-group-rule-ids <rule-ids>',
    url: 'https://docs.aws.amazon.com/vpc/latest/userguide/default-security-group.html',
  },
  async run({ scope, inventory, result }) {
    const groups = await inventory.ec2.securityGroups(scope.region);
    // Every VPC has exactly one group named 'default'; its name cannot be changed or reused.
    return groups
      .filter((g) => g.GroupName === 'default' && g.VpcId)
      .map((g) => {
        const ref = securityGroupRef(scope, g.GroupId!);
        // A permission with several sources is several rules in the console; count permissions, as DescribeSecurityGroups returns them.
        const inbound = g.IpPermissions?.length ?? 0;
        const outbound = g.IpPermissionsEgress?.length ?? 0;
        const evidence = { VpcId: g.VpcId!, IpPermissions: inbound, IpPermissionsEgress: outbound };
        return inbound === 0 && outbound === 0
          ? result.pass(ref, `Default security group ${g.GroupId} of ${g.VpcId} has no rules`, evidence)
          : result.fail(ref, `Default security group ${g.GroupId} of ${g.VpcId} has ${inbound} inbound and ${outbound} outbound permission(s)`, evidence);
      });
  },
});
