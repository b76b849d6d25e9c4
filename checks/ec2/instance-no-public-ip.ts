import { defineCheck } from '../../src/check/define.js';
import { instanceRef } from '../../src/check/kit/ec2-refs.js';

export default defineCheck({
  id: 'ec2.instance-no-public-ip',
  title: 'EC2 instances have no public IP address',
  description:
    'An instance with a public IPv4 address (auto-assigned or an Elastic IP on any of its network interfaces) is reachable from the internet ' +
    'wherever its security groups allow; instances behind load balancers, NAT or endpoints need none. FAIL with the addresses as evidence; ' +
    'instances that must be public (bastions, single-host web servers) are suppressed with a reason.',
  service: 'ec2',
  resourceType: 'AWS::EC2::Instance',
  severity: 'medium',
  duty: 'network-access',
  serviceModel: 'IaaS',
  scope: 'regional',
  remediation: {
    text: 'Place the instance in a private subnet behind a load balancer or NAT, release its Elastic IP, and turn off public IP auto-assignment on the subnet.',
    cli: 'aws ec2 modify-subnet-attribute --subnet-id <subnet-id> --no-map-public-ip-on-launch',
    url: 'https://docs.aws.amazon.com/vpc/latest/userguide/vpc-ip-addressing.html#vpc-public-ipv4-addresses',
  },
  async run({ scope, inventory, result }) {
    const instances = await inventory.ec2.instances(scope.region);
    return instances.map((i) => {
      const ref = instanceRef(scope, i.InstanceId!);
      const eniIps = (i.NetworkInterfaces ?? []).flatMap((n) => (n.Association?.PublicIp ? [{ NetworkInterfaceId: n.NetworkInterfaceId ?? null, PublicIp: n.Association.PublicIp }] : []));
      const addresses = [...new Set([...(i.PublicIpAddress ? [i.PublicIpAddress] : []), ...eniIps.map((e) => e.PublicIp)])];
      const evidence = { PublicIpAddress: i.PublicIpAddress ?? null, networkInterfaceAssociations: eniIps, State: i.State?.Name ?? null };
      return addresses.length
        ? result.fail(ref, `Instance ${i.InstanceId} has public IP address ${addresses.join(', ')}`, evidence)
        : result.pass(ref, `Instance ${i.InstanceId} has no public IP address`, evidence);
    });
  },
});
