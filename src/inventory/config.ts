import {
  DescribeConfigurationRecordersCommand,
  DescribeConfigurationRecorderStatusCommand,
  type ConfigurationRecorder,
  type ConfigurationRecorderStatus,
} from '@aws-sdk/client-config-service';
import type { Aws } from '../aws/call.js';
import { memo } from './memo.js';

/** Memoized AWS Config data sets of one account. */
export function configInventory(aws: Aws) {
  return {
    recorders: memo(async (region: string): Promise<ConfigurationRecorder[]> => {
      const out = await aws.send('config', region, new DescribeConfigurationRecordersCommand({}));
      return out.ConfigurationRecorders ?? [];
    }),
    recorderStatuses: memo(async (region: string): Promise<ConfigurationRecorderStatus[]> => {
      const out = await aws.send('config', region, new DescribeConfigurationRecorderStatusCommand({}));
      return out.ConfigurationRecordersStatus ?? [];
    }),
  };
}

export type ConfigInventory = ReturnType<typeof configInventory>;
