import { DescribeInstancesCommand, DescribeSecurityGroupsCommand, EC2Client, type Instance } from '@aws-sdk/client-ec2';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import check from '../../../checks/ec2/instance-no-public-admin-ports.js';
import { awsError } from '../../harness/aws.js';
import { runCheck } from '../../harness/run-check.js';
import { arn, instance, sg, world4, world6 } from './fixtures.js';

const ec2 = mockClient(EC2Client);
beforeEach(() => ec2.reset());

const instances = (...Instances: Instance[]) => ec2.on(DescribeInstancesCommand).resolves({ Reservations: [{ ReservationId: 'r-0123', OwnerId: '111122223333', Instances }] });
const groups = (...SecurityGroups: ReturnType<typeof sg>[]) => ec2.on(DescribeSecurityGroupsCommand).resolves({ SecurityGroups });
const inGroups = (...ids: string[]) => ({ SecurityGroups: ids.map((GroupId) => ({ GroupId, GroupName: `${GroupId}-name` })) });

describe('ec2.instance-no-public-admin-ports', () => {
  it('FAIL for a public instance whose group opens SSH to the world; PASS for a private one in the same group', async () => {
    groups(sg('sg-0ssh', [world4('tcp', 22, 22)]), sg('sg-0web', [world4('tcp', 443, 443)]));
    instances(
      instance('i-0pub', { PublicIpAddress: '54.210.1.2', ...inGroups('sg-0web', 'sg-0ssh') }),
      instance('i-0priv', inGroups('sg-0ssh')),
      instance('i-0pubweb', { PublicIpAddress: '54.210.1.3', ...inGroups('sg-0web') }),
    );
    expect(await runCheck(check)).toMatchObject([
      { status: 'PASS', resource: { id: 'i-0priv' }, evidence: { PublicIpAddress: [], Ipv6Address: [] } },
      {
        status: 'FAIL',
        resource: { id: 'i-0pub', arn: arn('instance', 'i-0pub'), type: 'AWS::EC2::Instance' },
        evidence: { PublicIpAddress: ['54.210.1.2'], SecurityGroups: ['sg-0ssh', 'sg-0web'], openToWorld: [{ GroupId: 'sg-0ssh', IpProtocol: 'tcp', FromPort: 22, ToPort: 22, CidrIp: '0.0.0.0/0', reaches: ['22/tcp'] }] },
      },
      { status: 'PASS', resource: { id: 'i-0pubweb' }, evidence: { PublicIpAddress: ['54.210.1.3'], openToWorld: [] } },
    ]);
  });

  it('counts an IPv6 address and the groups and Elastic IP of a secondary interface', async () => {
    groups(sg('sg-0rdp6', [world6('tcp', 3389, 3389)]), sg('sg-0all4', [world4('-1')]));
    instances(
      instance('i-0v6', { Ipv6Address: '2600:1f18:abc::10', ...inGroups('sg-0rdp6') }),
      instance('i-0eni', {
        ...inGroups(),
        NetworkInterfaces: [{ NetworkInterfaceId: 'eni-0b', Association: { PublicIp: '3.4.5.6', IpOwnerId: 'amazon' }, Groups: [{ GroupId: 'sg-0all4' }], Ipv6Addresses: [] }],
      }),
    );
    expect(await runCheck(check)).toMatchObject([
      { status: 'FAIL', resource: { id: 'i-0eni' }, evidence: { PublicIpAddress: ['3.4.5.6'], SecurityGroups: ['sg-0all4'], openToWorld: [{ GroupId: 'sg-0all4', IpProtocol: '-1' }] } },
      { status: 'FAIL', resource: { id: 'i-0v6' }, evidence: { Ipv6Address: ['2600:1f18:abc::10'], openToWorld: [{ CidrIpv6: '::/0', reaches: ['3389/tcp'] }] } },
    ]);
  });

  it('an IPv4-only world rule does not expose an instance reachable only over IPv6, and vice versa', async () => {
    groups(sg('sg-0ssh4', [world4('tcp', 22, 22)]), sg('sg-0ssh6', [world6('tcp', 22, 22)]));
    instances(instance('i-0only6', { Ipv6Address: '2600:1f18:abc::11', ...inGroups('sg-0ssh4') }), instance('i-0only4', { PublicIpAddress: '54.210.1.4', ...inGroups('sg-0ssh6') }));
    expect(await runCheck(check)).toMatchObject([
      { status: 'PASS', resource: { id: 'i-0only4' } },
      { status: 'PASS', resource: { id: 'i-0only6' } },
    ]);
  });

  it('ERROR for the instance whose attached group is not listed; the others keep their verdict', async () => {
    groups(sg('sg-0ok'));
    instances(instance('i-0lost', { PublicIpAddress: '54.210.1.5', ...inGroups('sg-0gone') }), instance('i-0ok', { PublicIpAddress: '54.210.1.6', ...inGroups('sg-0ok') }));
    expect(await runCheck(check)).toMatchObject([
      { status: 'ERROR', resource: { id: 'i-0lost' }, message: expect.stringContaining('sg-0gone') },
      { status: 'PASS', resource: { id: 'i-0ok' } },
    ]);
  });

  it('ERROR naming the permission when DescribeSecurityGroups is denied', async () => {
    instances(instance('i-0a', { PublicIpAddress: '54.210.1.7' }));
    ec2.on(DescribeSecurityGroupsCommand).rejects(awsError('UnauthorizedOperation'));
    expect(await runCheck(check)).toMatchObject([{ status: 'ERROR', message: expect.stringContaining('ec2:DescribeSecurityGroups') }]);
  });
});
