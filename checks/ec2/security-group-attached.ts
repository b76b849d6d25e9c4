import { defineCheck } from '../../src/check/define.js';
import { securityGroupRef } from '../../src/check/kit/ec2-refs.js';

export default defineCheck({
  id: 'ec2.security-group-attached',
  title: 'Security groups are attached to a network interface (no unused groups)',
  description:
    'A security group attached to no network interface protects nothing, but its rules are ready to expose whatever is attached to it next, and ' +
    'unused groups make reviews slower. Attachment is read from every network interface of the region (instances, load balancers, Lambda, RDS, ' +
    'endpoints); default security groups cannot be deleted and are not judged (ec2.default-security-group-closed covers them).',
  service: 'ec2',
  resourceType: 'AWS::EC2::SecurityGroup',
  severity: 'low',
  duty: 'network-access',
  serviceModel: 'IaaS',
  scope: 'regional',
  remediation: {
    text: 'Delete the security group if nothing needs it (check launch templates and infrastructure code that reference it first).',
    cli: 'aws ec2 delete-security-group --group-id <sg-id>',
    url: 'https://docs.aws.amazon.com/vpc/latest/userguide/deleting-security-groups.html',
  },
  async run({ scope, inventory, result }) {
    const [groups, interfaces] = await Promise.all([inventory.ec2.securityGroups(scope.region), inventory.ec2.networkInterfaces(scope.region)]);
    const attached = new Map<string, number>();
    for (const eni of interfaces) for (const g of eni.Groups ?? []) if (g.GroupId) attached.set(g.GroupId, (attached.get(g.GroupId) ?? 0) + 1);
    return groups
      .filter((g) => g.GroupName !== 'default')
      .map((g) => {
        const ref = securityGroupRef(scope, g.GroupId!);
        const count = attached.get(g.GroupId!) ?? 0;
        const evidence = { GroupName: g.GroupName ?? null, VpcId: g.VpcId ?? null, attachedNetworkInterfaces: count };
        return count
          ? result.pass(ref, `Security group ${g.GroupId} (${g.GroupName}) is attached to ${count} network interface(s)`, evidence)
          : result.fail(ref, `Security group ${g.GroupId} (${g.GroupName}) is attached to no network interface`, evidence);
      });
  },
});
