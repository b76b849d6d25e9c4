import type { CheckContext, CheckResult } from '../define.js';
import { openSecurityGroupRules, openingsEvidence } from '../../lib/ip-permissions.js';

/** Which world the verdict is about: 0.0.0.0/0 (IPv4), ::/0 (IPv6) or either. */
export type WorldFamily = 'ipv4' | 'ipv6' | 'both';

const WORLD: Record<WorldFamily, string> = { ipv4: '0.0.0.0/0', ipv6: '::/0', both: 'the internet' };

/**
 * One verdict per security group of the region: FAIL when an inbound rule from the world of
 * `family` (0.0.0.0/0, ::/0, or either) reaches any of `ports` (ranges and protocol -1 included),
 * PASS otherwise. Shared by the checks that differ only in which ports and which family they guard
 * (one family per check where a framework has one control per family: CIS 5.2 and 5.3).
 */
export async function judgeWorldIngress(ctx: Pick<CheckContext, 'scope' | 'inventory' | 'result'>, ports: readonly number[], portsKey: string, family: WorldFamily = 'both'): Promise<CheckResult[]> {
  const { scope, inventory, result } = ctx;
  const groups = await inventory.ec2.securityGroups(scope.region);
  return groups.map((g) => {
    const ref = { arn: `arn:${scope.partition}:ec2:${scope.region}:${scope.account}:security-group/${g.GroupId}`, id: g.GroupId! };
    const open = openSecurityGroupRules(g.IpPermissions, [...ports]).filter((r) => family === 'both' || (family === 'ipv4' ? r.CidrIp !== undefined : r.CidrIpv6 !== undefined));
    const evidence = { GroupName: g.GroupName ?? null, VpcId: g.VpcId ?? null, [portsKey]: [...ports], openToWorld: openingsEvidence(open) };
    return open.length
      ? result.fail(ref, `Security group ${g.GroupId} (${g.GroupName}) allows ingress from ${[...new Set(open.map((r) => r.CidrIp ?? r.CidrIpv6))].join(' and ')} to ${[...new Set(open.flatMap((r) => r.reaches))].join(', ')}`, evidence)
      : result.pass(ref, `Security group ${g.GroupId} (${g.GroupName}) allows no ingress from ${WORLD[family]} to ports ${ports.join(', ')}`, evidence);
  });
}
