import { DescribeCacheClustersCommand, DescribeReplicationGroupsCommand, ElastiCacheClient } from '@aws-sdk/client-elasticache';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import check from '../../../checks/elasticache/auth-enabled.js';
import { awsError } from '../../harness/aws.js';
import { runCheck } from '../../harness/run-check.js';
import { cluster, group } from './fixtures.js';

const ec = mockClient(ElastiCacheClient);
beforeEach(() => ec.reset());
const R = { region: 'eu-west-1' };

describe('elasticache.auth-enabled', () => {
  it('PASS with RBAC user groups or an AUTH token; FAIL without either, and for memcached', async () => {
    ec.on(DescribeReplicationGroupsCommand).resolves({
      ReplicationGroups: [group('a-rbac', { UserGroupIds: ['app-users'] }), group('b-token', { AuthTokenEnabled: true }), group('c-open')],
    });
    ec.on(DescribeCacheClustersCommand).resolves({ CacheClusters: [cluster('d-memc'), cluster('e-single', { Engine: 'redis', AuthTokenEnabled: true })] });
    expect(await runCheck(check, R)).toMatchObject([
      { status: 'PASS', resource: { id: 'a-rbac' }, evidence: { UserGroupIds: ['app-users'] } },
      { status: 'PASS', resource: { id: 'b-token' }, evidence: { AuthTokenEnabled: true, UserGroupIds: [] } },
      { status: 'FAIL', resource: { id: 'c-open' }, evidence: { AuthTokenEnabled: false, UserGroupIds: [] }, srm: { duty: 'identity-access', serviceModel: 'PaaS' } },
      { status: 'FAIL', resource: { id: 'd-memc', type: 'AWS::ElastiCache::CacheCluster' }, evidence: { Engine: 'memcached' } },
      { status: 'PASS', resource: { id: 'e-single' }, evidence: { AuthTokenEnabled: true } },
    ]);
  });

  it('FAIL, not PASS, when AuthTokenEnabled is missing and no user group is listed', async () => {
    ec.on(DescribeReplicationGroupsCommand).resolves({ ReplicationGroups: [group('odd', { AuthTokenEnabled: undefined, UserGroupIds: undefined })] });
    ec.on(DescribeCacheClustersCommand).resolves({ CacheClusters: [] });
    expect(await runCheck(check, R)).toMatchObject([{ status: 'FAIL', evidence: { AuthTokenEnabled: null } }]);
  });

  it('ERROR naming the permission when DescribeReplicationGroups is denied', async () => {
    ec.on(DescribeReplicationGroupsCommand).rejects(awsError('AccessDenied'));
    expect(await runCheck(check, R)).toMatchObject([{ status: 'ERROR', message: expect.stringContaining('elasticache:DescribeReplicationGroups') }]);
  });
});
