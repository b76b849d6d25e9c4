import { DescribeInstanceInformationCommand, ListResourceComplianceSummariesCommand, SSMClient } from '@aws-sdk/client-ssm';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import { InventoryError } from '../../src/aws/errors.js';
import { awsError, createTestInventory } from '../harness/aws.js';

const ssm = mockClient(SSMClient);
beforeEach(() => ssm.reset());

describe('ssm inventory', () => {
  it('instanceInformation(region) follows every page with MaxResults 50, asked once under concurrent callers', async () => {
    ssm.on(DescribeInstanceInformationCommand)
      .resolvesOnce({ InstanceInformationList: [{ InstanceId: 'i-0a', PingStatus: 'Online' }], NextToken: 't2' })
      .resolves({ InstanceInformationList: [{ InstanceId: 'mi-0b', PingStatus: 'ConnectionLost', ResourceType: 'ManagedInstance' }] });
    const { inventory, stats } = createTestInventory();
    const [a, b] = await Promise.all([inventory.ssm.instanceInformation('eu-west-1'), inventory.ssm.instanceInformation('eu-west-1')]);
    expect(a).toBe(b);
    expect(a.map((i) => i.InstanceId)).toEqual(['i-0a', 'mi-0b']);
    expect(ssm.commandCalls(DescribeInstanceInformationCommand).map((c) => c.args[0].input)).toEqual([{ MaxResults: 50 }, { MaxResults: 50, NextToken: 't2' }]);
    expect(stats.repeated.size).toBe(0);
  });

  it('patchComplianceSummaries(region) asks only for ComplianceType Patch; none is an empty list', async () => {
    ssm.on(ListResourceComplianceSummariesCommand).resolves({ ResourceComplianceSummaryItems: [] });
    const { inventory } = createTestInventory();
    expect(await inventory.ssm.patchComplianceSummaries('us-east-1')).toEqual([]);
    expect(ssm.commandCalls(ListResourceComplianceSummariesCommand)[0]!.args[0].input).toEqual({ Filters: [{ Key: 'ComplianceType', Values: ['Patch'], Type: 'EQUAL' }], MaxResults: 50 });
  });

  it('denied → InventoryError carrying the IAM action, cached', async () => {
    ssm.on(ListResourceComplianceSummariesCommand).rejects(awsError('AccessDeniedException'));
    const { inventory } = createTestInventory();
    const err = await inventory.ssm.patchComplianceSummaries('us-east-1').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(InventoryError);
    expect(err).toMatchObject({ kind: 'denied', iamAction: 'ssm:ListResourceComplianceSummaries' });
    await inventory.ssm.patchComplianceSummaries('us-east-1').catch(() => undefined);
    expect(ssm.commandCalls(ListResourceComplianceSummariesCommand)).toHaveLength(1);
  });
});
