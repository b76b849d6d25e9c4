/**
 * Whether EC2 security group rules and network ACL entries open a port to the whole internet.
 * Pure functions over the SDK's response shapes.
 *
 * Semantics (AWS):
 * - "The world" is a CIDR that covers its whole address family: prefix length 0, whatever the
 *   spelling (`0.0.0.0/0`, `::/0`, `0:0:0:0:0:0:0:0/0`, `::0/00`, host bits set, …).
 *   Security-group references (UserIdGroupPairs) and prefix lists are never the world (a prefix
 *   list's entries are not in the rule; we do not resolve them).
 * - Protocol `-1` (or `all`) is every protocol and every port; `6`/`tcp` and `17`/`udp` carry
 *   ports, as an inclusive range that may include a port without naming it.
 * - Security groups are allow-only: any matching rule opens the port.
 * - Network ACLs are evaluated per address family in ascending RuleNumber; the first entry that
 *   matches a packet decides. An ALLOW from the world is effective only if some address is still
 *   undecided when it is reached: a lower-numbered DENY (or DENYs) covering the whole family for
 *   that protocol and port closes it; a narrower DENY (10.0.0.0/8) leaves the rest of the world in.
 */
import type { IpPermission, NetworkAclEntry } from '@aws-sdk/client-ec2';
import type { Json } from '../util/json.js';

export type Transport = 'tcp' | 'udp';
/** The transports a remote-administration port is reachable on (CIS: TCP (6), UDP (17) or ALL (-1)). */
export const ADMIN_TRANSPORTS: readonly Transport[] = ['tcp', 'udp'];

export type Family = 'ipv4' | 'ipv6';
const BITS: Record<Family, number> = { ipv4: 32, ipv6: 128 };

export interface Cidr {
  family: Family;
  prefix: number;
  /** First and last address of the block, inclusive. */
  first: bigint;
  last: bigint;
}

function parseIpv4(s: string): bigint | undefined {
  const parts = s.split('.');
  if (parts.length !== 4) return undefined;
  let v = 0n;
  for (const p of parts) {
    if (!/^\d{1,3}$/.test(p) || Number(p) > 255) return undefined;
    v = (v << 8n) | BigInt(Number(p));
  }
  return v;
}

function parseIpv6(s: string): bigint | undefined {
  let text = s.toLowerCase();
  // An embedded IPv4 tail (::ffff:1.2.3.4) stands for the last two groups.
  const lastColon = text.lastIndexOf(':');
  if (text.slice(lastColon + 1).includes('.')) {
    const v4 = parseIpv4(text.slice(lastColon + 1));
    if (v4 === undefined) return undefined;
    text = `${text.slice(0, lastColon + 1)}${(v4 >> 16n).toString(16)}:${(v4 & 0xffffn).toString(16)}`;
  }
  const halves = text.split('::');
  if (halves.length > 2) return undefined;
  const groups = (h: string | undefined) => (h ? h.split(':') : []);
  const head = groups(halves[0]);
  const tail = halves.length === 2 ? groups(halves[1]) : [];
  const missing = 8 - head.length - tail.length;
  if (halves.length === 2 ? missing < 1 : missing !== 0) return undefined;
  let v = 0n;
  for (const g of [...head, ...Array<string>(halves.length === 2 ? missing : 0).fill('0'), ...tail]) {
    if (!/^[0-9a-f]{1,4}$/.test(g)) return undefined;
    v = (v << 16n) | BigInt(parseInt(g, 16));
  }
  return v;
}

/** Parses an IPv4 or IPv6 CIDR; undefined when it is not one. */
export function parseCidr(cidr: string | undefined): Cidr | undefined {
  if (!cidr) return undefined;
  const m = /^\s*([^/\s]+)\/(\d{1,3})\s*$/.exec(cidr);
  if (!m) return undefined;
  const [, addr, len] = m as unknown as [string, string, string];
  const family: Family = addr.includes(':') ? 'ipv6' : 'ipv4';
  const value = family === 'ipv6' ? parseIpv6(addr) : parseIpv4(addr);
  const prefix = Number(len);
  const bits = BITS[family];
  if (value === undefined || prefix > bits) return undefined;
  const hostBits = BigInt(bits - prefix);
  const first = (value >> hostBits) << hostBits;
  return { family, prefix, first, last: first + (1n << hostBits) - 1n };
}

/** True when the CIDR is every address of its family (0.0.0.0/0, ::/0 in any spelling). */
export function isWorldCidr(cidr: string | undefined): boolean {
  return parseCidr(cidr)?.prefix === 0;
}

/** `-1`/`all` → '-1'; `6`/`tcp` → 'tcp'; `17`/`udp` → 'udp'; anything else lower-cased. */
export function normalizeProtocol(protocol: string | undefined): string {
  const p = (protocol ?? '').trim().toLowerCase();
  if (p === '-1' || p === 'all') return '-1';
  if (p === '6' || p === 'tcp') return 'tcp';
  if (p === '17' || p === 'udp') return 'udp';
  return p;
}

/** Whether a rule with this protocol and inclusive port range admits `transport` traffic to `port`. */
export function admits(protocol: string | undefined, from: number | undefined, to: number | undefined, transport: Transport, port: number): boolean {
  const p = normalizeProtocol(protocol);
  if (p === '-1') return true;
  if (p !== transport) return false;
  // A TCP/UDP rule always carries a range in AWS; an absent bound is read as unbounded (wider, never narrower).
  const lo = from === undefined || from < 0 ? 0 : from;
  const hi = to === undefined || to < 0 ? 65535 : to;
  return lo <= port && port <= hi;
}

