import { DescribeInstancesCommand, EC2Client } from '@aws-sdk/client-ec2';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import check from '../../../checks/ec2/instance-in-allowed-region.js';
import { awsError } from '../../harness/aws.js';
import { runCheck } from '../../harness/run-check.js';

const ec2 = mockClient(EC2Client);
beforeEach(() => ec2.reset());
const allowedRegions = ['eu-west-1', 'eu-central-1'];

describe('ec2.instance-in-allowed-region', () => {
  it('PASS in an allowed region', async () => {
    ec2.on(DescribeInstancesCommand).resolves({ Reservations: [{ Instances: [{ InstanceId: 'i-1', State: { Name: 'running' } }] }] });
    expect(await runCheck(check, { region: 'eu-west-1', options: { allowedRegions } })).toMatchObject([{ status: 'PASS', resource: { id: 'i-1' }, region: 'eu-west-1', evidence: { region: 'eu-west-1' }, srm: { duty: 'data-residency', owner: 'customer', serviceModel: 'IaaS' } }]);
  });

  it('FAIL outside the allowed regions', async () => {
    ec2.on(DescribeInstancesCommand).resolves({ Reservations: [{ Instances: [{ InstanceId: 'i-1', State: { Name: 'running' } }] }] });
    expect(await runCheck(check, { region: 'us-east-1', options: { allowedRegions } })).toMatchObject([{ status: 'FAIL', resource: { id: 'i-1' }, evidence: { region: 'us-east-1', allowedRegions } }]);
  });

  it('reports nothing and asks nothing when allowedRegions is not configured', async () => {
    expect(await runCheck(check, { region: 'us-east-1' })).toEqual([]);
    expect(ec2.commandCalls(DescribeInstancesCommand)).toHaveLength(0);
  });

  it('ERROR naming the permission when the list is denied', async () => {
    ec2.on(DescribeInstancesCommand).rejects(awsError('UnauthorizedOperation'));
    expect(await runCheck(check, { region: 'us-east-1', options: { allowedRegions } })).toMatchObject([{ status: 'ERROR', message: expect.stringContaining('ec2:DescribeInstances') }]);
  });
});
