/**
 * Resource references for Firehose streams, built from the name ListDeliveryStreams gives, so a
 * stream whose description could not be read still gets its ARN (and the same finding id) in an ERROR.
 */
import type { ResourceRef, ScanScope } from '../define.js';

type Scope = Pick<ScanScope, 'partition' | 'region' | 'account'>;

/** `arn:<partition>:firehose:<region>:<account>:deliverystream/<name>` (the DeliveryStreamARN AWS returns). */
export function deliveryStreamRef(scope: Scope, name: string): ResourceRef {
  return { arn: `arn:${scope.partition}:firehose:${scope.region}:${scope.account}:deliverystream/${name}`, id: name };
}
