import { DescribeHubCommand, type DescribeHubCommandOutput } from '@aws-sdk/client-securityhub';
import type { Aws } from '../aws/call.js';
import { memo } from './memo.js';

export type Hub = Pick<DescribeHubCommandOutput, 'HubArn' | 'SubscribedAt' | 'AutoEnableControls' | 'ControlFindingGenerator'>;

/** Memoized Security Hub data sets of one account. */
export function securityhubInventory(aws: Aws) {
  return {
    /** null when Security Hub is not enabled in the region (AWS answers InvalidAccessException "not subscribed"). */
    hub: memo(async (region: string): Promise<Hub | null> => {
      const out = await aws.sendOptional('securityhub', region, new DescribeHubCommand({}), ['InvalidAccessException', 'ResourceNotFoundException']);
      if (!out) return null;
      const { $metadata: _m, ...hub } = out;
      return hub;
    }),
  };
}

export type SecurityhubInventory = ReturnType<typeof securityhubInventory>;
