import type { DataCatalogEncryptionSettings } from '@aws-sdk/client-glue';
import type { Aws } from '../aws/call.js';
import { invalidData } from '../aws/invalid-data.js';
import { memo } from './memo.js';

/** Memoized Glue data sets of one account. */
export function glueInventory(aws: Aws) {
  return {
    /**
     * The encryption settings of the account's Data Catalog in the region (one catalog per account
     * and region): metadata encryption at rest and connection password encryption. AWS answers with
     * both blocks even when nothing was ever set (CatalogEncryptionMode DISABLED), so an answer
     * without them is invalid data, not "off".
     */
    catalogEncryption: memo(async (region: string): Promise<DataCatalogEncryptionSettings> => {
      const out = await aws.send('glue', region, 'GetDataCatalogEncryptionSettings', {});
      if (!out.DataCatalogEncryptionSettings) throw invalidData({ service: 'glue', operation: 'GetDataCatalogEncryptionSettings', account: aws.account, region }, 'the answer has no DataCatalogEncryptionSettings');
      return out.DataCatalogEncryptionSettings;
    }),
  };
}

export type GlueInventory = ReturnType<typeof glueInventory>;
