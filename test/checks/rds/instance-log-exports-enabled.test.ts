import { DescribeDBClustersCommand, DescribeDBInstancesCommand, RDSClient } from '@aws-sdk/client-rds';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import check from '../../../checks/rds/instance-log-exports-enabled.js';
import { awsError } from '../../harness/aws.js';
import { runCheck } from '../../harness/run-check.js';
import { auroraInstance, dbCluster, dbInstance } from './fixtures.js';

const rds = mockClient(RDSClient);
beforeEach(() => rds.reset());

describe('rds.instance-log-exports-enabled', () => {
  it('PASS with at least one log type exported, FAIL with none (field omitted by AWS when empty)', async () => {
    rds.on(DescribeDBInstancesCommand).resolves({ DBInstances: [dbInstance('pg', { EnabledCloudwatchLogsExports: ['postgresql'] }), dbInstance('my', { Engine: 'mysql' })] });
    expect(await runCheck(check, { region: 'eu-west-1' })).toMatchObject([
      { status: 'FAIL', resource: { id: 'my' }, evidence: { EnabledCloudwatchLogsExports: null, exportableLogTypes: ['audit', 'error', 'general', 'slowquery', 'iam-db-auth-error'] } },
      { status: 'PASS', resource: { id: 'pg' }, evidence: { EnabledCloudwatchLogsExports: ['postgresql'] }, srm: { duty: 'logging' } },
    ]);
  });

  it('judges Aurora instances on the cluster exports', async () => {
    rds.on(DescribeDBInstancesCommand).resolves({ DBInstances: [auroraInstance('a-1', 'c')] });
    rds.on(DescribeDBClustersCommand).resolves({ DBClusters: [dbCluster('c', { EnabledCloudwatchLogsExports: ['postgresql'] })] });
    expect(await runCheck(check, { region: 'eu-west-1' })).toMatchObject([{ status: 'PASS', evidence: { EnabledCloudwatchLogsExports: ['postgresql'], exportableLogTypes: ['postgresql', 'instance', 'iam-db-auth-error'] } }]);
  });

  it('ERROR naming the permission when DescribeDBInstances is denied', async () => {
    rds.on(DescribeDBInstancesCommand).rejects(awsError('AccessDenied'));
    expect(await runCheck(check, { region: 'eu-west-1' })).toMatchObject([{ status: 'ERROR', message: expect.stringContaining('rds:DescribeDBInstances') }]);
  });
});
