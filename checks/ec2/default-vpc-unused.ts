import { defineCheck } from '../../src/check/define.js';
import { vpcRef } from '../../src/check/kit/ec2-refs.js';

export default defineCheck({
  id: 'ec2.default-vpc-unused',
  title: 'Nothing runs in the default VPC',
  description:
    'The default VPC gives every subnet a route to the internet and public IPs to instances by default: resources placed there without a network ' +
    'design are exposed. FAIL when a network interface (an instance, load balancer, database, function…) is in the default VPC; an empty default ' +
    'VPC PASSes (with its evidence: it is still there, ready for the next unplanned launch). Regions without a default VPC give no finding.',
  service: 'ec2',
  resourceType: 'AWS::EC2::VPC',
  severity: 'medium',
  duty: 'network-access',
  serviceModel: 'IaaS',
  scope: 'regional',
  remediation: {
    text: 'Move the workloads to a VPC designed for them (private subnets, controlled egress), then delete the default VPC.',
    cli: 'aws ec2 delete-vpc --vpc-id <default-vpc-id>  # after deleting its subnets, internet gateway and network interfaces',
    url: 'https://docs.aws.amazon.com/vpc/latest/userguide/delete-default-vpc.html',
  },
  async run({ scope, inventory, result }) {
    const defaults = (await inventory.ec2.vpcs(scope.region)).filter((v) => v.IsDefault === true);
    if (!defaults.length) return [];
    const interfaces = await inventory.ec2.networkInterfaces(scope.region);
    return defaults.map((vpc) => {
      const inside = interfaces.filter((eni) => eni.VpcId === vpc.VpcId);
      const evidence = {
        IsDefault: true, CidrBlock: vpc.CidrBlock ?? null, networkInterfaces: inside.length,
        interfaceTypes: [...new Set(inside.map((e) => e.InterfaceType ?? 'interface'))].sort(),
        sample: inside.slice(0, 5).map((e) => ({ NetworkInterfaceId: e.NetworkInterfaceId ?? null, Description: e.Description ?? null })),
      };
      return inside.length
        ? result.fail(vpcRef(scope, vpc.VpcId!), `Default VPC ${vpc.VpcId} holds ${inside.length} network interface(s)`, evidence)
        : result.pass(vpcRef(scope, vpc.VpcId!), `Default VPC ${vpc.VpcId} exists but holds no network interface`, evidence);
    });
  },
});
