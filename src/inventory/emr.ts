import type { BlockPublicAccessConfiguration } from '@aws-sdk/client-emr';

export type EmrBlockPublicAccess = Partial<BlockPublicAccessConfiguration>;
import type { Aws } from '../aws/call.js';
import { memo } from './memo.js';

/** Memoized EMR data sets of one account. */
export function emrInventory(aws: Aws) {
  return {
    /**
     * EMR block public access of the region (one setting per account and region). AWS always
     * answers with BlockPublicSecurityGroupRules (on by default since 2019); the check judges a
     * missing flag as undecidable, never as on.
     */
    blockPublicAccess: memo(async (region: string): Promise<EmrBlockPublicAccess> => {
      const out = await aws.send('emr', region, 'GetBlockPublicAccessConfiguration', {});
      return out.BlockPublicAccessConfiguration ?? {};
    }),
  };
}

export type EmrInventory = ReturnType<typeof emrInventory>;
