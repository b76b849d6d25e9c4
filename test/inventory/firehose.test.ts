import { DescribeDeliveryStreamCommand, FirehoseClient, ListDeliveryStreamsCommand } from '@aws-sdk/client-firehose';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import { awsError, createTestInventory } from '../harness/aws.js';
import { deliveryStream } from '../checks/firehose/fixtures.js';

const firehose = mockClient(FirehoseClient);
beforeEach(() => firehose.reset());

describe('firehose inventory', () => {
  it('deliveryStreamNames pages by the last name while HasMoreDeliveryStreams, once under concurrent callers', async () => {
    firehose.on(ListDeliveryStreamsCommand, { Limit: 10000 }).resolves({ DeliveryStreamNames: ['a', 'b'], HasMoreDeliveryStreams: true });
    firehose.on(ListDeliveryStreamsCommand, { Limit: 10000, ExclusiveStartDeliveryStreamName: 'b' }).resolves({ DeliveryStreamNames: ['c'], HasMoreDeliveryStreams: false });
    const { inventory } = createTestInventory();
    const [x, y] = await Promise.all([inventory.firehose.deliveryStreamNames('us-east-1'), inventory.firehose.deliveryStreamNames('us-east-1')]);
    expect(x).toBe(y);
    expect(x).toEqual(['a', 'b', 'c']);
    expect(firehose.commandCalls(ListDeliveryStreamsCommand)).toHaveLength(2);
  });

  it('deliveryStream: the description; none in the answer is invalid data; denied names the action', async () => {
    firehose.on(DescribeDeliveryStreamCommand, { DeliveryStreamName: 'a' }).resolves(deliveryStream('a'));
    firehose.on(DescribeDeliveryStreamCommand, { DeliveryStreamName: 'empty' }).resolves({});
    firehose.on(DescribeDeliveryStreamCommand, { DeliveryStreamName: 'denied' }).rejects(awsError('AccessDeniedException'));
    const { inventory } = createTestInventory();
    expect(await inventory.firehose.deliveryStream('us-east-1', 'a')).toMatchObject({ DeliveryStreamType: 'DirectPut', DeliveryStreamEncryptionConfiguration: { Status: 'DISABLED' } });
    await expect(inventory.firehose.deliveryStream('us-east-1', 'empty')).rejects.toMatchObject({ kind: 'invalid-data', iamAction: 'firehose:DescribeDeliveryStream' });
    await expect(inventory.firehose.deliveryStream('us-east-1', 'denied')).rejects.toMatchObject({ kind: 'denied', iamAction: 'firehose:DescribeDeliveryStream' });
  });
});
