import { DescribeInstancesCommand, EC2Client, type Instance } from '@aws-sdk/client-ec2';
import { DescribeInstanceInformationCommand, ListResourceComplianceSummariesCommand, SSMClient, type ResourceComplianceSummaryItem } from '@aws-sdk/client-ssm';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import check from '../../../checks/ssm/instance-patch-compliant.js';
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
const managed = (...ids: string[]) => ssm.on(DescribeInstanceInformationCommand).resolves({ InstanceInformationList: ids.map((InstanceId) => ({ InstanceId, PingStatus: 'Online', ResourceType: 'EC2Instance' })) });
const EXECUTED = new Date('2026-11-27T03:00:00Z');
/** A Patch summary as ListResourceComplianceSummaries returns it. */
function summary(ResourceId: string, Status: 'COMPLIANT' | 'NON_COMPLIANT', over: Partial<ResourceComplianceSummaryItem> = {}): ResourceComplianceSummaryItem {
  return {
    ComplianceType: 'Patch', ResourceType: 'ManagedInstance', ResourceId, Status,
    OverallSeverity: Status === 'COMPLIANT' ? 'UNSPECIFIED' : 'CRITICAL',
    ExecutionSummary: { ExecutionTime: EXECUTED, ExecutionId: 'exec-1', ExecutionType: 'Command' },
    CompliantSummary: { CompliantCount: 40, SeveritySummary: {} },
    NonCompliantSummary: Status === 'COMPLIANT'
      ? { NonCompliantCount: 0, SeveritySummary: { CriticalCount: 0, HighCount: 0, MediumCount: 0, LowCount: 0, InformationalCount: 0, UnspecifiedCount: 0 } }
      : { NonCompliantCount: 5, SeveritySummary: { CriticalCount: 2, HighCount: 1, MediumCount: 0, LowCount: 0, InformationalCount: 0, UnspecifiedCount: 2 } },
    ...over,
  };
}

describe('ssm.instance-patch-compliant', () => {
  it('PASS when COMPLIANT, FAIL with counts by severity when NON_COMPLIANT, FAIL when never scanned', async () => {
    instances(instance('i-0ok'), instance('i-0bad'), instance('i-0new'));
    managed('i-0ok', 'i-0bad', 'i-0new');
    ssm.on(ListResourceComplianceSummariesCommand).resolves({ ResourceComplianceSummaryItems: [summary('i-0ok', 'COMPLIANT'), summary('i-0bad', 'NON_COMPLIANT')] });
    expect(await runCheck(check)).toMatchObject([
      {
        status: 'FAIL', resource: { id: 'i-0bad' }, message: expect.stringContaining('missing 5 patch'),
        evidence: { Status: 'NON_COMPLIANT', ExecutionTime: EXECUTED.toISOString(), NonCompliantCount: 5, NonCompliantBySeverity: { Critical: 2, High: 1, Unspecified: 2 } },
      },
      { status: 'FAIL', resource: { id: 'i-0new' }, message: expect.stringContaining('no patch compliance data (never scanned by Patch Manager)'), evidence: { Status: null } },
      { status: 'PASS', resource: { id: 'i-0ok', arn: arn('instance', 'i-0ok'), type: 'AWS::EC2::Instance' }, evidence: { Status: 'COMPLIANT', NonCompliantCount: 0 }, srm: { duty: 'patch-management', layer: 'host' } },
    ]);
  });

  it('asks for Patch summaries in one bulk call with the ComplianceType filter, following NextToken', async () => {
    instances(instance('i-0a'), instance('i-0b'));
    managed('i-0a', 'i-0b');
    ssm.on(ListResourceComplianceSummariesCommand)
      .resolvesOnce({ ResourceComplianceSummaryItems: [summary('i-0a', 'COMPLIANT')], NextToken: 't2' })
      .resolves({ ResourceComplianceSummaryItems: [summary('i-0b', 'COMPLIANT')] });
    expect((await runCheck(check)).map((f) => f.status)).toEqual(['PASS', 'PASS']);
    const inputs = ssm.commandCalls(ListResourceComplianceSummariesCommand).map((c) => c.args[0].input);
    const Filters = [{ Key: 'ComplianceType', Values: ['Patch'], Type: 'EQUAL' }];
    expect(inputs).toEqual([{ Filters, MaxResults: 50 }, { Filters, MaxResults: 50, NextToken: 't2' }]);
  });

  it('instances Systems Manager does not manage, and stopped ones, get no finding here', async () => {
    instances(instance('i-0unmanaged'), instance('i-0stop', { State: { Code: 80, Name: 'stopped' } }));
    managed('i-0stop');
    expect(await runCheck(check)).toEqual([]);
    expect(ssm.commandCalls(ListResourceComplianceSummariesCommand)).toHaveLength(0);
  });

  it('ERROR naming the permission when ListResourceComplianceSummaries is denied', async () => {
    instances(instance('i-0a'));
    managed('i-0a');
    ssm.on(ListResourceComplianceSummariesCommand).rejects(awsError('AccessDeniedException'));
    expect(await runCheck(check)).toMatchObject([{ status: 'ERROR', message: expect.stringContaining('ssm:ListResourceComplianceSummaries') }]);
  });

  it('ERROR, never a verdict, when DescribeInstanceInformation is denied', async () => {
    instances(instance('i-0a'));
    ssm.on(DescribeInstanceInformationCommand).rejects(awsError('AccessDeniedException'));
    expect(await runCheck(check)).toMatchObject([{ status: 'ERROR', message: expect.stringContaining('ssm:DescribeInstanceInformation') }]);
  });
});
