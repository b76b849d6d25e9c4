import type { HostedZone, QueryLoggingConfig } from '@aws-sdk/client-route-53';
import type { Aws } from '../aws/call.js';
import { memo } from './memo.js';

/** Memoized Route 53 data sets of one account (a global service, called in the partition's global region). */
export function route53Inventory(aws: Aws) {
  return {
    /** Every hosted zone of the account, public and private, 100 a page (the API's maximum). */
    hostedZones: memo(
      (): Promise<HostedZone[]> =>
        aws.paginate('route53', aws.globalRegion, 'ListHostedZones', (Marker) => ({ MaxItems: 100, ...(Marker ? { Marker } : {}) }), (o) => ({
          items: o.HostedZones,
          next: o.IsTruncated ? o.NextMarker : undefined,
        })),
      () => 'all',
    ),

    /**
     * Every DNS query logging configuration of the account in one listing (no HostedZoneId filter),
     * instead of one call per zone.
     */
    queryLoggingConfigs: memo(
      (): Promise<QueryLoggingConfig[]> =>
        aws.paginate('route53', aws.globalRegion, 'ListQueryLoggingConfigs', (NextToken) => ({ MaxResults: 100, ...(NextToken ? { NextToken } : {}) }), (o) => ({
          items: o.QueryLoggingConfigs,
          next: o.NextToken,
        })),
      () => 'all',
    ),
  };
}

export type Route53Inventory = ReturnType<typeof route53Inventory>;
