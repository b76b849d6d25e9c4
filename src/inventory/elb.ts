import type { LoadBalancerAttributes, LoadBalancerDescription, PolicyDescription } from '@aws-sdk/client-elastic-load-balancing';
import type { Aws } from '../aws/call.js';
import { invalidData } from '../aws/invalid-data.js';
import { memo } from './memo.js';

/** Memoized Classic Load Balancer (Elastic Load Balancing v1) data sets of one account. */
export function elbInventory(aws: Aws) {
  return {
    /** Every Classic Load Balancer of the region, 400 a page (the API's maximum), listeners and their policy names included. */
    loadBalancers: memo((region: string): Promise<LoadBalancerDescription[]> =>
      aws.paginate('elb', region, 'DescribeLoadBalancers', (Marker) => ({ PageSize: 400, ...(Marker ? { Marker } : {}) }), (o) => ({
        items: o.LoadBalancerDescriptions,
        next: o.NextMarker,
      }))),

    /** The load balancer's attributes (AccessLog, CrossZoneLoadBalancing, ConnectionDraining, …). */
    attributes: memo(async (region: string, loadBalancerName: string): Promise<LoadBalancerAttributes> => {
      const out = await aws.send('elb', region, 'DescribeLoadBalancerAttributes', { LoadBalancerName: loadBalancerName });
      if (!out.LoadBalancerAttributes) throw invalidData({ service: 'elb', operation: 'DescribeLoadBalancerAttributes', account: aws.account, region }, `DescribeLoadBalancerAttributes answered without attributes for ${loadBalancerName}`);
      return out.LoadBalancerAttributes;
    }),

    /** Every policy of the load balancer with its attributes (one call per load balancer, never one per policy). */
    policies: memo(async (region: string, loadBalancerName: string): Promise<PolicyDescription[]> => {
      const out = await aws.send('elb', region, 'DescribeLoadBalancerPolicies', { LoadBalancerName: loadBalancerName });
      return out.PolicyDescriptions ?? [];
    }),
  };
}

export type ElbInventory = ReturnType<typeof elbInventory>;
