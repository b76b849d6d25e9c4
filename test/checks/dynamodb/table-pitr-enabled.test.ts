import { DescribeContinuousBackupsCommand, DynamoDBClient, ListTablesCommand } from '@aws-sdk/client-dynamodb';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import check from '../../../checks/dynamodb/table-pitr-enabled.js';
import { awsError } from '../../harness/aws.js';
import { runCheck } from '../../harness/run-check.js';
import { pitr, tableArn } from './fixtures.js';

const ddb = mockClient(DynamoDBClient);
beforeEach(() => ddb.reset());

describe('dynamodb.table-pitr-enabled', () => {
  it('PASS with point-in-time recovery, FAIL without', async () => {
    ddb.on(ListTablesCommand).resolves({ TableNames: ['orders', 'sessions'] });
    ddb.on(DescribeContinuousBackupsCommand, { TableName: 'orders' }).resolves(pitr(true));
    ddb.on(DescribeContinuousBackupsCommand, { TableName: 'sessions' }).resolves(pitr(false));
    expect(await runCheck(check)).toMatchObject([
      { status: 'PASS', resource: { id: 'orders', arn: tableArn('orders') }, evidence: { PointInTimeRecoveryStatus: 'ENABLED', RecoveryPeriodInDays: 35 }, srm: { duty: 'incident-response', serviceModel: 'SaaS', owner: 'customer' } },
      { status: 'FAIL', resource: { id: 'sessions' }, evidence: { PointInTimeRecoveryStatus: 'DISABLED' } },
    ]);
  });

  it('FAIL when the answer has no point-in-time recovery description', async () => {
    ddb.on(ListTablesCommand).resolves({ TableNames: ['t'] });
    ddb.on(DescribeContinuousBackupsCommand).resolves({ ContinuousBackupsDescription: { ContinuousBackupsStatus: 'DISABLED' } });
    expect(await runCheck(check)).toMatchObject([{ status: 'FAIL', evidence: { PointInTimeRecoveryStatus: null } }]);
  });

  it('ERROR for the table whose backups are denied; the others keep their verdict', async () => {
    ddb.on(ListTablesCommand).resolves({ TableNames: ['a', 'b'] });
    ddb.on(DescribeContinuousBackupsCommand, { TableName: 'a' }).rejects(awsError('AccessDeniedException'));
    ddb.on(DescribeContinuousBackupsCommand, { TableName: 'b' }).resolves(pitr(true));
    expect(await runCheck(check)).toMatchObject([
      { status: 'ERROR', resource: { id: 'a', arn: tableArn('a') }, message: expect.stringContaining('dynamodb:DescribeContinuousBackups') },
      { status: 'PASS', resource: { id: 'b' } },
    ]);
  });

  it('ERROR naming the permission when ListTables is denied', async () => {
    ddb.on(ListTablesCommand).rejects(awsError('AccessDeniedException'));
    expect(await runCheck(check)).toMatchObject([{ status: 'ERROR', message: expect.stringContaining('dynamodb:ListTables') }]);
  });
});
