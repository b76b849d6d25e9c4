import { describe, expect, it } from 'vitest';
import { broadWorldIngress } from '../../src/lib/broad-ingress.js';

const world = { IpRanges: [{ CidrIp: '0.0.0.0/0' }], Ipv6Ranges: [{ CidrIpv6: '::/0' }] };

describe('broadWorldIngress', () => {
  it('reports all traffic and TCP/UDP ranges wider than the limit from the world, per world source', () => {
    expect(broadWorldIngress([{ IpProtocol: '-1', ...world }], 1).map((r) => [r.source, r.ports])).toEqual([['0.0.0.0/0', 'all'], ['::/0', 'all']]);
    expect(broadWorldIngress([{ IpProtocol: '6', FromPort: 0, ToPort: 65535, IpRanges: [{ CidrIp: '0.0.0.0/0' }] }], 1)).toMatchObject([{ IpProtocol: 'tcp', ports: 65536 }]);
    expect(broadWorldIngress([{ IpProtocol: 'udp', IpRanges: [{ CidrIp: '0.0.0.0/0' }] }], 1)).toMatchObject([{ ports: 65536, FromPort: null }]);
  });

  it('ignores single ports, ranges within the limit, non-world sources and protocols without ports', () => {
    expect(broadWorldIngress([
      { IpProtocol: 'tcp', FromPort: 443, ToPort: 443, ...world },
      { IpProtocol: 'tcp', FromPort: 8080, ToPort: 8081, ...world },
      { IpProtocol: '-1', IpRanges: [{ CidrIp: '10.0.0.0/8' }], UserIdGroupPairs: [{ GroupId: 'sg-1' }] },
      { IpProtocol: 'icmp', FromPort: -1, ToPort: -1, ...world },
      { IpProtocol: '50', ...world },
    ], 2)).toEqual([]);
  });
});
