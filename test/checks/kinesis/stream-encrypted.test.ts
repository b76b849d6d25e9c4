import { DescribeStreamSummaryCommand, KinesisClient, ListStreamsCommand } from '@aws-sdk/client-kinesis';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import check from '../../../checks/kinesis/stream-encrypted.js';
import { awsError } from '../../harness/aws.js';
import { runCheck } from '../../harness/run-check.js';
import { streamArn, streamItem, streamSummary } from './fixtures.js';

const kinesis = mockClient(KinesisClient);
beforeEach(() => kinesis.reset());

describe('kinesis.stream-encrypted', () => {
  it('PASS with EncryptionType KMS (key as evidence), FAIL with NONE', async () => {
    kinesis.on(ListStreamsCommand).resolves({ StreamSummaries: [streamItem('clicks'), streamItem('orders')], HasMoreStreams: false, StreamNames: ['clicks', 'orders'] });
    kinesis.on(DescribeStreamSummaryCommand, { StreamARN: streamArn('orders') }).resolves(streamSummary('orders', { EncryptionType: 'KMS', KeyId: 'alias/aws/kinesis' }));
    kinesis.on(DescribeStreamSummaryCommand, { StreamARN: streamArn('clicks') }).resolves(streamSummary('clicks'));
    expect(await runCheck(check)).toMatchObject([
      { status: 'FAIL', resource: { id: 'clicks', arn: streamArn('clicks') }, evidence: { EncryptionType: 'NONE', KeyId: null }, srm: { duty: 'data-encryption', serviceModel: 'SaaS', owner: 'customer' } },
      { status: 'PASS', resource: { id: 'orders' }, evidence: { EncryptionType: 'KMS', KeyId: 'alias/aws/kinesis' } },
    ]);
  });

  it('ERROR for the one stream whose summary is denied, naming the permission', async () => {
    kinesis.on(ListStreamsCommand).resolves({ StreamSummaries: [streamItem('a'), streamItem('b')] });
    kinesis.on(DescribeStreamSummaryCommand, { StreamARN: streamArn('a') }).rejects(awsError('AccessDeniedException'));
    kinesis.on(DescribeStreamSummaryCommand, { StreamARN: streamArn('b') }).resolves(streamSummary('b', { EncryptionType: 'KMS', KeyId: 'k' }));
    expect(await runCheck(check)).toMatchObject([
      { status: 'ERROR', resource: { id: 'a' }, message: expect.stringContaining('kinesis:DescribeStreamSummary') },
      { status: 'PASS', resource: { id: 'b' } },
    ]);
  });

  it('ERROR (never FAIL or PASS) for a summary without EncryptionType, which AWS always returns', async () => {
    kinesis.on(ListStreamsCommand).resolves({ StreamSummaries: [streamItem('a')] });
    kinesis.on(DescribeStreamSummaryCommand).resolves(streamSummary('a', { EncryptionType: undefined }));
    expect(await runCheck(check)).toMatchObject([{ status: 'ERROR', resource: { id: 'a' }, message: expect.stringContaining('no EncryptionType') }]);
  });

  it('ERROR (never PASS) when the stream list is denied', async () => {
    kinesis.on(ListStreamsCommand).rejects(awsError('AccessDeniedException'));
    expect(await runCheck(check)).toMatchObject([{ status: 'ERROR', message: expect.stringContaining('kinesis:ListStreams') }]);
  });
});
