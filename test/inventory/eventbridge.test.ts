import { EventBridgeClient, ListEventBusesCommand } from '@aws-sdk/client-eventbridge';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import { awsError, createTestInventory } from '../harness/aws.js';

const events = mockClient(EventBridgeClient);
beforeEach(() => events.reset());
const bus = (Name: string) => ({ Name, Arn: `arn:aws:events:us-east-1:111122223333:event-bus/${Name}` });

describe('eventbridge inventory', () => {
  it('eventBuses(region) asks 100 a page and follows NextToken, once under concurrent callers, policies included', async () => {
    events.on(ListEventBusesCommand, { Limit: 100 }).resolves({ EventBuses: [{ ...bus('default'), Policy: '{"Version":"2012-10-17","Statement":[]}' }], NextToken: 'n' });
    events.on(ListEventBusesCommand, { Limit: 100, NextToken: 'n' }).resolves({ EventBuses: [bus('orders')] });
    const { inventory } = createTestInventory();
    const [x, y] = await Promise.all([inventory.eventbridge.eventBuses('us-east-1'), inventory.eventbridge.eventBuses('us-east-1')]);
    expect(x).toBe(y);
    expect(x).toMatchObject([{ Name: 'default', Policy: expect.any(String) }, { Name: 'orders' }]);
    expect(events.commandCalls(ListEventBusesCommand)).toHaveLength(2);
  });

  it('denied → InventoryError naming the action, asked once', async () => {
    events.on(ListEventBusesCommand).rejects(awsError('AccessDeniedException'));
    const { inventory } = createTestInventory();
    await expect(inventory.eventbridge.eventBuses('us-east-1')).rejects.toMatchObject({ kind: 'denied', iamAction: 'events:ListEventBuses' });
    await inventory.eventbridge.eventBuses('us-east-1').catch(() => undefined);
    expect(events.commandCalls(ListEventBusesCommand)).toHaveLength(1);
  });
});
