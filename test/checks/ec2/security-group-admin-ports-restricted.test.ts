import { DescribeSecurityGroupsCommand, EC2Client } from '@aws-sdk/client-ec2';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import check from '../../../checks/ec2/security-group-admin-ports-restricted.js';
import { awsError } from '../../harness/aws.js';
import { runCheck } from '../../harness/run-check.js';
import { arn, perm, sg, world4, world6 } from './fixtures.js';

const ec2 = mockClient(EC2Client);
beforeEach(() => ec2.reset());
const groups = (...SecurityGroups: ReturnType<typeof sg>[]) => ec2.on(DescribeSecurityGroupsCommand).resolves({ SecurityGroups });

describe('ec2.security-group-admin-ports-restricted', () => {
  it('FAIL for SSH from 0.0.0.0/0 (CIS 5.2) with the offending rule as evidence; PASS for HTTPS only', async () => {
    groups(sg('sg-01ssh', [world4('tcp', 22, 22)]), sg('sg-02web', [world4('tcp', 443, 443), world6('tcp', 443, 443)]));
    expect(await runCheck(check)).toMatchObject([
      {
        status: 'FAIL',
        resource: { id: 'sg-01ssh', arn: arn('security-group', 'sg-01ssh'), type: 'AWS::EC2::SecurityGroup' },
        evidence: { adminPorts: [22, 3389], openToWorld: [{ IpProtocol: 'tcp', FromPort: 22, ToPort: 22, CidrIp: '0.0.0.0/0', reaches: ['22/tcp'] }] },
        srm: { layer: 'network', serviceModel: 'IaaS', owner: 'shared', duty: 'network-access' },
      },
      { status: 'PASS', resource: { id: 'sg-02web' }, evidence: { openToWorld: [] } },
    ]);
  });

  it('IPv4 only (CIS 5.2): PASS for RDP from ::/0 alone (ec2.security-group-admin-ports-restricted-ipv6 judges it, CIS 5.3); a group open to both lists only the 0.0.0.0/0 rule', async () => {
    groups(sg('sg-03rdp6', [world6('tcp', 3389, 3389)]), sg('sg-04both', [world4('tcp', 22, 22), world6('tcp', 22, 22)]));
    expect(await runCheck(check)).toMatchObject([
      { status: 'PASS', resource: { id: 'sg-03rdp6' }, evidence: { openToWorld: [] } },
      { status: 'FAIL', resource: { id: 'sg-04both' }, evidence: { openToWorld: [{ CidrIp: '0.0.0.0/0', reaches: ['22/tcp'] }] } },
    ]);
    const both = (await runCheck(check)).find((f) => f.resource.id === 'sg-04both')!;
    expect(both.evidence.openToWorld).toHaveLength(1);
  });

  it('FAIL for all traffic (-1), for a wide TCP range and for UDP 3389', async () => {
    groups(sg('sg-04all', [world4('-1')]), sg('sg-05range', [world4('tcp', 0, 65535)]), sg('sg-06udp', [world4('udp', 3389, 3389)]));
    const findings = await runCheck(check);
    expect(findings.map((f) => [f.resource.id, f.status, (f.evidence.openToWorld as { reaches: string[] }[])[0]?.reaches])).toEqual([
      ['sg-04all', 'FAIL', ['22/tcp', '22/udp', '3389/tcp', '3389/udp']],
      ['sg-05range', 'FAIL', ['22/tcp', '3389/tcp']],
      ['sg-06udp', 'FAIL', ['3389/udp']],
    ]);
    // An all-traffic rule carries no port fields.
    expect(findings[0]!.evidence.openToWorld).toEqual([{ IpProtocol: '-1', CidrIp: '0.0.0.0/0', reaches: ['22/tcp', '22/udp', '3389/tcp', '3389/udp'] }]);
  });

  it('PASS for group references, prefix lists, narrow CIDRs and a range that skips the ports', async () => {
    groups(
      sg('sg-07refs', [
        perm({ IpProtocol: '-1', UserIdGroupPairs: [{ GroupId: 'sg-07refs', UserId: '111122223333' }] }),
        perm({ IpProtocol: 'tcp', FromPort: 22, ToPort: 22, PrefixListIds: [{ PrefixListId: 'pl-0abc1234' }] }),
        perm({ IpProtocol: 'tcp', FromPort: 3389, ToPort: 3389, IpRanges: [{ CidrIp: '203.0.113.0/24', Description: 'office' }] }),
        world4('tcp', 23, 3388),
      ]),
    );
    expect(await runCheck(check)).toMatchObject([{ status: 'PASS', evidence: { openToWorld: [] } }]);
  });

  it('honours the adminPorts option', async () => {
    groups(sg('sg-08winrm', [world4('tcp', 5985, 5986)]));
    expect(await runCheck(check)).toMatchObject([{ status: 'PASS' }]);
    expect(await runCheck(check, { options: { adminPorts: [22, 3389, 5986] } })).toMatchObject([{ status: 'FAIL', evidence: { adminPorts: [22, 3389, 5986] } }]);
  });

  it('ERROR naming the permission when DescribeSecurityGroups is denied', async () => {
    ec2.on(DescribeSecurityGroupsCommand).rejects(awsError('UnauthorizedOperation'));
    expect(await runCheck(check)).toMatchObject([{ status: 'ERROR', message: expect.stringContaining('ec2:DescribeSecurityGroups') }]);
  });
});
