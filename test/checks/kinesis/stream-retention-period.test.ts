import { DescribeStreamSummaryCommand, KinesisClient, ListStreamsCommand } from '@aws-sdk/client-kinesis';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import check from '../../../checks/kinesis/stream-retention-period.js';
import { awsError } from '../../harness/aws.js';
import { runCheck } from '../../harness/run-check.js';
import { streamArn, streamItem, streamSummary } from './fixtures.js';

const kinesis = mockClient(KinesisClient);
beforeEach(() => kinesis.reset());
const seed = (hours: Record<string, number | undefined>) => {
  kinesis.on(ListStreamsCommand).resolves({ StreamSummaries: Object.keys(hours).map(streamItem) });
  for (const [name, h] of Object.entries(hours)) kinesis.on(DescribeStreamSummaryCommand, { StreamARN: streamArn(name) }).resolves(streamSummary(name, { RetentionPeriodHours: h }));
};

describe('kinesis.stream-retention-period', () => {
  it('PASS at or above 168 hours (FSBP Kinesis.3 default), FAIL below, the default 24 included', async () => {
    seed({ audit: 168, clicks: 24, events: 8760, metrics: 167 });
    expect(await runCheck(check)).toMatchObject([
      { status: 'PASS', resource: { id: 'audit' }, evidence: { RetentionPeriodHours: 168, minRetentionHours: 168 }, srm: { duty: 'incident-response', serviceModel: 'SaaS' } },
      { status: 'FAIL', resource: { id: 'clicks' }, evidence: { RetentionPeriodHours: 24 } },
      { status: 'PASS', resource: { id: 'events' } },
      { status: 'FAIL', resource: { id: 'metrics' }, evidence: { RetentionPeriodHours: 167 } },
    ]);
  });

  it('minRetentionHours is an option', async () => {
    seed({ clicks: 24, metrics: 48 });
    expect((await runCheck(check, { options: { minRetentionHours: 48 } })).map((f) => f.status)).toEqual(['FAIL', 'PASS']);
  });

  it('ERROR (never PASS) when the answer has no RetentionPeriodHours, or the summary is denied', async () => {
    seed({ odd: undefined, denied: 200 });
    kinesis.on(DescribeStreamSummaryCommand, { StreamARN: streamArn('denied') }).rejects(awsError('AccessDeniedException'));
    expect(await runCheck(check)).toMatchObject([
      { status: 'ERROR', resource: { id: 'denied' }, message: expect.stringContaining('kinesis:DescribeStreamSummary') },
      { status: 'ERROR', resource: { id: 'odd' }, message: expect.stringContaining('RetentionPeriodHours') },
    ]);
  });
});
