import { DescribeDeliveryStreamCommand, FirehoseClient, ListDeliveryStreamsCommand } from '@aws-sdk/client-firehose';
import { DescribeStreamSummaryCommand, KinesisClient } from '@aws-sdk/client-kinesis';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import check from '../../../checks/firehose/delivery-stream-encrypted.js';
import { awsError } from '../../harness/aws.js';
import { runCheck } from '../../harness/run-check.js';
import { streamArn, streamSummary } from '../kinesis/fixtures.js';
import { deliveryStream, deliveryStreamArn } from './fixtures.js';

const firehose = mockClient(FirehoseClient);
const kinesis = mockClient(KinesisClient);
beforeEach(() => {
  firehose.reset();
  kinesis.reset();
});
const fromKinesis = (name: string, source: string) => deliveryStream(name, {
  DeliveryStreamType: 'KinesisStreamAsSource',
  DeliveryStreamEncryptionConfiguration: { Status: 'DISABLED' },
  Source: { KinesisStreamSourceDescription: { KinesisStreamARN: streamArn(source), RoleARN: 'arn:aws:iam::111122223333:role/r' } },
});

describe('firehose.delivery-stream-encrypted', () => {
  it('Direct PUT: PASS when SSE is ENABLED, FAIL when DISABLED or still ENABLING', async () => {
    firehose.on(ListDeliveryStreamsCommand).resolves({ DeliveryStreamNames: ['cmk', 'off', 'starting'], HasMoreDeliveryStreams: false });
    firehose.on(DescribeDeliveryStreamCommand, { DeliveryStreamName: 'cmk' }).resolves(deliveryStream('cmk', { DeliveryStreamEncryptionConfiguration: { Status: 'ENABLED', KeyType: 'CUSTOMER_MANAGED_CMK', KeyARN: 'arn:aws:kms:us-east-1:111122223333:key/k' } }));
    firehose.on(DescribeDeliveryStreamCommand, { DeliveryStreamName: 'off' }).resolves(deliveryStream('off'));
    firehose.on(DescribeDeliveryStreamCommand, { DeliveryStreamName: 'starting' }).resolves(deliveryStream('starting', { DeliveryStreamEncryptionConfiguration: { Status: 'ENABLING', KeyType: 'AWS_OWNED_CMK' } }));
    expect(await runCheck(check)).toMatchObject([
      { status: 'PASS', resource: { id: 'cmk', arn: deliveryStreamArn('cmk') }, evidence: { DeliveryStreamType: 'DirectPut', Status: 'ENABLED', KeyType: 'CUSTOMER_MANAGED_CMK' }, srm: { duty: 'data-encryption', serviceModel: 'SaaS' } },
      { status: 'FAIL', resource: { id: 'off' }, evidence: { Status: 'DISABLED', KeyType: null } },
      { status: 'FAIL', resource: { id: 'starting' }, evidence: { Status: 'ENABLING' } },
    ]);
  });

  it('a Kinesis-sourced stream is judged by its source stream; an MSK-sourced one passes', async () => {
    firehose.on(ListDeliveryStreamsCommand).resolves({ DeliveryStreamNames: ['from-clear', 'from-kms', 'from-msk'], HasMoreDeliveryStreams: false });
    firehose.on(DescribeDeliveryStreamCommand, { DeliveryStreamName: 'from-clear' }).resolves(fromKinesis('from-clear', 'clear'));
    firehose.on(DescribeDeliveryStreamCommand, { DeliveryStreamName: 'from-kms' }).resolves(fromKinesis('from-kms', 'sealed'));
    firehose.on(DescribeDeliveryStreamCommand, { DeliveryStreamName: 'from-msk' }).resolves(deliveryStream('from-msk', { DeliveryStreamType: 'MSKAsSource' }));
    kinesis.on(DescribeStreamSummaryCommand, { StreamARN: streamArn('clear') }).resolves(streamSummary('clear'));
    kinesis.on(DescribeStreamSummaryCommand, { StreamARN: streamArn('sealed') }).resolves(streamSummary('sealed', { EncryptionType: 'KMS', KeyId: 'alias/aws/kinesis' }));
    expect(await runCheck(check)).toMatchObject([
      { status: 'FAIL', resource: { id: 'from-clear' }, evidence: { DeliveryStreamType: 'KinesisStreamAsSource', KinesisStreamARN: streamArn('clear'), EncryptionType: 'NONE' } },
      { status: 'PASS', resource: { id: 'from-kms' }, evidence: { EncryptionType: 'KMS' } },
      { status: 'PASS', resource: { id: 'from-msk' }, evidence: { DeliveryStreamType: 'MSKAsSource' } },
    ]);
  });

  it('follows HasMoreDeliveryStreams with the last name seen', async () => {
    firehose.on(ListDeliveryStreamsCommand, { Limit: 10000 }).resolves({ DeliveryStreamNames: ['a'], HasMoreDeliveryStreams: true });
    firehose.on(ListDeliveryStreamsCommand, { Limit: 10000, ExclusiveStartDeliveryStreamName: 'a' }).resolves({ DeliveryStreamNames: ['b'], HasMoreDeliveryStreams: false });
    firehose.on(DescribeDeliveryStreamCommand).callsFake((i: { DeliveryStreamName: string }) => deliveryStream(i.DeliveryStreamName));
    expect((await runCheck(check)).map((f) => f.resource.id)).toEqual(['a', 'b']);
  });

  it('ERROR for the stream whose description (or source stream) is denied, with its ARN', async () => {
    firehose.on(ListDeliveryStreamsCommand).resolves({ DeliveryStreamNames: ['denied', 'src-denied'], HasMoreDeliveryStreams: false });
    firehose.on(DescribeDeliveryStreamCommand, { DeliveryStreamName: 'denied' }).rejects(awsError('AccessDeniedException'));
    firehose.on(DescribeDeliveryStreamCommand, { DeliveryStreamName: 'src-denied' }).resolves(fromKinesis('src-denied', 'hidden'));
    kinesis.on(DescribeStreamSummaryCommand).rejects(awsError('AccessDeniedException'));
    expect(await runCheck(check)).toMatchObject([
      { status: 'ERROR', resource: { id: 'denied', arn: deliveryStreamArn('denied') }, message: expect.stringContaining('firehose:DescribeDeliveryStream') },
      { status: 'ERROR', resource: { id: 'src-denied' }, message: expect.stringContaining('kinesis:DescribeStreamSummary') },
    ]);
  });
});
