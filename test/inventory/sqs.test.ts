import { GetQueueAttributesCommand, ListQueuesCommand, SQSClient } from '@aws-sdk/client-sqs';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import { InventoryError } from '../../src/aws/errors.js';
import { awsError, createTestInventory } from '../harness/aws.js';
import { queueAttributes, queueUrl } from '../checks/sqs/fixtures.js';

const sqs = mockClient(SQSClient);
beforeEach(() => sqs.reset());

describe('sqs inventory', () => {
  it('queueUrls(region) asks with MaxResults (without it AWS never paginates) and follows NextToken, once', async () => {
    sqs.on(ListQueuesCommand, { MaxResults: 1000 }).resolves({ QueueUrls: [queueUrl('a')], NextToken: 'n' });
    sqs.on(ListQueuesCommand, { MaxResults: 1000, NextToken: 'n' }).resolves({ QueueUrls: [queueUrl('b')] });
    const { inventory } = createTestInventory();
    const [x, y] = await Promise.all([inventory.sqs.queueUrls('us-east-1'), inventory.sqs.queueUrls('us-east-1')]);
    expect(x).toBe(y);
    expect(x).toEqual([queueUrl('a'), queueUrl('b')]);
    expect(sqs.commandCalls(ListQueuesCommand)).toHaveLength(2);
  });

  it('queueUrls: a region without queues is an empty list (AWS omits QueueUrls)', async () => {
    sqs.on(ListQueuesCommand).resolves({});
    const { inventory } = createTestInventory();
    expect(await inventory.sqs.queueUrls('us-east-1')).toEqual([]);
  });

  it('queueAttributes: every attribute, asked with All', async () => {
    sqs.on(GetQueueAttributesCommand, { QueueUrl: queueUrl('a'), AttributeNames: ['All'] }).resolves(queueAttributes('a', { Policy: '{}' }));
    const { inventory } = createTestInventory();
    expect(await inventory.sqs.queueAttributes('us-east-1', queueUrl('a'))).toMatchObject({ SqsManagedSseEnabled: 'true', Policy: '{}' });
  });

  it.each([
    ['queueUrls', ListQueuesCommand, 'sqs:ListQueues'],
    ['queueAttributes', GetQueueAttributesCommand, 'sqs:GetQueueAttributes'],
  ] as const)('%s: denied → InventoryError carrying the IAM action, cached (asked once)', async (getter, Command, action) => {
    sqs.on(Command as typeof ListQueuesCommand).rejects(awsError('AccessDenied'));
    const { inventory } = createTestInventory();
    const call = () => (getter === 'queueUrls' ? inventory.sqs.queueUrls('us-east-1') : inventory.sqs.queueAttributes('us-east-1', queueUrl('a')));
    const err = await call().catch((e: unknown) => e);
    expect(err).toBeInstanceOf(InventoryError);
    expect(err).toMatchObject({ kind: 'denied', iamAction: action });
    await call().catch(() => undefined);
    expect(sqs.commandCalls(Command as typeof ListQueuesCommand)).toHaveLength(1);
  });
});
