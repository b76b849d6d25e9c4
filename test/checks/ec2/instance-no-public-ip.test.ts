import { DescribeInstancesCommand, EC2Client } from '@aws-sdk/client-ec2';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import check from '../../../checks/ec2/instance-no-public-ip.js';
import { awsError } from '../../harness/aws.js';
import { runCheck } from '../../harness/run-check.js';

const ec2 = mockClient(EC2Client);
beforeEach(() => ec2.reset());

describe('ec2.instance-no-public-ip', () => {
  it('FAIL with a public IP or an ENI association (Elastic IP on a second interface); PASS with none', async () => {
    ec2.on(DescribeInstancesCommand).resolves({ Reservations: [{ Instances: [
      { InstanceId: 'i-pub', PublicIpAddress: '203.0.113.7', State: { Name: 'running' } },
      { InstanceId: 'i-eip', State: { Name: 'running' }, NetworkInterfaces: [{ NetworkInterfaceId: 'eni-1' }, { NetworkInterfaceId: 'eni-2', Association: { PublicIp: '198.51.100.9' } }] },
      { InstanceId: 'i-priv', PrivateIpAddress: '10.0.0.5', State: { Name: 'running' }, NetworkInterfaces: [{ NetworkInterfaceId: 'eni-3' }] },
    ] }] });
    expect(await runCheck(check, { region: 'eu-west-1' })).toMatchObject([
      { status: 'FAIL', resource: { id: 'i-eip' }, evidence: { PublicIpAddress: null, networkInterfaceAssociations: [{ NetworkInterfaceId: 'eni-2', PublicIp: '198.51.100.9' }] } },
      { status: 'PASS', resource: { id: 'i-priv' }, evidence: { PublicIpAddress: null, networkInterfaceAssociations: [] } },
      { status: 'FAIL', resource: { id: 'i-pub', arn: 'arn:aws:ec2:eu-west-1:111122223333:instance/i-pub' }, evidence: { PublicIpAddress: '203.0.113.7' }, srm: { duty: 'network-access', serviceModel: 'IaaS' } },
    ]);
  });

  it('ERROR naming the permission when DescribeInstances is denied', async () => {
    ec2.on(DescribeInstancesCommand).rejects(awsError('UnauthorizedOperation'));
    expect(await runCheck(check, { region: 'eu-west-1' })).toMatchObject([{ status: 'ERROR', message: expect.stringContaining('ec2:DescribeInstances') }]);
  });
});
