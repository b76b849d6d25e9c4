import type { AggregationAuthorization, ConfigurationAggregator, ConfigurationRecorder, ConfigurationRecorderStatus, DeliveryChannel, DeliveryChannelStatus } from '@aws-sdk/client-config-service';
import type { Aws } from '../aws/call.js';
import { memo } from './memo.js';

/**
 * Memoized AWS Config data sets of one account. None of these operations paginates: a region holds
 * one customer-managed recorder and one delivery channel (plus service-linked recorders).
 */
export function configInventory(aws: Aws) {
  return {
    /** Every recorder of the region, service-linked ones included (servicePrincipal set). */
    recorders: memo(async (region: string): Promise<ConfigurationRecorder[]> => {
      const out = await aws.send('config', region, 'DescribeConfigurationRecorders', {});
      return out.ConfigurationRecorders ?? [];
    }),
    recorderStatuses: memo(async (region: string): Promise<ConfigurationRecorderStatus[]> => {
      const out = await aws.send('config', region, 'DescribeConfigurationRecorderStatus', {});
      return out.ConfigurationRecordersStatus ?? [];
    }),
    deliveryChannels: memo(async (region: string): Promise<DeliveryChannel[]> => {
      const out = await aws.send('config', region, 'DescribeDeliveryChannels', {});
      return out.DeliveryChannels ?? [];
    }),
    deliveryChannelStatuses: memo(async (region: string): Promise<DeliveryChannelStatus[]> => {
      const out = await aws.send('config', region, 'DescribeDeliveryChannelStatus', {});
      return out.DeliveryChannelsStatus ?? [];
    }),

    /** Aggregators this account runs in the region (they collect other accounts' and regions' data). */
    aggregators: memo((region: string): Promise<ConfigurationAggregator[]> =>
      aws.paginate('config', region, 'DescribeConfigurationAggregators', (NextToken) => ({ Limit: 10, ...(NextToken ? { NextToken } : {}) }), (o) => ({
        items: o.ConfigurationAggregators,
        next: o.NextToken,
      }))),

    /** Accounts (and their regions) this account has authorized, from this region, to aggregate its Config data. */
    aggregationAuthorizations: memo((region: string): Promise<AggregationAuthorization[]> =>
      aws.paginate('config', region, 'DescribeAggregationAuthorizations', (NextToken) => ({ Limit: 100, ...(NextToken ? { NextToken } : {}) }), (o) => ({
        items: o.AggregationAuthorizations,
        next: o.NextToken,
      }))),
  };
}

export type ConfigInventory = ReturnType<typeof configInventory>;
