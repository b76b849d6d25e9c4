import type { IpPermission, NetworkAclEntry } from '@aws-sdk/client-ec2';
import { describe, expect, it } from 'vitest';
import { admits, isWorldCidr, normalizeProtocol, openNaclEntries, openSecurityGroupRules, parseCidr } from '../../src/lib/ip-permissions.js';

const ADMIN = [22, 3389];

describe('parseCidr / isWorldCidr', () => {
  it.each([
    '0.0.0.0/0', '::/0', '::0/0', '0:0:0:0:0:0:0:0/0', '0000::/0', '::/00', ' 0.0.0.0/0 ',
    '10.1.2.3/0', // host bits set: still every address
    '2001:db8::/0',
    '::ffff:0.0.0.0/0',
  ])('%s is the world', (c) => expect(isWorldCidr(c)).toBe(true));

  it.each([
    '0.0.0.0/1', '128.0.0.0/1', '10.0.0.0/8', '203.0.113.7/32', '::/1', '::/128', '2001:db8::/32',
    undefined, '', '0.0.0.0', '0.0.0.0/33', '::/129', '256.0.0.0/0', '1.2.3/0', ':::/0', '1::2::3/0', 'pl-12345678', 'sg-0abc/0',
  ])('%s is not the world', (c) => expect(isWorldCidr(c)).toBe(false));

  it('computes the block of a CIDR', () => {
    expect(parseCidr('10.0.0.0/8')).toEqual({ family: 'ipv4', prefix: 8, first: 0x0a000000n, last: 0x0affffffn });
    expect(parseCidr('2001:db8::/32')).toMatchObject({ family: 'ipv6', prefix: 32, first: 0x20010db8n << 96n });
    expect(parseCidr('::ffff:10.0.0.1/128')?.first).toBe((0xffffn << 32n) | 0x0a000001n);
    expect(parseCidr('1:2:3:4:5:6:7:8/128')?.first).toBe(0x00010002000300040005000600070008n);
  });
});

describe('protocols and port ranges', () => {
  it('normalizes names and numbers', () => {
    expect(['-1', 'all', '6', 'TCP', '17', 'udp', '1', 'icmpv6'].map(normalizeProtocol)).toEqual(['-1', '-1', 'tcp', 'tcp', 'udp', 'udp', '1', 'icmpv6']);
  });

  it('protocol -1 admits every port of every transport', () => {
    expect(admits('-1', undefined, undefined, 'tcp', 22)).toBe(true);
    expect(admits('-1', -1, -1, 'udp', 3389)).toBe(true);
  });

  it('a tcp range includes a port it does not name', () => {
    expect(admits('tcp', 0, 1024, 'tcp', 22)).toBe(true);
    expect(admits('6', 3000, 4000, 'tcp', 3389)).toBe(true);
    expect(admits('tcp', 23, 3388, 'tcp', 22)).toBe(false);
    expect(admits('tcp', 23, 3388, 'tcp', 3389)).toBe(false);
    expect(admits('tcp', 22, 22, 'udp', 22)).toBe(false);
  });

  it('ICMP and other protocols never admit a TCP/UDP port', () => {
    expect(admits('icmp', -1, -1, 'tcp', 22)).toBe(false);
    expect(admits('1', 22, 22, 'tcp', 22)).toBe(false);
    expect(admits('50', undefined, undefined, 'tcp', 22)).toBe(false);
  });
});

