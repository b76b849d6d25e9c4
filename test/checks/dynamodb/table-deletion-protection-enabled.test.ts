import { DescribeTableCommand, DynamoDBClient, ListTablesCommand } from '@aws-sdk/client-dynamodb';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import check from '../../../checks/dynamodb/table-deletion-protection-enabled.js';
import { awsError } from '../../harness/aws.js';
import { runCheck } from '../../harness/run-check.js';
import { table, tableArn } from './fixtures.js';

const ddb = mockClient(DynamoDBClient);
beforeEach(() => ddb.reset());

describe('dynamodb.table-deletion-protection-enabled', () => {
  it('PASS when protected, FAIL when not', async () => {
    ddb.on(ListTablesCommand).resolves({ TableNames: ['orders', 'scratch'] });
    ddb.on(DescribeTableCommand, { TableName: 'orders' }).resolves({ Table: table('orders', { DeletionProtectionEnabled: true }) });
    ddb.on(DescribeTableCommand, { TableName: 'scratch' }).resolves({ Table: table('scratch') });
    expect(await runCheck(check)).toMatchObject([
      { status: 'PASS', resource: { id: 'orders', arn: tableArn('orders') }, evidence: { DeletionProtectionEnabled: true } },
      { status: 'FAIL', resource: { id: 'scratch' }, evidence: { DeletionProtectionEnabled: false } },
    ]);
  });

  it('ERROR (never FAIL or PASS) when DescribeTable does not say', async () => {
    ddb.on(ListTablesCommand).resolves({ TableNames: ['t'] });
    ddb.on(DescribeTableCommand).resolves({ Table: table('t', { DeletionProtectionEnabled: undefined }) });
    expect(await runCheck(check)).toMatchObject([{ status: 'ERROR', resource: { id: 't' }, message: expect.stringContaining('dynamodb:DescribeTable') }]);
  });

  it('ERROR for the table whose description is denied', async () => {
    ddb.on(ListTablesCommand).resolves({ TableNames: ['a'] });
    ddb.on(DescribeTableCommand).rejects(awsError('AccessDeniedException'));
    expect(await runCheck(check)).toMatchObject([{ status: 'ERROR', resource: { id: 'a' }, message: expect.stringContaining('dynamodb:DescribeTable') }]);
  });
});
