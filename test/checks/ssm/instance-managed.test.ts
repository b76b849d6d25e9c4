import { DescribeInstancesCommand, EC2Client, type Instance } from '@aws-sdk/client-ec2';
import { DescribeInstanceInformationCommand, SSMClient, type InstanceInformation } from '@aws-sdk/client-ssm';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import check from '../../../checks/ssm/instance-managed.js';
import { awsError } from '../../harness/aws.js';
import { runCheck } from '../../harness/run-check.js';
import { arn, instance } from '../ec2/fixtures.js';

const ec2 = mockClient(EC2Client);
const ssm = mockClient(SSMClient);
beforeEach(() => {
  ec2.reset();
  ssm.reset();
});
const instances = (...Instances: Instance[]) => ec2.on(DescribeInstancesCommand).resolves({ Reservations: [{ ReservationId: 'r-0123', OwnerId: '111122223333', Instances }] });
/** One DescribeInstanceInformation entry, as the API returns it for an EC2 instance. */
const info = (InstanceId: string, PingStatus: 'Online' | 'ConnectionLost' | 'Inactive'): InstanceInformation => ({
  InstanceId, PingStatus, ResourceType: 'EC2Instance', AgentVersion: '3.3.987.0', PlatformType: 'Linux', PlatformName: 'Amazon Linux', LastPingDateTime: new Date('2026-11-28T10:00:00Z'),
});

describe('ssm.instance-managed', () => {
  it('PASS when the agent is online, FAIL when not registered, ConnectionLost or Inactive (saying which)', async () => {
    instances(instance('i-0online'), instance('i-0none'), instance('i-0lost'), instance('i-0inactive'));
    ssm.on(DescribeInstanceInformationCommand).resolves({ InstanceInformationList: [info('i-0online', 'Online'), info('i-0lost', 'ConnectionLost'), info('i-0inactive', 'Inactive'), info('mi-0123456789abcdef0', 'Online')] });
    expect(await runCheck(check)).toMatchObject([
      { status: 'FAIL', resource: { id: 'i-0inactive' }, message: expect.stringContaining('Inactive'), evidence: { registered: true, PingStatus: 'Inactive' } },
      { status: 'FAIL', resource: { id: 'i-0lost' }, message: expect.stringContaining('ConnectionLost'), evidence: { PingStatus: 'ConnectionLost' } },
      { status: 'FAIL', resource: { id: 'i-0none' }, message: expect.stringContaining('not registered'), evidence: { registered: false, PingStatus: null } },
      {
        status: 'PASS', resource: { id: 'i-0online', arn: arn('instance', 'i-0online'), type: 'AWS::EC2::Instance' },
        evidence: { PingStatus: 'Online', AgentVersion: '3.3.987.0', LastPingDateTime: '2026-11-28T10:00:00.000Z' },
        srm: { layer: 'host', duty: 'patch-management', serviceModel: 'IaaS' },
      },
    ]);
  });

  it('asks SSM once per region, with the largest page, and follows NextToken', async () => {
    instances(instance('i-0a'), instance('i-0b'));
    ssm.on(DescribeInstanceInformationCommand).resolvesOnce({ InstanceInformationList: [info('i-0a', 'Online')], NextToken: 'page2' }).resolves({ InstanceInformationList: [info('i-0b', 'Online')] });
    expect((await runCheck(check)).map((f) => f.status)).toEqual(['PASS', 'PASS']);
    const calls = ssm.commandCalls(DescribeInstanceInformationCommand).map((c) => c.args[0].input);
    expect(calls).toEqual([{ MaxResults: 50 }, { MaxResults: 50, NextToken: 'page2' }]);
  });

  it('stopped and terminated instances are not judged (and SSM is not asked when nothing runs)', async () => {
    instances(instance('i-0stop', { State: { Code: 80, Name: 'stopped' } }), instance('i-0term', { State: { Code: 48, Name: 'terminated' } }));
    expect(await runCheck(check)).toEqual([]);
    expect(ssm.commandCalls(DescribeInstanceInformationCommand)).toHaveLength(0);
  });

  it('ERROR naming the permission when DescribeInstanceInformation is denied', async () => {
    instances(instance('i-0a'));
    ssm.on(DescribeInstanceInformationCommand).rejects(awsError('AccessDeniedException'));
    expect(await runCheck(check)).toMatchObject([{ status: 'ERROR', message: expect.stringContaining('ssm:DescribeInstanceInformation') }]);
  });

  it('ERROR naming the permission when DescribeInstances is denied', async () => {
    ec2.on(DescribeInstancesCommand).rejects(awsError('UnauthorizedOperation'));
    expect(await runCheck(check)).toMatchObject([{ status: 'ERROR', message: expect.stringContaining('ec2:DescribeInstances') }]);
  });
});
