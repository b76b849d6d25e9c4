/**
 * Resource references for EC2 things, built in one place so the same resource always gets the
 * same ARN (and so the same finding id) whichever check reports it.
 */
import type { ResourceRef, ScanScope } from '../define.js';

/** `arn:<partition>:ec2:<region>:<account>:instance/<id>` */
export function instanceRef(scope: ScanScope, instanceId: string): ResourceRef {
  return { arn: `arn:${scope.partition}:ec2:${scope.region}:${scope.account}:instance/${instanceId}`, id: instanceId };
}
