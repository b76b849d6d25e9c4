import { DescribeNetworkInterfacesCommand, DescribeSecurityGroupsCommand, EC2Client } from '@aws-sdk/client-ec2';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import check from '../../../checks/ec2/security-group-attached.js';
import { awsError } from '../../harness/aws.js';
import { runCheck } from '../../harness/run-check.js';

const ec2 = mockClient(EC2Client);
beforeEach(() => ec2.reset());

describe('ec2.security-group-attached', () => {
  it('PASS when an ENI carries the group, FAIL when none does; default groups are not judged', async () => {
    ec2.on(DescribeSecurityGroupsCommand).resolves({ SecurityGroups: [
      { GroupId: 'sg-used', GroupName: 'web', VpcId: 'vpc-1' }, { GroupId: 'sg-idle', GroupName: 'old', VpcId: 'vpc-1' }, { GroupId: 'sg-def', GroupName: 'default', VpcId: 'vpc-1' },
    ] });
    ec2.on(DescribeNetworkInterfacesCommand).resolves({ NetworkInterfaces: [
      { NetworkInterfaceId: 'eni-1', Groups: [{ GroupId: 'sg-used' }, { GroupId: 'sg-def' }] }, { NetworkInterfaceId: 'eni-2', Groups: [{ GroupId: 'sg-used' }] },
    ] });
    expect(await runCheck(check, { region: 'eu-west-1' })).toMatchObject([
      { status: 'FAIL', resource: { id: 'sg-idle', arn: 'arn:aws:ec2:eu-west-1:111122223333:security-group/sg-idle' }, evidence: { attachedNetworkInterfaces: 0 } },
      { status: 'PASS', resource: { id: 'sg-used' }, evidence: { attachedNetworkInterfaces: 2 }, srm: { duty: 'network-access' } },
    ]);
  });

  it('ERROR naming the permission when DescribeNetworkInterfaces is denied', async () => {
    ec2.on(DescribeSecurityGroupsCommand).resolves({ SecurityGroups: [{ GroupId: 'sg-1', GroupName: 'x' }] });
    ec2.on(DescribeNetworkInterfacesCommand).rejects(awsError('UnauthorizedOperation'));
    expect(await runCheck(check, { region: 'eu-west-1' })).toMatchObject([{ status: 'ERROR', message: expect.stringContaining('ec2:DescribeNetworkInterfaces') }]);
  });
});
