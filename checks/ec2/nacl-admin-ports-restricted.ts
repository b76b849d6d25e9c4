import { defineCheck } from '../../src/check/define.js';
import { openNaclEntries, openingsEvidence } from '../../src/lib/ip-permissions.js';
import { networkAclRef } from '../../src/check/kit/ec2-refs.js';

export default defineCheck({
  id: 'ec2.nacl-admin-ports-restricted',
  title: 'Network ACLs do not allow ingress from the internet to remote administration ports',
  description:
    'A network ACL whose first matching inbound entry allows 0.0.0.0/0 or ::/0 to SSH (22) or RDP (3389), over TCP, UDP or all protocols, lets the whole internet reach those ports on every subnet it is associated with. Entries are evaluated in rule-number order, so a lower-numbered DENY for the same traffic closes it.',
  service: 'ec2',
  resourceType: 'AWS::EC2::NetworkAcl',
  severity: 'high',
  duty: 'network-access',
  serviceModel: 'IaaS',
  scope: 'regional',
  remediation: {
    text: 'Replace the inbound ALLOW entry from 0.0.0.0/0 or ::/0 with entries for trusted ranges, or add a lower-numbered DENY entry for the administration ports.',
    cli: 'aws ec2 create-network-acl-entry --network-acl-id <acl-id> --ingress --rule-number <n-below-the-allow> --protocol tcp --port-range From=22,To=22 --cidr-block 0.0.0.0/0 --rule-action deny',
    url: 'https://docs.aws.amazon.com/vpc/latest/userguide/nacl-rules.html',
  },
  options: { adminPorts: [22, 3389] },
  async run({ scope, inventory, options, result }) {
    const acls = await inventory.ec2.networkAcls(scope.region);
    const adminPorts = [...options.adminPorts];
    return acls.map((acl) => {
      const ref = networkAclRef(scope, acl.NetworkAclId!);
      const open = openNaclEntries(acl.Entries, adminPorts);
      const evidence = { VpcId: acl.VpcId ?? null, IsDefault: acl.IsDefault ?? null, adminPorts, openToWorld: openingsEvidence(open) };
      return open.length
        ? result.fail(ref, `Network ACL ${acl.NetworkAclId} allows ingress from the internet to ${[...new Set(open.flatMap((e) => e.reaches))].join(', ')} (rule ${open.map((e) => e.RuleNumber).join(', ')})`, evidence)
        : result.pass(ref, `Network ACL ${acl.NetworkAclId} allows no ingress from the internet to ports ${adminPorts.join(', ')}`, evidence);
    });
  },
});
