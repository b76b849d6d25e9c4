import { DescribeSecurityGroupsCommand, EC2Client } from '@aws-sdk/client-ec2';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import check from '../../../checks/ec2/security-group-no-broad-ingress.js';
import { awsError } from '../../harness/aws.js';
import { runCheck } from '../../harness/run-check.js';

const ec2 = mockClient(EC2Client);
beforeEach(() => ec2.reset());
const world4 = [{ CidrIp: '0.0.0.0/0' }];

describe('ec2.security-group-no-broad-ingress', () => {
  it('FAIL all traffic or a wide range from the world (IPv4 or IPv6); PASS single ports, narrow sources and ICMP', async () => {
    ec2.on(DescribeSecurityGroupsCommand).resolves({ SecurityGroups: [
      { GroupId: 'sg-all', GroupName: 'all', IpPermissions: [{ IpProtocol: '-1', IpRanges: world4 }] },
      { GroupId: 'sg-range6', GroupName: 'range6', IpPermissions: [{ IpProtocol: 'tcp', FromPort: 1024, ToPort: 65535, Ipv6Ranges: [{ CidrIpv6: '::/0' }] }] },
      { GroupId: 'sg-web', GroupName: 'web', IpPermissions: [{ IpProtocol: 'tcp', FromPort: 443, ToPort: 443, IpRanges: world4 }, { IpProtocol: 'icmp', FromPort: -1, ToPort: -1, IpRanges: world4 }] },
      { GroupId: 'sg-office', GroupName: 'office', IpPermissions: [{ IpProtocol: '-1', IpRanges: [{ CidrIp: '198.51.100.0/24' }] }] },
    ] });
    expect(await runCheck(check, { region: 'eu-west-1' })).toMatchObject([
      { status: 'FAIL', resource: { id: 'sg-all' }, evidence: { broadWorldRules: [{ IpProtocol: '-1', source: '0.0.0.0/0', ports: 'all' }] }, srm: { duty: 'network-access', serviceModel: 'IaaS' } },
      { status: 'PASS', resource: { id: 'sg-office' }, evidence: { broadWorldRules: [] } },
      { status: 'FAIL', resource: { id: 'sg-range6' }, evidence: { broadWorldRules: [{ IpProtocol: 'tcp', FromPort: 1024, ToPort: 65535, source: '::/0', ports: 64512 }] } },
      { status: 'PASS', resource: { id: 'sg-web' }, evidence: { maxPorts: 1 } },
    ]);
  });

  it('honours maxPorts', async () => {
    ec2.on(DescribeSecurityGroupsCommand).resolves({ SecurityGroups: [{ GroupId: 'sg-pair', GroupName: 'pair', IpPermissions: [{ IpProtocol: 'udp', FromPort: 5000, ToPort: 5001, IpRanges: world4 }] }] });
    expect(await runCheck(check, { region: 'eu-west-1' })).toMatchObject([{ status: 'FAIL' }]);
    expect(await runCheck(check, { region: 'eu-west-1', options: { maxPorts: 2 } })).toMatchObject([{ status: 'PASS' }]);
  });

  it('ERROR naming the permission when DescribeSecurityGroups is denied', async () => {
    ec2.on(DescribeSecurityGroupsCommand).rejects(awsError('UnauthorizedOperation'));
    expect(await runCheck(check, { region: 'eu-west-1' })).toMatchObject([{ status: 'ERROR', message: expect.stringContaining('ec2:DescribeSecurityGroups') }]);
  });
});
