import { DescribeNetworkInterfacesCommand, DescribeVpcsCommand, EC2Client } from '@aws-sdk/client-ec2';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import check from '../../../checks/ec2/default-vpc-unused.js';
import { awsError } from '../../harness/aws.js';
import { runCheck } from '../../harness/run-check.js';

const ec2 = mockClient(EC2Client);
beforeEach(() => ec2.reset());

describe('ec2.default-vpc-unused', () => {
  it('FAIL when the default VPC holds network interfaces; other VPCs are not judged', async () => {
    ec2.on(DescribeVpcsCommand).resolves({ Vpcs: [{ VpcId: 'vpc-def', IsDefault: true, CidrBlock: '172.31.0.0/16' }, { VpcId: 'vpc-app', IsDefault: false }] });
    ec2.on(DescribeNetworkInterfacesCommand).resolves({ NetworkInterfaces: [
      { NetworkInterfaceId: 'eni-1', VpcId: 'vpc-def', InterfaceType: 'interface', Description: 'web' }, { NetworkInterfaceId: 'eni-2', VpcId: 'vpc-app' },
    ] });
    expect(await runCheck(check, { region: 'eu-west-1' })).toMatchObject([
      { status: 'FAIL', resource: { id: 'vpc-def', arn: 'arn:aws:ec2:eu-west-1:111122223333:vpc/vpc-def' }, evidence: { IsDefault: true, networkInterfaces: 1, interfaceTypes: ['interface'] }, srm: { duty: 'network-access' } },
    ]);
  });

  it('PASS with evidence for an empty default VPC; no finding and no ENI call without a default VPC', async () => {
    ec2.on(DescribeVpcsCommand).resolves({ Vpcs: [{ VpcId: 'vpc-def', IsDefault: true }] });
    ec2.on(DescribeNetworkInterfacesCommand).resolves({ NetworkInterfaces: [] });
    expect(await runCheck(check, { region: 'eu-west-1' })).toMatchObject([{ status: 'PASS', evidence: { networkInterfaces: 0 } }]);
    ec2.reset();
    ec2.on(DescribeVpcsCommand).resolves({ Vpcs: [{ VpcId: 'vpc-app', IsDefault: false }] });
    expect(await runCheck(check, { region: 'eu-west-1' })).toEqual([]);
    expect(ec2.commandCalls(DescribeNetworkInterfacesCommand)).toHaveLength(0);
  });

  it('ERROR naming the permission when DescribeNetworkInterfaces is denied', async () => {
    ec2.on(DescribeVpcsCommand).resolves({ Vpcs: [{ VpcId: 'vpc-def', IsDefault: true }] });
    ec2.on(DescribeNetworkInterfacesCommand).rejects(awsError('UnauthorizedOperation'));
    expect(await runCheck(check, { region: 'eu-west-1' })).toMatchObject([{ status: 'ERROR', message: expect.stringContaining('ec2:DescribeNetworkInterfaces') }]);
  });
});