/** The admin ports (and transports) a rule admits, as `22/tcp`, sorted by port. */
function reached(protocol: string | undefined, from: number | undefined, to: number | undefined, ports: readonly number[]): string[] {
  return [...ports]
    .sort((a, b) => a - b)
    .flatMap((port) => ADMIN_TRANSPORTS.filter((t) => admits(protocol, from, to, t, port)).map((t) => `${port}/${t}`));
}

/** One security-group rule (one permission × one world CIDR) that opens ports to the world. */
export interface OpenSecurityGroupRule {
  IpProtocol: string;
  FromPort?: number;
  ToPort?: number;
  CidrIp?: string;
  CidrIpv6?: string;
  /** The given ports it opens, as `22/tcp`. */
  reaches: string[];
}

/** Ingress rules that open any of `ports` (TCP or UDP) to the world. Group references and prefix lists never count. */
export function openSecurityGroupRules(permissions: readonly IpPermission[] | undefined, ports: readonly number[]): OpenSecurityGroupRule[] {
  const out: OpenSecurityGroupRule[] = [];
  for (const perm of permissions ?? []) {
    const protocol = normalizeProtocol(perm.IpProtocol);
    const range = protocol === '-1' ? {} : { ...(perm.FromPort !== undefined ? { FromPort: perm.FromPort } : {}), ...(perm.ToPort !== undefined ? { ToPort: perm.ToPort } : {}) };
    const reaches = reached(perm.IpProtocol, perm.FromPort, perm.ToPort, ports);
    if (!reaches.length) continue;
    for (const r of perm.IpRanges ?? []) {
      if (isWorldCidr(r.CidrIp)) out.push({ IpProtocol: perm.IpProtocol ?? '', ...range, CidrIp: r.CidrIp!, reaches });
    }
    for (const r of perm.Ipv6Ranges ?? []) {
      if (isWorldCidr(r.CidrIpv6)) out.push({ IpProtocol: perm.IpProtocol ?? '', ...range, CidrIpv6: r.CidrIpv6!, reaches });
    }
  }
  return out;
}

/** A network ACL ALLOW entry from the world that decides traffic to the given ports. */
export interface OpenNaclEntry {
  RuleNumber: number;
  Protocol: string;
  RuleAction: string;
  CidrBlock?: string;
  Ipv6CidrBlock?: string;
  PortRange?: { From?: number; To?: number };
  /** The given ports this entry lets in from the world, as `22/tcp`. */
  reaches: string[];
}

type Interval = [bigint, bigint];

/** Removes [first, last] from a sorted list of disjoint intervals. */
function subtract(set: Interval[], first: bigint, last: bigint): Interval[] {
  return set.flatMap(([a, b]): Interval[] => {
    if (last < a || first > b) return [[a, b]];
    const keep: Interval[] = [];
    if (a < first) keep.push([a, first - 1n]);
    if (last < b) keep.push([last + 1n, b]);
    return keep;
  });
}

/**
 * Ingress entries that let TCP/UDP traffic from the world reach any of `ports`, honouring rule
 * order: for each family, transport and port, entries are walked in ascending RuleNumber; an
 * ALLOW from the world counts only if some address of the family is still undecided there.
 */
export function openNaclEntries(entries: readonly NetworkAclEntry[] | undefined, ports: readonly number[]): OpenNaclEntry[] {
  const ingress = (entries ?? [])
    .filter((e) => e.Egress !== true)
    .map((e) => ({ e, cidr: parseCidr(e.CidrBlock ?? e.Ipv6CidrBlock) }))
    .sort((a, b) => (a.e.RuleNumber ?? 0) - (b.e.RuleNumber ?? 0));
  const opened = new Map<NetworkAclEntry, Set<string>>();
  for (const family of ['ipv4', 'ipv6'] as const) {
    const inFamily = ingress.filter((x) => x.cidr?.family === family);
    for (const port of ports) {
      for (const transport of ADMIN_TRANSPORTS) {
        let undecided: Interval[] = [[0n, (1n << BigInt(BITS[family])) - 1n]];
        for (const { e, cidr } of inFamily) {
          if (!undecided.length) break;
          if (!admits(e.Protocol, e.PortRange?.From, e.PortRange?.To, transport, port)) continue;
          if (e.RuleAction?.toLowerCase() === 'allow' && cidr!.prefix === 0) {
            const set = opened.get(e) ?? new Set<string>();
            set.add(`${port}/${transport}`);
            opened.set(e, set);
            break;
          }
          undecided = subtract(undecided, cidr!.first, cidr!.last);
        }
      }
    }
  }
  return ingress
    .filter((x) => opened.has(x.e))
    .map(({ e }) => {
      const protocol = normalizeProtocol(e.Protocol);
      const range = protocol === '-1' || !e.PortRange ? {} : { PortRange: { ...(e.PortRange.From !== undefined ? { From: e.PortRange.From } : {}), ...(e.PortRange.To !== undefined ? { To: e.PortRange.To } : {}) } };
      const order = (s: string) => Number(s.split('/')[0]) * 2 + (s.endsWith('udp') ? 1 : 0);
      return {
        RuleNumber: e.RuleNumber ?? 0,
        Protocol: e.Protocol ?? '',
        RuleAction: e.RuleAction ?? '',
        ...(e.CidrBlock ? { CidrBlock: e.CidrBlock } : {}),
        ...(e.Ipv6CidrBlock ? { Ipv6CidrBlock: e.Ipv6CidrBlock } : {}),
        ...range,
        reaches: [...opened.get(e)!].sort((a, b) => order(a) - order(b)),
      };
    });
}

/** Openings as finding evidence: plain JSON (absent fields stay absent). */
export function openingsEvidence(openings: readonly (OpenSecurityGroupRule | OpenNaclEntry)[]): Json[] {
  return JSON.parse(JSON.stringify(openings)) as Json[];
}
