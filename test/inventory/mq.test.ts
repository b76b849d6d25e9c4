import { DescribeBrokerCommand, ListBrokersCommand, MqClient } from '@aws-sdk/client-mq';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import { awsError, createTestInventory } from '../harness/aws.js';
import { broker, brokerItem } from '../checks/mq/fixtures.js';

const mq = mockClient(MqClient);
beforeEach(() => mq.reset());

describe('mq inventory', () => {
  it('brokers(region) asks 100 a page and follows NextToken, once under concurrent callers', async () => {
    mq.on(ListBrokersCommand, { MaxResults: 100 }).resolves({ BrokerSummaries: [brokerItem('b-1', 'a')], NextToken: 'n' });
    mq.on(ListBrokersCommand, { MaxResults: 100, NextToken: 'n' }).resolves({ BrokerSummaries: [brokerItem('b-2', 'b')] });
    const { inventory } = createTestInventory();
    const [x, y] = await Promise.all([inventory.mq.brokers('us-east-1'), inventory.mq.brokers('us-east-1')]);
    expect(x).toBe(y);
    expect(x.map((b) => b.BrokerName)).toEqual(['a', 'b']);
    expect(mq.commandCalls(ListBrokersCommand)).toHaveLength(2);
  });

  it('broker: the configuration without $metadata; denied (403) → InventoryError naming the action, asked once', async () => {
    mq.on(DescribeBrokerCommand, { BrokerId: 'b-1' }).resolves(broker('b-1', 'a'));
    mq.on(DescribeBrokerCommand, { BrokerId: 'b-2' }).rejects(awsError('ForbiddenException', { status: 403 }));
    const { inventory } = createTestInventory();
    const b = await inventory.mq.broker('us-east-1', 'b-1');
    expect(b).toMatchObject({ BrokerId: 'b-1', PubliclyAccessible: false, AutoMinorVersionUpgrade: true });
    expect(b).not.toHaveProperty('$metadata');
    await expect(inventory.mq.broker('us-east-1', 'b-2')).rejects.toMatchObject({ kind: 'denied', iamAction: 'mq:DescribeBroker' });
    await inventory.mq.broker('us-east-1', 'b-2').catch(() => undefined);
    expect(mq.commandCalls(DescribeBrokerCommand)).toHaveLength(2);
  });
});
