/** Resource references for KMS keys, built in one place so a key gets the same ARN whichever check reports it. */
import type { ResourceRef, ScanScope } from '../define.js';

/** The key's own KeyArn, else `arn:<partition>:kms:<region>:<account>:key/<id>`. */
export function kmsKeyRef(scope: ScanScope, key: { KeyArn?: string | undefined; KeyId?: string | undefined }): ResourceRef {
  return { arn: key.KeyArn ?? `arn:${scope.partition}:kms:${scope.region}:${scope.account}:key/${key.KeyId}`, id: key.KeyId ?? '' };
}
