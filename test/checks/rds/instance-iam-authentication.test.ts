import { DescribeDBClustersCommand, DescribeDBInstancesCommand, RDSClient } from '@aws-sdk/client-rds';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import check from '../../../checks/rds/instance-iam-authentication.js';
import { awsError } from '../../harness/aws.js';
import { runCheck } from '../../harness/run-check.js';
import { auroraInstance, dbCluster, dbInstance } from './fixtures.js';

const rds = mockClient(RDSClient);
beforeEach(() => rds.reset());

describe('rds.instance-iam-authentication', () => {
  it('PASS and FAIL for engines that support it; Oracle and SQL Server are not judged', async () => {
    rds.on(DescribeDBInstancesCommand).resolves({ DBInstances: [
      dbInstance('pg', { IAMDatabaseAuthenticationEnabled: true }), dbInstance('my', { Engine: 'mysql', IAMDatabaseAuthenticationEnabled: false }),
      dbInstance('ora', { Engine: 'oracle-ee', IAMDatabaseAuthenticationEnabled: false }), dbInstance('mss', { Engine: 'sqlserver-se' }),
    ] });
    expect(await runCheck(check, { region: 'eu-west-1' })).toMatchObject([
      { status: 'FAIL', resource: { id: 'my' }, evidence: { IAMDatabaseAuthenticationEnabled: false, Engine: 'mysql' } },
      { status: 'PASS', resource: { id: 'pg' }, evidence: { IAMDatabaseAuthenticationEnabled: true }, srm: { duty: 'identity-access', serviceModel: 'PaaS' } },
    ]);
  });

  it('judges Aurora instances on the cluster setting', async () => {
    rds.on(DescribeDBInstancesCommand).resolves({ DBInstances: [auroraInstance('a-1', 'c', { IAMDatabaseAuthenticationEnabled: false })] });
    rds.on(DescribeDBClustersCommand).resolves({ DBClusters: [dbCluster('c', { IAMDatabaseAuthenticationEnabled: true })] });
    expect(await runCheck(check, { region: 'eu-west-1' })).toMatchObject([{ status: 'PASS', evidence: { valueFrom: 'DBCluster' } }]);
  });

  it('ERROR naming the permission when DescribeDBInstances is denied', async () => {
    rds.on(DescribeDBInstancesCommand).rejects(awsError('AccessDenied'));
    expect(await runCheck(check, { region: 'eu-west-1' })).toMatchObject([{ status: 'ERROR', message: expect.stringContaining('rds:DescribeDBInstances') }]);
  });
});
