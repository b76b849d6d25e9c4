import type { CacheCluster, ReplicationGroup } from '@aws-sdk/client-elasticache';

/** AWS-shaped answers (ElastiCache API reference: ReplicationGroup, CacheCluster). */
export const group = (id: string, over: Partial<ReplicationGroup> = {}): ReplicationGroup => ({
  ReplicationGroupId: id,
  ARN: `arn:aws:elasticache:eu-west-1:111122223333:replicationgroup:${id}`,
  Engine: 'redis',
  Status: 'available',
  MemberClusters: [`${id}-001`, `${id}-002`],
  TransitEncryptionEnabled: true,
  TransitEncryptionMode: 'required',
  AtRestEncryptionEnabled: true,
  AuthTokenEnabled: false,
  UserGroupIds: [],
  ...over,
});

export const cluster = (id: string, over: Partial<CacheCluster> = {}): CacheCluster => ({
  CacheClusterId: id,
  ARN: `arn:aws:elasticache:eu-west-1:111122223333:cluster:${id}`,
  Engine: 'memcached',
  CacheClusterStatus: 'available',
  TransitEncryptionEnabled: false,
  AtRestEncryptionEnabled: false,
  AuthTokenEnabled: false,
  ...over,
});
