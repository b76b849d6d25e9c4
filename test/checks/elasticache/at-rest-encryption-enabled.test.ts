import { DescribeCacheClustersCommand, DescribeReplicationGroupsCommand, ElastiCacheClient } from '@aws-sdk/client-elasticache';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import check from '../../../checks/elasticache/at-rest-encryption-enabled.js';
import { awsError } from '../../harness/aws.js';
import { runCheck } from '../../harness/run-check.js';
import { cluster, group } from './fixtures.js';

const ec = mockClient(ElastiCacheClient);
beforeEach(() => ec.reset());
const R = { region: 'eu-west-1' };

describe('elasticache.at-rest-encryption-enabled', () => {
  it('PASS and FAIL per Redis OSS / Valkey cache; memcached is not judged', async () => {
    ec.on(DescribeReplicationGroupsCommand).resolves({
      ReplicationGroups: [group('a-enc', { KmsKeyId: 'arn:aws:kms:eu-west-1:111122223333:key/k' }), group('b-valkey-plain', { Engine: 'valkey', AtRestEncryptionEnabled: false })],
    });
    ec.on(DescribeCacheClustersCommand).resolves({ CacheClusters: [cluster('c-single', { Engine: 'redis' }), cluster('d-memc')] });
    expect(await runCheck(check, R)).toMatchObject([
      { status: 'PASS', resource: { id: 'a-enc' }, evidence: { AtRestEncryptionEnabled: true, KmsKeyId: 'arn:aws:kms:eu-west-1:111122223333:key/k' } },
      { status: 'FAIL', resource: { id: 'b-valkey-plain' }, evidence: { Engine: 'valkey', AtRestEncryptionEnabled: false } },
      { status: 'FAIL', resource: { id: 'c-single', type: 'AWS::ElastiCache::CacheCluster' }, evidence: { Engine: 'redis', AtRestEncryptionEnabled: false } },
    ]);
  });

  it('FAIL, not PASS, when the field is missing (moto omits it on cache clusters)', async () => {
    ec.on(DescribeReplicationGroupsCommand).resolves({ ReplicationGroups: [] });
    ec.on(DescribeCacheClustersCommand).resolves({ CacheClusters: [cluster('odd', { Engine: 'redis', AtRestEncryptionEnabled: undefined })] });
    expect(await runCheck(check, R)).toMatchObject([{ status: 'FAIL', evidence: { AtRestEncryptionEnabled: null } }]);
  });

  it('follows Marker pages of 100', async () => {
    ec.on(DescribeReplicationGroupsCommand, { MaxRecords: 100 }).resolves({ ReplicationGroups: [group('a')], Marker: 'm2' });
    ec.on(DescribeReplicationGroupsCommand, { MaxRecords: 100, Marker: 'm2' }).resolves({ ReplicationGroups: [group('b')] });
    ec.on(DescribeCacheClustersCommand).resolves({ CacheClusters: [] });
    expect((await runCheck(check, R)).map((f) => f.resource.id)).toEqual(['a', 'b']);
  });

  it('ERROR naming the permission when DescribeCacheClusters is denied', async () => {
    ec.on(DescribeReplicationGroupsCommand).resolves({ ReplicationGroups: [] });
    ec.on(DescribeCacheClustersCommand).rejects(awsError('AccessDenied'));
    expect(await runCheck(check, R)).toMatchObject([{ status: 'ERROR', message: expect.stringContaining('elasticache:DescribeCacheClusters') }]);
  });
});
