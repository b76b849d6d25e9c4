/**
 * Security group rules that open more than a few ports to the whole internet: all traffic
 * (protocol -1), or a TCP/UDP port range wider than a limit, from 0.0.0.0/0 or ::/0. ICMP and other
 * protocols without ports are not judged here; prefix lists and security group sources are never "world".
 */
import type { IpPermission } from '@aws-sdk/client-ec2';
import type { JsonObject } from '../util/json.js';
import { isWorldCidr, normalizeProtocol } from './ip-permissions.js';

export interface BroadRule {
  IpProtocol: string;
  FromPort: number | null;
  ToPort: number | null;
  source: string;
  /** How many ports the rule opens for its protocol; 'all' for all traffic. */
  ports: number | 'all';
}

/** Ports of a TCP/UDP range; an absent or -1 bound means every port (65536). */
function rangeWidth(from: number | undefined, to: number | undefined): number {
  if (from === undefined || to === undefined || from < 0 || to < 0) return 65536;
  return to - from + 1;
}

export function broadWorldIngress(permissions: readonly IpPermission[] | undefined, maxPorts: number): BroadRule[] {
  const out: BroadRule[] = [];
  for (const p of permissions ?? []) {
    const protocol = normalizeProtocol(p.IpProtocol);
    let ports: number | 'all';
    if (protocol === '-1') ports = 'all';
    else if (protocol === 'tcp' || protocol === 'udp') ports = rangeWidth(p.FromPort, p.ToPort);
    else continue;
    if (ports !== 'all' && ports <= maxPorts) continue;
    const sources = [...(p.IpRanges ?? []).map((r) => r.CidrIp), ...(p.Ipv6Ranges ?? []).map((r) => r.CidrIpv6)].filter(isWorldCidr);
    for (const source of sources) out.push({ IpProtocol: protocol, FromPort: p.FromPort ?? null, ToPort: p.ToPort ?? null, source: source!, ports });
  }
  return out;
}

export function broadRulesEvidence(rules: readonly BroadRule[]): JsonObject[] {
  return rules.map((r) => ({ ...r }));
}
