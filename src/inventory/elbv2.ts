import type { Listener, LoadBalancer, LoadBalancerAttribute } from '@aws-sdk/client-elastic-load-balancing-v2';
import type { Aws } from '../aws/call.js';
import { memo } from './memo.js';

/** Memoized Elastic Load Balancing v2 (Application, Network and Gateway Load Balancers) data sets of one account. */
export function elbv2Inventory(aws: Aws) {
  return {
    /** Every v2 load balancer of the region, 400 a page (the API's maximum): Type and Scheme come with each. */
    loadBalancers: memo((region: string): Promise<LoadBalancer[]> =>
      aws.paginate('elbv2', region, 'DescribeLoadBalancers', (Marker) => ({ PageSize: 400, ...(Marker ? { Marker } : {}) }), (o) => ({
        items: o.LoadBalancers,
        next: o.NextMarker,
      }))),

    /** The load balancer's listeners: Protocol, SslPolicy and DefaultActions. */
    listeners: memo((region: string, loadBalancerArn: string): Promise<Listener[]> =>
      aws.paginate('elbv2', region, 'DescribeListeners', (Marker) => ({ LoadBalancerArn: loadBalancerArn, PageSize: 400, ...(Marker ? { Marker } : {}) }), (o) => ({
        items: o.Listeners,
        next: o.NextMarker,
      }))),

    /**
     * The load balancer's attributes as AWS returns them (Key/Value strings, not paginated). AWS
     * returns every attribute with its default; read them with `lbAttribute` (src/lib/elb.ts),
     * which names the documented default where an answer lacks a key.
     */
    attributes: memo(async (region: string, loadBalancerArn: string): Promise<LoadBalancerAttribute[]> => {
      const out = await aws.send('elbv2', region, 'DescribeLoadBalancerAttributes', { LoadBalancerArn: loadBalancerArn });
      return out.Attributes ?? [];
    }),
  };
}

export type Elbv2Inventory = ReturnType<typeof elbv2Inventory>;
