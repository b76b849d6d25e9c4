import type { StreamDescriptionSummary, StreamSummary } from '@aws-sdk/client-kinesis';
import type { Aws } from '../aws/call.js';
import { invalidData } from '../aws/invalid-data.js';
import { memo } from './memo.js';

/** Memoized Kinesis Data Streams data sets of one account. */
export function kinesisInventory(aws: Aws) {
  return {
    /**
     * The region's data streams, 10,000 a page (the API's maximum). The summaries carry name, ARN,
     * status and capacity mode only: encryption and retention need DescribeStreamSummary.
     */
    streams: memo((region: string): Promise<StreamSummary[]> =>
      aws.paginate('kinesis', region, 'ListStreams', (NextToken) => ({ Limit: 10000, ...(NextToken ? { NextToken } : {}) }), (o) => ({
        items: o.StreamSummaries,
        next: o.NextToken,
      }))),

    /** One stream's summary (encryption type and key, retention hours), without its shard list. */
    streamSummary: memo(async (region: string, streamArn: string): Promise<StreamDescriptionSummary> => {
      const out = await aws.send('kinesis', region, 'DescribeStreamSummary', { StreamARN: streamArn });
      if (!out.StreamDescriptionSummary) {
        throw invalidData({ service: 'kinesis', operation: 'DescribeStreamSummary', account: aws.account, region }, `the answer for ${streamArn} has no StreamDescriptionSummary`);
      }
      return out.StreamDescriptionSummary;
    }),
  };
}

export type KinesisInventory = ReturnType<typeof kinesisInventory>;
