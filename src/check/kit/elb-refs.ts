import type { ResourceRef, ScanScope } from '../define.js';

/** A Classic Load Balancer's ref: DescribeLoadBalancers gives no ARN, so it is built from the name. */
export function classicLbRef(scope: ScanScope, name: string): ResourceRef {
  return { arn: `arn:${scope.partition}:elasticloadbalancing:${scope.region}:${scope.account}:loadbalancer/${name}`, id: name };
}
