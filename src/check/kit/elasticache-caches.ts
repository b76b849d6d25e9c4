/**
 * The ElastiCache caches a check judges: every replication group (Redis OSS, Valkey) and every
 * cache cluster outside a replication group (memcached, standalone Redis OSS), in one shape, so
 * each check gives a verdict per cache and never twice for a group's member clusters.
 */
import type { CacheCluster, ReplicationGroup } from '@aws-sdk/client-elasticache';
import type { Inventory } from '../../inventory/index.js';
import type { ResourceRef } from '../define.js';

export interface Cache {
  ref: ResourceRef;
  kind: 'ReplicationGroup' | 'CacheCluster';
  /** redis, valkey or memcached; null when the answer does not say. */
  engine: string | null;
  group?: ReplicationGroup;
  cluster?: CacheCluster;
}

export async function elasticacheCaches(inventory: Inventory, region: string): Promise<Cache[]> {
  const groups = await inventory.elasticache.replicationGroups(region);
  const clusters = await inventory.elasticache.standaloneCacheClusters(region);
  return [
    ...groups.map((g): Cache => ({
      ref: { arn: g.ARN!, id: g.ReplicationGroupId!, type: 'AWS::ElastiCache::ReplicationGroup' },
      kind: 'ReplicationGroup',
      // Replication groups are Redis OSS or Valkey; older answers lack Engine.
      engine: g.Engine ?? null,
      group: g,
    })),
    ...clusters.map((c): Cache => ({
      ref: { arn: c.ARN!, id: c.CacheClusterId!, type: 'AWS::ElastiCache::CacheCluster' },
      kind: 'CacheCluster',
      engine: c.Engine ?? null,
      cluster: c,
    })),
  ];
}

/** Whether the engine is memcached (no AUTH, no at-rest encryption on node-based clusters). */
export const isMemcached = (c: Cache): boolean => c.engine === 'memcached';