describe('openSecurityGroupRules', () => {
  const perm = (p: IpPermission): IpPermission => ({ IpRanges: [], Ipv6Ranges: [], PrefixListIds: [], UserIdGroupPairs: [], ...p });

  it('finds IPv4 and IPv6 world rules to an admin port, with the ports they reach', () => {
    const rules = openSecurityGroupRules(
      [
        perm({ IpProtocol: 'tcp', FromPort: 22, ToPort: 22, IpRanges: [{ CidrIp: '0.0.0.0/0' }, { CidrIp: '10.0.0.0/8' }], Ipv6Ranges: [{ CidrIpv6: '::/0' }] }),
        perm({ IpProtocol: 'tcp', FromPort: 443, ToPort: 443, IpRanges: [{ CidrIp: '0.0.0.0/0' }] }),
      ],
      ADMIN,
    );
    expect(rules).toEqual([
      { IpProtocol: 'tcp', FromPort: 22, ToPort: 22, CidrIp: '0.0.0.0/0', reaches: ['22/tcp'] },
      { IpProtocol: 'tcp', FromPort: 22, ToPort: 22, CidrIpv6: '::/0', reaches: ['22/tcp'] },
    ]);
  });

  it('protocol -1 from the world opens every admin port on tcp and udp, with no port fields', () => {
    expect(openSecurityGroupRules([perm({ IpProtocol: '-1', IpRanges: [{ CidrIp: '0.0.0.0/0' }] })], ADMIN)).toEqual([
      { IpProtocol: '-1', CidrIp: '0.0.0.0/0', reaches: ['22/tcp', '22/udp', '3389/tcp', '3389/udp'] },
    ]);
  });

  it('a wide tcp range and a udp 3389 rule count; a range around the port does not', () => {
    const rules = openSecurityGroupRules(
      [
        perm({ IpProtocol: 'tcp', FromPort: 0, ToPort: 65535, Ipv6Ranges: [{ CidrIpv6: '::/0' }] }),
        perm({ IpProtocol: 'udp', FromPort: 3389, ToPort: 3389, IpRanges: [{ CidrIp: '0.0.0.0/0' }] }),
        perm({ IpProtocol: 'tcp', FromPort: 23, ToPort: 3388, IpRanges: [{ CidrIp: '0.0.0.0/0' }] }),
      ],
      ADMIN,
    );
    expect(rules.map((r) => r.reaches)).toEqual([['22/tcp', '3389/tcp'], ['3389/udp']]);
  });

  it('security-group references, prefix lists and narrow CIDRs are not the world', () => {
    expect(
      openSecurityGroupRules(
        [
          perm({ IpProtocol: '-1', UserIdGroupPairs: [{ GroupId: 'sg-0123456789abcdef0', UserId: '111122223333' }] }),
          perm({ IpProtocol: 'tcp', FromPort: 22, ToPort: 22, PrefixListIds: [{ PrefixListId: 'pl-63a5400a' }] }),
          perm({ IpProtocol: 'tcp', FromPort: 22, ToPort: 22, IpRanges: [{ CidrIp: '0.0.0.0/1' }, { CidrIp: '203.0.113.0/24' }] }),
          perm({ IpProtocol: 'icmp', FromPort: -1, ToPort: -1, IpRanges: [{ CidrIp: '0.0.0.0/0' }] }),
        ],
        ADMIN,
      ),
    ).toEqual([]);
    expect(openSecurityGroupRules(undefined, ADMIN)).toEqual([]);
  });

  it('honours custom admin ports', () => {
    const p = [perm({ IpProtocol: 'tcp', FromPort: 5985, ToPort: 5986, IpRanges: [{ CidrIp: '0.0.0.0/0' }] })];
    expect(openSecurityGroupRules(p, ADMIN)).toEqual([]);
    expect(openSecurityGroupRules(p, [5986])[0]?.reaches).toEqual(['5986/tcp']);
  });
});

