/** Resource references for KMS keys, built in one place so a key gets the same ARN whichever check reports it. */
import type { ResourceRef, ScanScope } from '../define.js';

/** The key's own KeyArn, else `arn:<partition>:kms:<region>:<account>:key/<id>`. */
export function kmsKeyRef(scope: ScanScope, key: { KeyArn?: string | undefined; KeyId?: string | undefined }): ResourceRef {
  return { arn: key.KeyArn ?? `arn:${scope.partition}:kms:${scope.region}:${scope.account}:key/${key.KeyId}`, id: key.KeyId ?? '' };
}

/**
 * How to ask DescribeKey about a key another resource names by ARN: a key of the scanned account is
 * asked by its id in its own region, so every check that meets it shares one memoized call with the
 * KMS checks; another account's key (or an alias ARN) is asked by the full ARN.
 */
export function kmsKeyLookup(scope: Pick<ScanScope, 'account' | 'region'>, keyArn: string): { region: string; keyId: string } {
  const [, , , keyRegion, keyAccount, resource] = keyArn.split(':');
  const keyId = keyAccount === scope.account && resource?.startsWith('key/') ? resource.slice(4) : keyArn;
  return { region: keyRegion || scope.region, keyId };
}
