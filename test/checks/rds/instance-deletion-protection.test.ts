import { DescribeDBClustersCommand, DescribeDBInstancesCommand, RDSClient } from '@aws-sdk/client-rds';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import check from '../../../checks/rds/instance-deletion-protection.js';
import { awsError } from '../../harness/aws.js';
import { runCheck } from '../../harness/run-check.js';
import { auroraInstance, dbCluster, dbInstance } from './fixtures.js';

const rds = mockClient(RDSClient);
beforeEach(() => rds.reset());

describe('rds.instance-deletion-protection', () => {
  it('PASS when protected, FAIL when not or when the field is missing', async () => {
    rds.on(DescribeDBInstancesCommand).resolves({ DBInstances: [dbInstance('on', { DeletionProtection: true }), dbInstance('off', { DeletionProtection: false }), dbInstance('odd')] });
    expect(await runCheck(check, { region: 'eu-west-1' })).toMatchObject([
      { status: 'FAIL', resource: { id: 'odd' }, evidence: { DeletionProtection: null } },
      { status: 'FAIL', resource: { id: 'off' }, evidence: { DeletionProtection: false } },
      { status: 'PASS', resource: { id: 'on' }, evidence: { DeletionProtection: true }, srm: { duty: 'incident-response' } },
    ]);
  });

  it('judges Aurora instances on the cluster setting, whatever the instance field says', async () => {
    rds.on(DescribeDBInstancesCommand).resolves({ DBInstances: [auroraInstance('a-1', 'on', { DeletionProtection: false }), auroraInstance('b-1', 'off', { DeletionProtection: true })] });
    rds.on(DescribeDBClustersCommand).resolves({ DBClusters: [dbCluster('on', { DeletionProtection: true }), dbCluster('off', { DeletionProtection: false })] });
    expect(await runCheck(check, { region: 'eu-west-1' })).toMatchObject([
      { status: 'PASS', resource: { id: 'a-1' }, evidence: { DeletionProtection: true, DBClusterIdentifier: 'on' } },
      { status: 'FAIL', resource: { id: 'b-1' }, evidence: { DeletionProtection: false, DBClusterIdentifier: 'off' } },
    ]);
    expect(rds.commandCalls(DescribeDBClustersCommand)).toHaveLength(1);
  });

  it('ERROR naming the permission when DescribeDBInstances is denied', async () => {
    rds.on(DescribeDBInstancesCommand).rejects(awsError('AccessDenied'));
    expect(await runCheck(check, { region: 'eu-west-1' })).toMatchObject([{ status: 'ERROR', message: expect.stringContaining('rds:DescribeDBInstances') }]);
  });
});
