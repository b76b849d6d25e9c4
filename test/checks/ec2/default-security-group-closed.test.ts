import { DescribeSecurityGroupsCommand, EC2Client } from '@aws-sdk/client-ec2';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import check from '../../../checks/ec2/default-security-group-closed.js';
import { awsError } from '../../harness/aws.js';
import { runCheck } from '../../harness/run-check.js';
import { ACCOUNT, arn, perm, sg, world4 } from './fixtures.js';

const ec2 = mockClient(EC2Client);
beforeEach(() => ec2.reset());

/** A default group as AWS creates it: all traffic from members of the group, all traffic out. */
const untouchedDefault = (GroupId: string, VpcId: string) =>
  sg(GroupId, [perm({ IpProtocol: '-1', UserIdGroupPairs: [{ GroupId, UserId: ACCOUNT }] })], { GroupName: 'default', Description: 'default VPC security group', VpcId });

describe('ec2.default-security-group-closed', () => {
  it("FAIL for AWS's untouched default group; PASS once every rule is removed; other groups are ignored", async () => {
    ec2.on(DescribeSecurityGroupsCommand).resolves({
      SecurityGroups: [
        untouchedDefault('sg-0def1', 'vpc-01'),
        sg('sg-0def2', [], { GroupName: 'default', VpcId: 'vpc-02', IpPermissionsEgress: [] }),
        sg('sg-0app', [world4('tcp', 443, 443)]),
      ],
    });
    expect(await runCheck(check)).toMatchObject([
      { status: 'FAIL', resource: { id: 'sg-0def1', arn: arn('security-group', 'sg-0def1'), type: 'AWS::EC2::SecurityGroup' }, evidence: { VpcId: 'vpc-01', IpPermissions: 1, IpPermissionsEgress: 1 } },
      { status: 'PASS', resource: { id: 'sg-0def2' }, evidence: { VpcId: 'vpc-02', IpPermissions: 0, IpPermissionsEgress: 0 } },
    ]);
  });

  it('FAIL when only the outbound rule is left', async () => {
    ec2.on(DescribeSecurityGroupsCommand).resolves({ SecurityGroups: [sg('sg-0def3', [], { GroupName: 'default' })] });
    expect(await runCheck(check)).toMatchObject([{ status: 'FAIL', evidence: { IpPermissions: 0, IpPermissionsEgress: 1 } }]);
  });

  it('ERROR naming the permission when DescribeSecurityGroups is denied', async () => {
    ec2.on(DescribeSecurityGroupsCommand).rejects(awsError('UnauthorizedOperation'));
    expect(await runCheck(check)).toMatchObject([{ status: 'ERROR', message: expect.stringContaining('ec2:DescribeSecurityGroups') }]);
  });
});
