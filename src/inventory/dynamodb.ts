import type { ContinuousBackupsDescription, TableDescription } from '@aws-sdk/client-dynamodb';
import type { Aws } from '../aws/call.js';
import { invalidData } from '../aws/invalid-data.js';
import { memo } from './memo.js';

/** Memoized DynamoDB data sets of one account. */
export function dynamodbInventory(aws: Aws) {
  return {
    /** Names of the region's tables, 100 a page (the API's maximum). ListTables returns names only. */
    tableNames: memo((region: string): Promise<string[]> =>
      aws.paginate('dynamodb', region, 'ListTables', (ExclusiveStartTableName) => ({ Limit: 100, ...(ExclusiveStartTableName ? { ExclusiveStartTableName } : {}) }), (o) => ({
        items: o.TableNames,
        next: o.LastEvaluatedTableName,
      }))),

    /**
     * One table's description: TableArn, SSEDescription (absent when the table uses the AWS owned
     * key, DynamoDB's default), DeletionProtectionEnabled. There is no bulk describe.
     */
    table: memo(async (region: string, tableName: string): Promise<TableDescription> => {
      const out = await aws.send('dynamodb', region, 'DescribeTable', { TableName: tableName });
      if (!out.Table?.TableArn) throw invalidData({ service: 'dynamodb', operation: 'DescribeTable', account: aws.account, region }, `DescribeTable returned no Table/TableArn for ${tableName}`);
      return out.Table;
    }),

    /** Continuous backups and point-in-time recovery of one table. */
    continuousBackups: memo(async (region: string, tableName: string): Promise<ContinuousBackupsDescription> => {
      const out = await aws.send('dynamodb', region, 'DescribeContinuousBackups', { TableName: tableName });
      if (!out.ContinuousBackupsDescription) throw invalidData({ service: 'dynamodb', operation: 'DescribeContinuousBackups', account: aws.account, region }, `DescribeContinuousBackups returned no ContinuousBackupsDescription for ${tableName}`);
      return out.ContinuousBackupsDescription;
    }),

    /** A table's tags as a map (empty when untagged: an answer, not a default). */
    tableTags: memo(async (region: string, tableArn: string): Promise<Record<string, string>> => {
      const tags = await aws.paginate('dynamodb', region, 'ListTagsOfResource', (NextToken) => ({ ResourceArn: tableArn, ...(NextToken ? { NextToken } : {}) }), (o) => ({
        items: o.Tags,
        next: o.NextToken,
      }));
      return Object.fromEntries(tags.filter((t) => t.Key !== undefined).map((t) => [t.Key!, t.Value ?? '']));
    }),
  };
}

export type DynamodbInventory = ReturnType<typeof dynamodbInventory>;
