import { DescribeCacheClustersCommand, DescribeReplicationGroupsCommand, ElastiCacheClient } from '@aws-sdk/client-elasticache';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import { InventoryError } from '../../src/aws/errors.js';
import { awsError, createTestInventory } from '../harness/aws.js';
import { cluster, group } from '../checks/elasticache/fixtures.js';

const ec = mockClient(ElastiCacheClient);
beforeEach(() => ec.reset());

describe('elasticache inventory', () => {
  it('replicationGroups(region) follows Marker with pages of 100, once under concurrent callers, in the region asked', async () => {
    ec.on(DescribeReplicationGroupsCommand, { MaxRecords: 100 }).resolves({ ReplicationGroups: [group('a')], Marker: 'm1' });
    ec.on(DescribeReplicationGroupsCommand, { MaxRecords: 100, Marker: 'm1' }).resolves({ ReplicationGroups: [group('b')] });
    const { inventory } = createTestInventory();
    const [x, y] = await Promise.all([inventory.elasticache.replicationGroups('eu-west-1'), inventory.elasticache.replicationGroups('eu-west-1')]);
    expect(x).toBe(y);
    expect(x.map((g) => g.ReplicationGroupId)).toEqual(['a', 'b']);
    const calls = ec.commandCalls(DescribeReplicationGroupsCommand);
    expect(calls).toHaveLength(2);
    expect(await (calls[0]!.thisValue as ElastiCacheClient).config.region()).toBe('eu-west-1');
  });

  it('standaloneCacheClusters(region) asks for clusters outside replication groups and drops any member that slips through', async () => {
    ec.on(DescribeCacheClustersCommand, { MaxRecords: 100, ShowCacheClustersNotInReplicationGroups: true }).resolves({ CacheClusters: [cluster('memc')], Marker: 'm1' });
    ec.on(DescribeCacheClustersCommand, { MaxRecords: 100, ShowCacheClustersNotInReplicationGroups: true, Marker: 'm1' }).resolves({ CacheClusters: [cluster('g-001', { Engine: 'redis', ReplicationGroupId: 'g' })] });
    const { inventory } = createTestInventory();
    expect((await inventory.elasticache.standaloneCacheClusters('eu-west-1')).map((c) => c.CacheClusterId)).toEqual(['memc']);
    expect(ec.commandCalls(DescribeCacheClustersCommand)).toHaveLength(2);
  });

  it.each([
    ['replicationGroups', DescribeReplicationGroupsCommand, 'elasticache:DescribeReplicationGroups'],
    ['standaloneCacheClusters', DescribeCacheClustersCommand, 'elasticache:DescribeCacheClusters'],
  ] as const)('%s: denied → InventoryError carrying the IAM action, cached (asked once)', async (getter, Command, action) => {
    ec.on(Command as typeof DescribeReplicationGroupsCommand).rejects(awsError('AccessDenied'));
    const { inventory } = createTestInventory();
    const err = await inventory.elasticache[getter]('us-east-1').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(InventoryError);
    expect(err).toMatchObject({ kind: 'denied', iamAction: action });
    await inventory.elasticache[getter]('us-east-1').catch(() => undefined);
    expect(ec.commandCalls(Command as typeof DescribeReplicationGroupsCommand)).toHaveLength(1);
  });
});
