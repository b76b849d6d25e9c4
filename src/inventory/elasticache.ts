import type { CacheCluster, ReplicationGroup } from '@aws-sdk/client-elasticache';
import type { Aws } from '../aws/call.js';
import { memo } from './memo.js';

/** Memoized ElastiCache data sets of one account. */
export function elasticacheInventory(aws: Aws) {
  return {
    /** Every replication group of the region (Redis OSS and Valkey, cluster mode on or off), 100 a page (the API's maximum). */
    replicationGroups: memo((region: string): Promise<ReplicationGroup[]> =>
      aws.paginate('elasticache', region, 'DescribeReplicationGroups', (Marker) => ({ MaxRecords: 100, ...(Marker ? { Marker } : {}) }), (o) => ({
        items: o.ReplicationGroups,
        next: o.Marker,
      }))),

    /**
     * Cache clusters that belong to no replication group: every memcached cluster and standalone
     * Redis OSS clusters. Members of replication groups are judged through their group; the filter
     * on ReplicationGroupId repeats the API's own in case an endpoint ignores the flag.
     */
    standaloneCacheClusters: memo(async (region: string): Promise<CacheCluster[]> => {
      const all = await aws.paginate(
        'elasticache',
        region,
        'DescribeCacheClusters', (Marker) => ({ MaxRecords: 100, ShowCacheClustersNotInReplicationGroups: true, ...(Marker ? { Marker } : {}) }),
        (o) => ({ items: o.CacheClusters, next: o.Marker }),
      );
      return all.filter((c) => !c.ReplicationGroupId);
    }),
  };
}

export type ElasticacheInventory = ReturnType<typeof elasticacheInventory>;
