import type { KeyListEntry, KeyMetadata } from '@aws-sdk/client-kms';
import type { Aws } from '../aws/call.js';
import { invalidData } from '../aws/invalid-data.js';
import { parsePolicyDocument, type PolicyDocument } from '../lib/iam-policy.js';
import { memo } from './memo.js';

/** Memoized KMS data sets of one account. */
export function kmsInventory(aws: Aws) {
  return {
    keys: memo((region: string): Promise<KeyListEntry[]> =>
      aws.paginate('kms', region, 'ListKeys', (Marker) => ({ Limit: 1000, ...(Marker ? { Marker } : {}) }), (o) => ({ items: o.Keys, next: o.Truncated ? o.NextMarker : undefined }))),

    /** Who manages the key, its spec, state and origin (ListKeys says none of that). */
    keyMetadata: memo(async (region: string, keyId: string): Promise<KeyMetadata> => {
      const out = await aws.send('kms', region, 'DescribeKey', { KeyId: keyId });
      if (!out.KeyMetadata) throw invalidData({ service: 'kms', operation: 'DescribeKey', account: aws.account, region }, `DescribeKey returned no KeyMetadata for ${keyId}`);
      return out.KeyMetadata;
    }),

    keyRotationEnabled: memo(async (region: string, keyId: string): Promise<boolean | undefined> => {
      const out = await aws.send('kms', region, 'GetKeyRotationStatus', { KeyId: keyId });
      return out.KeyRotationEnabled;
    }),

    /**
     * The parsed key policy. Every key has exactly one, named "default" (the only name GetKeyPolicy
     * accepts; AWS defaults PolicyName to it, moto requires it). Metadata only: no key material.
     */
    keyPolicy: memo(async (region: string, keyId: string): Promise<PolicyDocument> => {
      const source = { service: 'kms' as const, operation: 'GetKeyPolicy', account: aws.account, region };
      const out = await aws.send('kms', region, 'GetKeyPolicy', { KeyId: keyId, PolicyName: 'default' });
      if (!out.Policy) throw invalidData(source, `GetKeyPolicy returned no Policy for ${keyId}`);
      try {
        return parsePolicyDocument(out.Policy);
      } catch (err) {
        throw invalidData(source, `policy of key ${keyId}: ${(err as Error).message}`, 'InvalidPolicyDocument');
      }
    }),
  };
}

export type KmsInventory = ReturnType<typeof kmsInventory>;
