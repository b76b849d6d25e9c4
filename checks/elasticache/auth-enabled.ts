import { defineCheck } from '../../src/check/define.js';
import { elasticacheCaches, isMemcached } from '../../src/check/kit/elasticache-caches.js';

export default defineCheck({
  id: 'elasticache.auth-enabled',
  title: 'ElastiCache caches authenticate their clients',
  description:
    'Without authentication, any host that can reach the cache port (a security-group mistake, a compromised pod in the VPC) reads and overwrites every key. ' +
    'A Redis OSS / Valkey replication group passes with an AUTH token (AuthTokenEnabled) or role-based access control (user groups, UserGroupIds); ' +
    'a standalone Redis OSS cluster passes with an AUTH token. Memcached on node-based clusters has no authentication at all, so a memcached cluster fails: ' +
    'only security groups stand between it and its callers. Accept that with a suppression that names the security groups, or move to Valkey / Redis OSS with RBAC.',
  service: 'elasticache',
  resourceType: 'AWS::ElastiCache::ReplicationGroup',
  severity: 'medium',
  duty: 'identity-access',
  serviceModel: 'PaaS',
  scope: 'regional',
  remediation: {
    text: 'Use role-based access control (a user group with per-application users), or an AUTH token; both need encryption in transit. Memcached: migrate to Valkey or Redis OSS.',
    cli: 'aws elasticache modify-replication-group --replication-group-id <id> --user-group-ids-to-add <user-group-id> --apply-immediately',
    url: 'https://docs.aws.amazon.com/AmazonElastiCache/latest/dg/Clusters.RBAC.html',
  },
  async run({ scope, inventory, result }) {
    const caches = await elasticacheCaches(inventory, scope.region);
    return caches.map((c) => {
      if (isMemcached(c)) {
        return result.fail(c.ref, `CacheCluster ${c.ref.id} runs memcached, which has no client authentication`, { Engine: c.engine });
      }
      const src = c.group ?? c.cluster!;
      const userGroups = c.group?.UserGroupIds ?? [];
      const evidence = { Engine: c.engine, AuthTokenEnabled: src.AuthTokenEnabled ?? null, ...(c.group ? { UserGroupIds: userGroups } : {}) };
      if (userGroups.length) return result.pass(c.ref, `${c.kind} ${c.ref.id} authenticates clients with RBAC user groups ${userGroups.join(', ')}`, evidence);
      if (src.AuthTokenEnabled === true) return result.pass(c.ref, `${c.kind} ${c.ref.id} requires an AUTH token`, evidence);
      return result.fail(c.ref, `${c.kind} ${c.ref.id} has neither an AUTH token nor RBAC user groups (AuthTokenEnabled ${String(src.AuthTokenEnabled)})`, evidence);
    });
  },
});
