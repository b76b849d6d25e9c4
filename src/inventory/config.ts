import {
  DescribeConfigurationRecordersCommand,
  DescribeConfigurationRecorderStatusCommand,
  DescribeDeliveryChannelsCommand,
  DescribeDeliveryChannelStatusCommand,
  type ConfigurationRecorder,
  type ConfigurationRecorderStatus,
  type DeliveryChannel,
  type DeliveryChannelStatus,
} from '@aws-sdk/client-config-service';
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
      const out = await aws.send('config', region, new DescribeConfigurationRecordersCommand({}));
      return out.ConfigurationRecorders ?? [];
    }),
    recorderStatuses: memo(async (region: string): Promise<ConfigurationRecorderStatus[]> => {
      const out = await aws.send('config', region, new DescribeConfigurationRecorderStatusCommand({}));
      return out.ConfigurationRecordersStatus ?? [];
    }),
    deliveryChannels: memo(async (region: string): Promise<DeliveryChannel[]> => {
      const out = await aws.send('config', region, new DescribeDeliveryChannelsCommand({}));
      return out.DeliveryChannels ?? [];
    }),
    deliveryChannelStatuses: memo(async (region: string): Promise<DeliveryChannelStatus[]> => {
      const out = await aws.send('config', region, new DescribeDeliveryChannelStatusCommand({}));
      return out.DeliveryChannelsStatus ?? [];
    }),
  };
}

export type ConfigInventory = ReturnType<typeof configInventory>;
