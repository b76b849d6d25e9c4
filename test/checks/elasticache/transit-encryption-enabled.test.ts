import { DescribeCacheClustersCommand, DescribeReplicationGroupsCommand, ElastiCacheClient } from '@aws-sdk/client-elasticache';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import check from '../../../checks/elasticache/transit-encryption-enabled.js';
import { awsError } from '../../harness/aws.js';
import { runCheck } from '../../harness/run-check.js';
import { cluster, group } from './fixtures.js';

const ec = mockClient(ElastiCacheClient);
beforeEach(() => ec.reset());
const R = { region: 'eu-west-1' };

describe('elasticache.transit-encryption-enabled', () => {
  it('PASS and FAIL per replication group and standalone cluster; preferred mode fails', async () => {
    ec.on(DescribeReplicationGroupsCommand).resolves({ ReplicationGroups: [group('a-tls'), group('b-plain', { TransitEncryptionEnabled: false, TransitEncryptionMode: undefined }), group('c-migrating', { TransitEncryptionMode: 'preferred' })] });
    ec.on(DescribeCacheClustersCommand).resolves({ CacheClusters: [cluster('d-memc'), cluster('e-memc-tls', { TransitEncryptionEnabled: true })] });
    expect(await runCheck(check, R)).toMatchObject([
      { status: 'PASS', resource: { id: 'a-tls', type: 'AWS::ElastiCache::ReplicationGroup' }, evidence: { TransitEncryptionEnabled: true, TransitEncryptionMode: 'required' } },
      { status: 'FAIL', resource: { id: 'b-plain' }, evidence: { TransitEncryptionEnabled: false } },
      { status: 'FAIL', resource: { id: 'c-migrating' }, evidence: { TransitEncryptionMode: 'preferred' } },
      { status: 'FAIL', resource: { id: 'd-memc', type: 'AWS::ElastiCache::CacheCluster' }, evidence: { Engine: 'memcached', TransitEncryptionEnabled: false } },
      { status: 'PASS', resource: { id: 'e-memc-tls' }, srm: { duty: 'data-encryption', serviceModel: 'PaaS' } },
    ]);
  });

  it('asks only for clusters outside replication groups, and never judges a member twice', async () => {
    ec.on(DescribeReplicationGroupsCommand).resolves({ ReplicationGroups: [group('g')] });
    ec.on(DescribeCacheClustersCommand).resolves({ CacheClusters: [cluster('g-001', { Engine: 'redis', ReplicationGroupId: 'g' })] });
    expect((await runCheck(check, R)).map((f) => f.resource.id)).toEqual(['g']);
    expect(ec.commandCalls(DescribeCacheClustersCommand)[0]!.args[0].input).toMatchObject({ ShowCacheClustersNotInReplicationGroups: true });
  });

  it('FAIL, not PASS, when the field is missing', async () => {
    ec.on(DescribeReplicationGroupsCommand).resolves({ ReplicationGroups: [group('odd', { TransitEncryptionEnabled: undefined })] });
    ec.on(DescribeCacheClustersCommand).resolves({ CacheClusters: [] });
    expect(await runCheck(check, R)).toMatchObject([{ status: 'FAIL', evidence: { TransitEncryptionEnabled: null } }]);
  });

  it('ERROR naming the permission when DescribeReplicationGroups is denied', async () => {
    ec.on(DescribeReplicationGroupsCommand).rejects(awsError('AccessDenied'));
    ec.on(DescribeCacheClustersCommand).resolves({ CacheClusters: [] });
    expect(await runCheck(check, R)).toMatchObject([{ status: 'ERROR', message: expect.stringContaining('elasticache:DescribeReplicationGroups') }]);
  });
});
