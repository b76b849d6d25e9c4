import { DescribeStreamSummaryCommand, KinesisClient, ListStreamsCommand } from '@aws-sdk/client-kinesis';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import { awsError, createTestInventory } from '../harness/aws.js';
import { streamArn, streamItem, streamSummary } from '../checks/kinesis/fixtures.js';

const kinesis = mockClient(KinesisClient);
beforeEach(() => kinesis.reset());

describe('kinesis inventory', () => {
  it('streams(region) asks 10,000 a page and follows NextToken, once under concurrent callers', async () => {
    kinesis.on(ListStreamsCommand, { Limit: 10000 }).resolves({ StreamSummaries: [streamItem('a')], StreamNames: ['a'], HasMoreStreams: true, NextToken: 'n' });
    kinesis.on(ListStreamsCommand, { Limit: 10000, NextToken: 'n' }).resolves({ StreamSummaries: [streamItem('b')], StreamNames: ['b'], HasMoreStreams: false });
    const { inventory } = createTestInventory();
    const [x, y] = await Promise.all([inventory.kinesis.streams('us-east-1'), inventory.kinesis.streams('us-east-1')]);
    expect(x).toBe(y);
    expect(x.map((s) => s.StreamName)).toEqual(['a', 'b']);
    expect(kinesis.commandCalls(ListStreamsCommand)).toHaveLength(2);
  });

  it('streams: a region without streams is an empty list', async () => {
    kinesis.on(ListStreamsCommand).resolves({ StreamNames: [], HasMoreStreams: false });
    expect(await createTestInventory().inventory.kinesis.streams('us-east-1')).toEqual([]);
  });

  it('streamSummary asks by StreamARN; an answer without a summary is invalid data; denied names the action, once', async () => {
    kinesis.on(DescribeStreamSummaryCommand, { StreamARN: streamArn('a') }).resolves(streamSummary('a', { EncryptionType: 'KMS' }));
    kinesis.on(DescribeStreamSummaryCommand, { StreamARN: streamArn('empty') }).resolves({});
    kinesis.on(DescribeStreamSummaryCommand, { StreamARN: streamArn('denied') }).rejects(awsError('AccessDeniedException'));
    const { inventory } = createTestInventory();
    expect(await inventory.kinesis.streamSummary('us-east-1', streamArn('a'))).toMatchObject({ EncryptionType: 'KMS', RetentionPeriodHours: 24 });
    await expect(inventory.kinesis.streamSummary('us-east-1', streamArn('empty'))).rejects.toMatchObject({ kind: 'invalid-data', iamAction: 'kinesis:DescribeStreamSummary' });
    await expect(inventory.kinesis.streamSummary('us-east-1', streamArn('denied'))).rejects.toMatchObject({ kind: 'denied', iamAction: 'kinesis:DescribeStreamSummary' });
    await inventory.kinesis.streamSummary('us-east-1', streamArn('denied')).catch(() => undefined);
    expect(kinesis.commandCalls(DescribeStreamSummaryCommand)).toHaveLength(3);
  });
});
