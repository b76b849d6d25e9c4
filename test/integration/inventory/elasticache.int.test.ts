import { CreateCacheClusterCommand, CreateReplicationGroupCommand, ElastiCacheClient } from '@aws-sdk/client-elasticache';
import { beforeAll, describe, expect, it } from 'vitest';
import atRest from '../../../checks/elasticache/at-rest-encryption-enabled.js';
import auth from '../../../checks/elasticache/auth-enabled.js';
import transit from '../../../checks/elasticache/transit-encryption-enabled.js';
import { motoInventory, seedClient } from '../../harness/moto-account.js';
import { runCheck } from '../../harness/run-check.js';

const ACCOUNT = '350000000001';
const REGION = 'eu-west-1';

beforeAll(async () => {
  const ec = seedClient(ElastiCacheClient, ACCOUNT, REGION);
  await ec.send(new CreateReplicationGroupCommand({
    ReplicationGroupId: 'sessions', ReplicationGroupDescription: 'web sessions', Engine: 'redis', CacheNodeType: 'cache.t3.micro', NumCacheClusters: 2,
    TransitEncryptionEnabled: true, AtRestEncryptionEnabled: true, AuthToken: 'not-a-real-token-0123456789',
  }));
  await ec.send(new CreateReplicationGroupCommand({ ReplicationGroupId: 'legacy-cache', ReplicationGroupDescription: 'old', Engine: 'redis', CacheNodeType: 'cache.t3.micro', NumCacheClusters: 1 }));
  await ec.send(new CreateCacheClusterCommand({ CacheClusterId: 'page-fragments', Engine: 'memcached', CacheNodeType: 'cache.t3.micro', NumCacheNodes: 1 }));
});

describe('ElastiCache against moto', () => {
  it('judges each replication group once and each standalone cluster, with one call per list', async () => {
    const { inventory, stats } = motoInventory(ACCOUNT);
    const status = async (check: typeof transit) => Object.fromEntries((await runCheck(check, { region: REGION, inventory, account: ACCOUNT })).map((f) => [f.resource.id, f.status]));
    expect(await status(transit)).toEqual({ sessions: 'PASS', 'legacy-cache': 'FAIL', 'page-fragments': 'FAIL' });
    // memcached is not judged for at-rest encryption (ElastiCache offers none for it).
    expect(await status(atRest)).toEqual({ sessions: 'PASS', 'legacy-cache': 'FAIL' });
    expect(await status(auth)).toEqual({ sessions: 'PASS', 'legacy-cache': 'FAIL', 'page-fragments': 'FAIL' });
    expect(stats.byOperation.get('elasticache:DescribeReplicationGroups')).toBe(1);
    expect(stats.byOperation.get('elasticache:DescribeCacheClusters')).toBe(1);
  });

  it('reads the AWS fields of a replication group', async () => {
    const { inventory } = motoInventory(ACCOUNT);
    const groups = await inventory.elasticache.replicationGroups(REGION);
    // moto lists one member cluster however many were asked for (AWS lists them all): no check reads MemberClusters.
    expect(groups.find((g) => g.ReplicationGroupId === 'sessions')).toMatchObject({ Engine: 'redis', TransitEncryptionEnabled: true, AtRestEncryptionEnabled: true, AuthTokenEnabled: true });
  });
});
