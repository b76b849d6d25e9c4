import { DescribeDBInstancesCommand, RDSClient } from '@aws-sdk/client-rds';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import check from '../../../checks/rds/auto-minor-version-upgrade.js';
import { awsError } from '../../harness/aws.js';
import { runCheck } from '../../harness/run-check.js';

const rds = mockClient(RDSClient);
beforeEach(() => rds.reset());
const db = (id: string, over: object) => ({ DBInstanceIdentifier: id, DBInstanceArn: `arn:aws:rds:eu-west-1:111122223333:db:${id}`, Engine: 'postgres', EngineVersion: '16.4', ...over });

describe('rds.auto-minor-version-upgrade', () => {
  it('PASS and FAIL per DB instance, with the deciding field as evidence', async () => {
    rds.on(DescribeDBInstancesCommand).resolves({ DBInstances: [db('good', { AutoMinorVersionUpgrade: true }), db('bad', { AutoMinorVersionUpgrade: false })] });
    expect(await runCheck(check, { region: 'eu-west-1' })).toMatchObject([
      { status: 'FAIL', resource: { id: 'bad' }, evidence: { AutoMinorVersionUpgrade: false }, srm: { duty: 'app-configuration', serviceModel: 'PaaS' } },
      { status: 'PASS', resource: { id: 'good', type: 'AWS::RDS::DBInstance' }, evidence: { AutoMinorVersionUpgrade: true } },
    ]);
  });

  it('FAIL, not PASS, when the field is missing from the answer', async () => {
    rds.on(DescribeDBInstancesCommand).resolves({ DBInstances: [db('odd', {})] });
    expect(await runCheck(check, { region: 'eu-west-1' })).toMatchObject([{ status: 'FAIL', evidence: { AutoMinorVersionUpgrade: null } }]);
  });

  it('follows Marker pages', async () => {
    rds.on(DescribeDBInstancesCommand, { MaxRecords: 100 }).resolves({ DBInstances: [db('a', { AutoMinorVersionUpgrade: true })], Marker: 'm2' });
    rds.on(DescribeDBInstancesCommand, { MaxRecords: 100, Marker: 'm2' }).resolves({ DBInstances: [db('b', { AutoMinorVersionUpgrade: true })] });
    expect((await runCheck(check, { region: 'eu-west-1' })).map((f) => f.resource.id)).toEqual(['a', 'b']);
  });

  it('ERROR naming the permission when DescribeDBInstances is denied', async () => {
    rds.on(DescribeDBInstancesCommand).rejects(awsError('AccessDenied'));
    expect(await runCheck(check, { region: 'eu-west-1' })).toMatchObject([{ status: 'ERROR', message: expect.stringContaining('rds:DescribeDBInstances') }]);
  });
});
