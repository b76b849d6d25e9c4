import { DescribeDBClustersCommand, DescribeDBInstancesCommand, RDSClient } from '@aws-sdk/client-rds';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import check from '../../../checks/rds/instance-backups-retained.js';
import { awsError } from '../../harness/aws.js';
import { runCheck } from '../../harness/run-check.js';
import { auroraInstance, dbCluster, dbInstance } from './fixtures.js';

const rds = mockClient(RDSClient);
beforeEach(() => rds.reset());

describe('rds.instance-backups-retained', () => {
  it('PASS at or above minRetentionDays, FAIL below and at 0 (backups off); no cluster call without clustered instances', async () => {
    rds.on(DescribeDBInstancesCommand).resolves({ DBInstances: [dbInstance('week', { BackupRetentionPeriod: 7 }), dbInstance('day', { BackupRetentionPeriod: 1 }), dbInstance('off', { BackupRetentionPeriod: 0 })] });
    expect(await runCheck(check, { region: 'eu-west-1' })).toMatchObject([
      { status: 'FAIL', resource: { id: 'day' }, evidence: { BackupRetentionPeriod: 1 } },
      { status: 'FAIL', resource: { id: 'off' }, evidence: { BackupRetentionPeriod: 0 } },
      { status: 'PASS', resource: { id: 'week' }, evidence: { BackupRetentionPeriod: 7 }, srm: { duty: 'incident-response', serviceModel: 'PaaS' } },
    ]);
    expect(rds.commandCalls(DescribeDBClustersCommand)).toHaveLength(0);
  });

  it('honours the option', async () => {
    rds.on(DescribeDBInstancesCommand).resolves({ DBInstances: [dbInstance('week', { BackupRetentionPeriod: 7 })] });
    expect(await runCheck(check, { region: 'eu-west-1', options: { minRetentionDays: 14 } })).toMatchObject([{ status: 'FAIL' }]);
  });

  it('judges an Aurora instance on its cluster\'s retention', async () => {
    rds.on(DescribeDBInstancesCommand).resolves({ DBInstances: [auroraInstance('a-1', 'orders', { BackupRetentionPeriod: 1 })] });
    rds.on(DescribeDBClustersCommand).resolves({ DBClusters: [dbCluster('orders', { BackupRetentionPeriod: 14 })] });
    expect(await runCheck(check, { region: 'eu-west-1' })).toMatchObject([{ status: 'PASS', resource: { id: 'a-1' }, evidence: { BackupRetentionPeriod: 14, DBClusterIdentifier: 'orders', valueFrom: 'DBCluster' } }]);
  });

  it('ERROR, not FAIL, when the cluster of an instance is not listed; ERROR naming the permission when DescribeDBClusters is denied', async () => {
    rds.on(DescribeDBInstancesCommand).resolves({ DBInstances: [auroraInstance('a-1', 'gone')] });
    rds.on(DescribeDBClustersCommand).resolves({ DBClusters: [] });
    expect(await runCheck(check, { region: 'eu-west-1' })).toMatchObject([{ status: 'ERROR', resource: { id: 'a-1' } }]);
    rds.reset();
    rds.on(DescribeDBInstancesCommand).resolves({ DBInstances: [auroraInstance('a-1', 'orders')] });
    rds.on(DescribeDBClustersCommand).rejects(awsError('AccessDenied'));
    expect(await runCheck(check, { region: 'eu-west-1' })).toMatchObject([{ status: 'ERROR', message: expect.stringContaining('rds:DescribeDBClusters') }]);
  });

  it('ERROR naming the permission when DescribeDBInstances is denied', async () => {
    rds.on(DescribeDBInstancesCommand).rejects(awsError('AccessDenied'));
    expect(await runCheck(check, { region: 'eu-west-1' })).toMatchObject([{ status: 'ERROR', message: expect.stringContaining('rds:DescribeDBInstances') }]);
  });
});
