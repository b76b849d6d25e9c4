import { DescribeKeyCommand, GetKeyRotationStatusCommand, ListKeysCommand, type KeyListEntry, type KeyMetadata } from '@aws-sdk/client-kms';
import type { Aws } from '../aws/call.js';
import { invalidData } from '../aws/invalid-data.js';
import { memo } from './memo.js';

/** Memoized KMS data sets of one account. */
export function kmsInventory(aws: Aws) {
  return {
    keys: memo((region: string): Promise<KeyListEntry[]> =>
      aws.paginate('kms', region, (Marker) => new ListKeysCommand({ Limit: 1000, ...(Marker ? { Marker } : {}) }), (o) => ({ items: o.Keys, next: o.Truncated ? o.NextMarker : undefined }))),

    /** Who manages the key, its spec, state and origin (ListKeys says none of that). */
    keyMetadata: memo(async (region: string, keyId: string): Promise<KeyMetadata> => {
      const out = await aws.send('kms', region, new DescribeKeyCommand({ KeyId: keyId }));
      if (!out.KeyMetadata) throw invalidData({ service: 'kms', operation: 'DescribeKey', account: aws.account, region }, `DescribeKey returned no KeyMetadata for ${keyId}`);
      return out.KeyMetadata;
    }),

    keyRotationEnabled: memo(async (region: string, keyId: string): Promise<boolean | undefined> => {
      const out = await aws.send('kms', region, new GetKeyRotationStatusCommand({ KeyId: keyId }));
      return out.KeyRotationEnabled;
    }),
  };
}

export type KmsInventory = ReturnType<typeof kmsInventory>;
