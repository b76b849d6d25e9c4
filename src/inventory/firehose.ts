import type { DeliveryStreamDescription } from '@aws-sdk/client-firehose';
import type { Aws } from '../aws/call.js';
import { invalidData } from '../aws/invalid-data.js';
import { memo } from './memo.js';

/** Memoized Amazon Data Firehose data sets of one account. */
export function firehoseInventory(aws: Aws) {
  return {
    /**
     * The names of the region's Firehose streams, 10,000 a page (the API's maximum). The API pages
     * by the last name seen (ExclusiveStartDeliveryStreamName) while HasMoreDeliveryStreams is true.
     */
    deliveryStreamNames: memo((region: string): Promise<string[]> =>
      aws.paginate('firehose', region, 'ListDeliveryStreams', (start) => ({ Limit: 10000, ...(start ? { ExclusiveStartDeliveryStreamName: start } : {}) }), (o) => ({
        items: o.DeliveryStreamNames,
        next: o.HasMoreDeliveryStreams && o.DeliveryStreamNames?.length ? o.DeliveryStreamNames[o.DeliveryStreamNames.length - 1] : undefined,
      }))),

    /** One stream's description: source type and server-side encryption (destinations come along). */
    deliveryStream: memo(async (region: string, name: string): Promise<DeliveryStreamDescription> => {
      const out = await aws.send('firehose', region, 'DescribeDeliveryStream', { DeliveryStreamName: name });
      if (!out.DeliveryStreamDescription) {
        throw invalidData({ service: 'firehose', operation: 'DescribeDeliveryStream', account: aws.account, region }, `the answer for ${name} has no DeliveryStreamDescription`);
      }
      return out.DeliveryStreamDescription;
    }),
  };
}

export type FirehoseInventory = ReturnType<typeof firehoseInventory>;
