import { DescribeFlowLogsCommand, DescribeVpcsCommand, EC2Client, type FlowLog, type Vpc } from '@aws-sdk/client-ec2';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import check from '../../../checks/ec2/vpc-flow-logs-enabled.js';
import { awsError } from '../../harness/aws.js';
import { runCheck } from '../../harness/run-check.js';
import { ACCOUNT, arn } from './fixtures.js';

const ec2 = mockClient(EC2Client);
beforeEach(() => ec2.reset());

const vpc = (VpcId: string, IsDefault = false): Vpc => ({ VpcId, CidrBlock: '10.0.0.0/16', State: 'available', IsDefault, OwnerId: ACCOUNT });
const flowLog = (FlowLogId: string, ResourceId: string, TrafficType: 'ALL' | 'ACCEPT' | 'REJECT', over: Partial<FlowLog> = {}): FlowLog => ({
  FlowLogId, ResourceId, TrafficType, FlowLogStatus: 'ACTIVE', DeliverLogsStatus: 'SUCCESS', LogDestinationType: 's3', LogDestination: 'arn:aws:s3:::flow-logs-bucket',
  CreationTime: new Date('2024-01-01T00:00:00Z'), ...over,
});
const setup = (Vpcs: Vpc[], FlowLogs: FlowLog[]) => {
  ec2.on(DescribeVpcsCommand).resolves({ Vpcs });
  ec2.on(DescribeFlowLogsCommand).resolves({ FlowLogs });
};

describe('ec2.vpc-flow-logs-enabled', () => {
  it('PASS for ALL and for REJECT (the CIS minimum); FAIL without a flow log', async () => {
    setup([vpc('vpc-0all'), vpc('vpc-0rej'), vpc('vpc-0none', true)], [flowLog('fl-01', 'vpc-0all', 'ALL'), flowLog('fl-02', 'vpc-0rej', 'REJECT')]);
    expect(await runCheck(check)).toMatchObject([
      { status: 'PASS', resource: { id: 'vpc-0all', arn: arn('vpc', 'vpc-0all'), type: 'AWS::EC2::VPC' }, evidence: { FlowLogs: [{ FlowLogId: 'fl-01', TrafficType: 'ALL', FlowLogStatus: 'ACTIVE' }] } },
      { status: 'FAIL', resource: { id: 'vpc-0none' }, evidence: { IsDefault: true, FlowLogs: [] } },
      { status: 'PASS', resource: { id: 'vpc-0rej' }, evidence: { FlowLogs: [{ TrafficType: 'REJECT' }] } },
    ]);
  });

  it('FAIL for an ACCEPT-only log, a log that cannot deliver, and a subnet-level log', async () => {
    setup(
      [vpc('vpc-0acc'), vpc('vpc-0failed'), vpc('vpc-0subnet')],
      [
        flowLog('fl-03', 'vpc-0acc', 'ACCEPT'),
        flowLog('fl-04', 'vpc-0failed', 'ALL', { DeliverLogsStatus: 'FAILED', DeliverLogsErrorMessage: 'Access error' }),
        flowLog('fl-05', 'subnet-0123456789abcdef0', 'ALL'),
      ],
    );
    expect(await runCheck(check)).toMatchObject([
      { status: 'FAIL', resource: { id: 'vpc-0acc' }, evidence: { FlowLogs: [{ TrafficType: 'ACCEPT' }] } },
      { status: 'FAIL', resource: { id: 'vpc-0failed' }, evidence: { FlowLogs: [{ DeliverLogsStatus: 'FAILED' }] } },
      { status: 'FAIL', resource: { id: 'vpc-0subnet' }, evidence: { FlowLogs: [] } },
    ]);
  });

  it('one good flow log among several is enough', async () => {
    setup([vpc('vpc-0mix')], [flowLog('fl-06', 'vpc-0mix', 'ACCEPT'), flowLog('fl-07', 'vpc-0mix', 'REJECT')]);
    expect(await runCheck(check)).toMatchObject([{ status: 'PASS', evidence: { FlowLogs: [{ FlowLogId: 'fl-06' }, { FlowLogId: 'fl-07' }] } }]);
  });

  it('ERROR naming the permission when DescribeFlowLogs is denied', async () => {
    ec2.on(DescribeVpcsCommand).resolves({ Vpcs: [vpc('vpc-0a')] });
    ec2.on(DescribeFlowLogsCommand).rejects(awsError('UnauthorizedOperation'));
    expect(await runCheck(check)).toMatchObject([{ status: 'ERROR', message: expect.stringContaining('ec2:DescribeFlowLogs') }]);
  });
});
