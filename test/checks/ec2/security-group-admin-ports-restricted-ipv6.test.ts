import { DescribeSecurityGroupsCommand, EC2Client } from '@aws-sdk/client-ec2';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import check from '../../../checks/ec2/security-group-admin-ports-restricted-ipv6.js';
import { awsError } from '../../harness/aws.js';
import { runCheck } from '../../harness/run-check.js';
import { arn, sg, world4, world6 } from './fixtures.js';

const ec2 = mockClient(EC2Client);
beforeEach(() => ec2.reset());
const groups = (...SecurityGroups: ReturnType<typeof sg>[]) => ec2.on(DescribeSecurityGroupsCommand).resolves({ SecurityGroups });

describe('ec2.security-group-admin-ports-restricted-ipv6', () => {
  it('FAIL for RDP from ::/0 (CIS 5.3) with the offending rule as evidence; PASS for SSH from 0.0.0.0/0 only (CIS 5.2 is the IPv4 check\'s)', async () => {
    groups(sg('sg-01rdp6', [world6('tcp', 3389, 3389)]), sg('sg-02ssh4', [world4('tcp', 22, 22)]));
    expect(await runCheck(check)).toMatchObject([
      {
        status: 'FAIL',
        resource: { id: 'sg-01rdp6', arn: arn('security-group', 'sg-01rdp6'), type: 'AWS::EC2::SecurityGroup' },
        evidence: { adminPorts: [22, 3389], openToWorld: [{ IpProtocol: 'tcp', FromPort: 3389, ToPort: 3389, CidrIpv6: '::/0', reaches: ['3389/tcp'] }] },
        srm: { layer: 'network', serviceModel: 'IaaS', duty: 'network-access' },
      },
      { status: 'PASS', resource: { id: 'sg-02ssh4' }, evidence: { openToWorld: [] } },
    ]);
  });

  it('FAIL for all traffic from ::/0, listing only the IPv6 rule of a group open to both', async () => {
    groups(sg('sg-03all', [world4('-1'), world6('-1')]));
    expect(await runCheck(check)).toMatchObject([{ status: 'FAIL', evidence: { openToWorld: [{ IpProtocol: '-1', CidrIpv6: '::/0', reaches: ['22/tcp', '22/udp', '3389/tcp', '3389/udp'] }] } }]);
    expect((await runCheck(check))[0]!.evidence.openToWorld).toHaveLength(1);
  });

  it('PASS for HTTPS from ::/0 and a range that skips the ports', async () => {
    groups(sg('sg-04web', [world6('tcp', 443, 443), world6('tcp', 23, 3388)]));
    expect(await runCheck(check)).toMatchObject([{ status: 'PASS', evidence: { openToWorld: [] } }]);
  });

  it('ERROR naming the permission when DescribeSecurityGroups is denied', async () => {
    ec2.on(DescribeSecurityGroupsCommand).rejects(awsError('UnauthorizedOperation'));
    expect(await runCheck(check)).toMatchObject([{ status: 'ERROR', message: expect.stringContaining('ec2:DescribeSecurityGroups') }]);
  });
});
