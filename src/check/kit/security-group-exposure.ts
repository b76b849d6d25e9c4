import type { CheckContext, CheckResult } from '../define.js';
import { openSecurityGroupRules, openingsEvidence } from '../../lib/ip-permissions.js';

/**
 * One verdict per security group of the region: FAIL when an inbound rule from 0.0.0.0/0 or ::/0
 * reaches any of `ports` (ranges and protocol -1 included), PASS otherwise. Shared by the checks
 * that differ only in which ports they guard.
 */
export async function judgeWorldIngress(ctx: Pick<CheckContext, 'scope' | 'inventory' | 'result'>, ports: readonly number[], portsKey: string): Promise<CheckResult[]> {
  const { scope, inventory, result } = ctx;
  const groups = await inventory.ec2.securityGroups(scope.region);
  return groups.map((g) => {
    const ref = { arn: `arn:${scope.partition}:ec2:${scope.region}:${scope.account}:security-group/${g.GroupId}`, id: g.GroupId! };
    const open = openSecurityGroupRules(g.IpPermissions, [...ports]);
    const evidence = { GroupName: g.GroupName ?? null, VpcId: g.VpcId ?? null, [portsKey]: [...ports], openToWorld: openingsEvidence(open) };
    return open.length
      ? result.fail(ref, `Security group ${g.GroupId} (${g.GroupName}) allows ingress from ${[...new Set(open.map((r) => r.CidrIp ?? r.CidrIpv6))].join(' and ')} to ${[...new Set(open.flatMap((r) => r.reaches))].join(', ')}`, evidence)
      : result.pass(ref, `Security group ${g.GroupId} (${g.GroupName}) allows no ingress from the internet to ports ${ports.join(', ')}`, evidence);
  });
}
