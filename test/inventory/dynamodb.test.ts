import { DescribeContinuousBackupsCommand, DescribeTableCommand, DynamoDBClient, ListTablesCommand, ListTagsOfResourceCommand } from '@aws-sdk/client-dynamodb';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import { InventoryError } from '../../src/aws/errors.js';
import { awsError, createTestInventory } from '../harness/aws.js';
import { pitr, table, tableArn } from '../checks/dynamodb/fixtures.js';

const ddb = mockClient(DynamoDBClient);
beforeEach(() => ddb.reset());

describe('dynamodb inventory', () => {
  it('tableNames(region) pages by LastEvaluatedTableName (100 a page), once under concurrent callers', async () => {
    ddb.on(ListTablesCommand, { Limit: 100 }).resolves({ TableNames: ['a'], LastEvaluatedTableName: 'a' });
    ddb.on(ListTablesCommand, { Limit: 100, ExclusiveStartTableName: 'a' }).resolves({ TableNames: ['b'] });
    const { inventory } = createTestInventory();
    const [x, y] = await Promise.all([inventory.dynamodb.tableNames('eu-west-1'), inventory.dynamodb.tableNames('eu-west-1')]);
    expect(x).toBe(y);
    expect(x).toEqual(['a', 'b']);
    const calls = ddb.commandCalls(ListTablesCommand);
    expect(calls.map((c) => c.args[0].input)).toEqual([{ Limit: 100 }, { Limit: 100, ExclusiveStartTableName: 'a' }]);
    expect(await (calls[0]!.thisValue as DynamoDBClient).config.region()).toBe('eu-west-1');
  });

  it('table: the description; an answer without TableArn is invalid data', async () => {
    ddb.on(DescribeTableCommand, { TableName: 'a' }).resolves({ Table: table('a') });
    ddb.on(DescribeTableCommand, { TableName: 'b' }).resolves({});
    const { inventory } = createTestInventory();
    expect(await inventory.dynamodb.table('us-east-1', 'a')).toMatchObject({ TableArn: tableArn('a'), DeletionProtectionEnabled: false });
    await expect(inventory.dynamodb.table('us-east-1', 'b')).rejects.toMatchObject({ kind: 'invalid-data', iamAction: 'dynamodb:DescribeTable' });
  });

  it('continuousBackups: the description; none in the answer is invalid data', async () => {
    ddb.on(DescribeContinuousBackupsCommand, { TableName: 'a' }).resolves(pitr(true));
    ddb.on(DescribeContinuousBackupsCommand, { TableName: 'b' }).resolves({});
    const { inventory } = createTestInventory();
    expect(await inventory.dynamodb.continuousBackups('us-east-1', 'a')).toMatchObject({ PointInTimeRecoveryDescription: { PointInTimeRecoveryStatus: 'ENABLED' } });
    await expect(inventory.dynamodb.continuousBackups('us-east-1', 'b')).rejects.toMatchObject({ kind: 'invalid-data', iamAction: 'dynamodb:DescribeContinuousBackups' });
  });

  it('tableTags: pages by NextToken into a map; untagged is an empty map', async () => {
    ddb.on(ListTagsOfResourceCommand, { ResourceArn: tableArn('a') }).resolves({ Tags: [{ Key: 'team', Value: 'x' }], NextToken: 'n' });
    ddb.on(ListTagsOfResourceCommand, { ResourceArn: tableArn('a'), NextToken: 'n' }).resolves({ Tags: [{ Key: 'data-classification', Value: 'confidential' }] });
    ddb.on(ListTagsOfResourceCommand, { ResourceArn: tableArn('b') }).resolves({});
    const { inventory } = createTestInventory();
    expect(await inventory.dynamodb.tableTags('us-east-1', tableArn('a'))).toEqual({ team: 'x', 'data-classification': 'confidential' });
    expect(await inventory.dynamodb.tableTags('us-east-1', tableArn('b'))).toEqual({});
  });

  it.each([
    ['tableNames', ListTablesCommand, 'dynamodb:ListTables'],
    ['table', DescribeTableCommand, 'dynamodb:DescribeTable'],
    ['continuousBackups', DescribeContinuousBackupsCommand, 'dynamodb:DescribeContinuousBackups'],
    ['tableTags', ListTagsOfResourceCommand, 'dynamodb:ListTagsOfResource'],
  ] as const)('%s: denied → InventoryError carrying the IAM action, cached (asked once)', async (getter, Command, action) => {
    ddb.on(Command as typeof ListTablesCommand).rejects(awsError('AccessDeniedException'));
    const { inventory } = createTestInventory();
    const call = () => (getter === 'tableNames' ? inventory.dynamodb.tableNames('us-east-1') : inventory.dynamodb[getter]('us-east-1', 'a'));
    const err = await call().catch((e: unknown) => e);
    expect(err).toBeInstanceOf(InventoryError);
    expect(err).toMatchObject({ kind: 'denied', iamAction: action });
    await call().catch(() => undefined);
    expect(ddb.commandCalls(Command as typeof ListTablesCommand)).toHaveLength(1);
  });
});
