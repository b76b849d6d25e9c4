import type { BrokerSummary, DescribeBrokerResponse } from '@aws-sdk/client-mq';
import type { Aws } from '../aws/call.js';
import { memo } from './memo.js';

/** Memoized Amazon MQ data sets of one account. */
export function mqInventory(aws: Aws) {
  return {
    /** The region's brokers (id, name, engine, deployment mode), 100 a page (the API's maximum). */
    brokers: memo((region: string): Promise<BrokerSummary[]> =>
      aws.paginate('mq', region, 'ListBrokers', (NextToken) => ({ MaxResults: 100, ...(NextToken ? { NextToken } : {}) }), (o) => ({
        items: o.BrokerSummaries,
        next: o.NextToken,
      }))),

    /** One broker's configuration: public accessibility, log publishing, automatic minor version upgrade. */
    broker: memo(async (region: string, brokerId: string): Promise<DescribeBrokerResponse> => {
      const { $metadata: _m, ...broker } = await aws.send('mq', region, 'DescribeBroker', { BrokerId: brokerId });
      return broker;
    }),
  };
}

export type MqInventory = ReturnType<typeof mqInventory>;
