import { DescribeDBClustersCommand, DescribeDBInstancesCommand, RDSClient } from '@aws-sdk/client-rds';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import check from '../../../checks/rds/instance-multi-az.js';
import { awsError } from '../../harness/aws.js';
import { runCheck } from '../../harness/run-check.js';
import { auroraInstance, dbCluster, dbInstance } from './fixtures.js';

const rds = mockClient(RDSClient);
beforeEach(() => rds.reset());
const prod = [{ Key: 'environment', Value: 'Production' }];

describe('rds.instance-multi-az', () => {
  it('judges production-tagged instances only: PASS Multi-AZ, FAIL single-AZ', async () => {
    rds.on(DescribeDBInstancesCommand).resolves({ DBInstances: [
      dbInstance('ha', { MultiAZ: true, TagList: prod }), dbInstance('single', { MultiAZ: false, TagList: prod, AvailabilityZone: 'eu-west-1a' }),
      dbInstance('dev', { MultiAZ: false, TagList: [{ Key: 'environment', Value: 'dev' }] }), dbInstance('untagged', { MultiAZ: false }),
    ] });
    expect(await runCheck(check, { region: 'eu-west-1' })).toMatchObject([
      { status: 'PASS', resource: { id: 'ha' }, evidence: { MultiAZ: true } },
      { status: 'FAIL', resource: { id: 'single' }, evidence: { MultiAZ: false, AvailabilityZone: 'eu-west-1a' }, srm: { duty: 'incident-response' } },
    ]);
  });

  it('takes the tag from the options; Aurora instances are judged on the cluster', async () => {
    rds.on(DescribeDBInstancesCommand).resolves({ DBInstances: [auroraInstance('a-1', 'c', { MultiAZ: false, TagList: [{ Key: 'tier', Value: 'live' }] })] });
    rds.on(DescribeDBClustersCommand).resolves({ DBClusters: [dbCluster('c', { MultiAZ: true })] });
    expect(await runCheck(check, { region: 'eu-west-1', options: { tagKey: 'tier', tagValues: ['live'] } })).toMatchObject([{ status: 'PASS', evidence: { MultiAZ: true, valueFrom: 'DBCluster' } }]);
  });

  it('ERROR naming the permission when DescribeDBInstances is denied', async () => {
    rds.on(DescribeDBInstancesCommand).rejects(awsError('AccessDenied'));
    expect(await runCheck(check, { region: 'eu-west-1' })).toMatchObject([{ status: 'ERROR', message: expect.stringContaining('rds:DescribeDBInstances') }]);
  });
});