describe('openNaclEntries', () => {
  const entry = (RuleNumber: number, RuleAction: 'allow' | 'deny', Protocol: string, cidr: string, PortRange?: { From: number; To: number }, Egress = false): NetworkAclEntry => ({
    RuleNumber,
    RuleAction,
    Protocol,
    Egress,
    ...(cidr.includes(':') ? { Ipv6CidrBlock: cidr } : { CidrBlock: cidr }),
    ...(PortRange ? { PortRange } : {}),
  });
  // Every NACL ends with the '*' rules (RuleNumber 32767) that deny everything.
  const defaults = [entry(32767, 'deny', '-1', '0.0.0.0/0'), entry(32767, 'deny', '-1', '::/0'), entry(32767, 'deny', '-1', '0.0.0.0/0', undefined, true)];

  it('the default NACL (allow all from the world at 100) is open on every admin port', () => {
    const open = openNaclEntries([entry(100, 'allow', '-1', '0.0.0.0/0'), entry(101, 'allow', '-1', '::/0'), ...defaults], ADMIN);
    expect(open).toEqual([
      { RuleNumber: 100, Protocol: '-1', RuleAction: 'allow', CidrBlock: '0.0.0.0/0', reaches: ['22/tcp', '22/udp', '3389/tcp', '3389/udp'] },
      { RuleNumber: 101, Protocol: '-1', RuleAction: 'allow', Ipv6CidrBlock: '::/0', reaches: ['22/tcp', '22/udp', '3389/tcp', '3389/udp'] },
    ]);
  });

  it('a lower-numbered DENY for the same traffic closes it; the rest stays open', () => {
    const open = openNaclEntries([entry(100, 'allow', '-1', '0.0.0.0/0'), entry(90, 'deny', '6', '0.0.0.0/0', { From: 22, To: 22 }), ...defaults], ADMIN);
    expect(open).toEqual([{ RuleNumber: 100, Protocol: '-1', RuleAction: 'allow', CidrBlock: '0.0.0.0/0', reaches: ['22/udp', '3389/tcp', '3389/udp'] }]);
  });

  it('a DENY numbered after the ALLOW does not close it', () => {
    const open = openNaclEntries([entry(100, 'allow', '6', '0.0.0.0/0', { From: 0, To: 65535 }), entry(110, 'deny', '-1', '0.0.0.0/0'), ...defaults], ADMIN);
    expect(open).toMatchObject([{ RuleNumber: 100, PortRange: { From: 0, To: 65535 }, reaches: ['22/tcp', '3389/tcp'] }]);
  });

  it('a narrower DENY before the ALLOW leaves the rest of the world in', () => {
    const open = openNaclEntries([entry(50, 'deny', '-1', '10.0.0.0/8'), entry(100, 'allow', '6', '0.0.0.0/0', { From: 22, To: 22 }), ...defaults], ADMIN);
    expect(open).toMatchObject([{ RuleNumber: 100, reaches: ['22/tcp'] }]);
  });

  it('DENYs that together cover the whole family close it', () => {
    const open = openNaclEntries(
      [entry(10, 'deny', '6', '0.0.0.0/1', { From: 22, To: 22 }), entry(20, 'deny', '6', '128.0.0.0/1', { From: 22, To: 22 }), entry(100, 'allow', '6', '0.0.0.0/0', { From: 22, To: 22 }), ...defaults],
      ADMIN,
    );
    expect(open).toEqual([]);
  });

  it('an IPv4 DENY does not close an IPv6 ALLOW (families are evaluated separately)', () => {
    const open = openNaclEntries([entry(10, 'deny', '-1', '0.0.0.0/0'), entry(100, 'allow', '-1', '::/0'), ...defaults], ADMIN);
    expect(open).toMatchObject([{ RuleNumber: 100, Ipv6CidrBlock: '::/0' }]);
  });

  it('ignores egress entries, narrow ALLOWs, other ports and ICMP', () => {
    const open = openNaclEntries(
      [
        entry(100, 'allow', '-1', '0.0.0.0/0', undefined, true),
        entry(110, 'allow', '6', '203.0.113.0/24', { From: 22, To: 22 }),
        entry(120, 'allow', '6', '0.0.0.0/0', { From: 443, To: 443 }),
        entry(130, 'allow', '6', '0.0.0.0/0', { From: 49152, To: 65535 }), // ephemeral ports above 3389
        entry(140, 'allow', '1', '0.0.0.0/0'),
        ...defaults,
      ],
      ADMIN,
    );
    expect(open).toEqual([]);
    expect(openNaclEntries(undefined, ADMIN)).toEqual([]);
  });

  it('a UDP range that includes 3389 counts', () => {
    expect(openNaclEntries([entry(100, 'allow', '17', '0.0.0.0/0', { From: 3000, To: 4000 }), ...defaults], ADMIN)).toMatchObject([{ RuleNumber: 100, reaches: ['3389/udp'] }]);
  });
});

describe('openNaclEntries: return-traffic ranges', () => {
  it('the common "1024-65535 from anywhere" return-traffic entry includes 3389', () => {
    const open = openNaclEntries([{ RuleNumber: 100, RuleAction: 'allow', Protocol: '6', Egress: false, CidrBlock: '0.0.0.0/0', PortRange: { From: 1024, To: 65535 } }], ADMIN);
    expect(open).toMatchObject([{ RuleNumber: 100, reaches: ['3389/tcp'] }]);
  });
});
