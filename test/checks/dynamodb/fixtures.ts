import type { TableDescription } from '@aws-sdk/client-dynamodb';
import { TEST_ACCOUNT } from '../../harness/aws.js';

export const tableArn = (name: string, region = 'us-east-1') => `arn:aws:dynamodb:${region}:${TEST_ACCOUNT}:table/${name}`;

/** A DescribeTable Table as AWS returns it: no SSEDescription (AWS owned key), deletion protection off unless overridden. */
export function table(name: string, extra: Partial<TableDescription> = {}, region = 'us-east-1'): TableDescription {
  return {
    TableName: name,
    TableArn: tableArn(name, region),
    TableStatus: 'ACTIVE',
    CreationDateTime: new Date('2025-03-01T10:00:00Z'),
    KeySchema: [{ AttributeName: 'pk', KeyType: 'HASH' }],
    AttributeDefinitions: [{ AttributeName: 'pk', AttributeType: 'S' }],
    BillingModeSummary: { BillingMode: 'PAY_PER_REQUEST' },
    TableSizeBytes: 0,
    ItemCount: 0,
    DeletionProtectionEnabled: false,
    ...extra,
  };
}

/** A DescribeContinuousBackups answer. */
export function pitr(enabled: boolean) {
  return {
    ContinuousBackupsDescription: {
      ContinuousBackupsStatus: 'ENABLED' as const,
      PointInTimeRecoveryDescription: enabled
        ? { PointInTimeRecoveryStatus: 'ENABLED' as const, RecoveryPeriodInDays: 35, EarliestRestorableDateTime: new Date('2026-11-01T00:00:00Z'), LatestRestorableDateTime: new Date('2026-12-01T00:00:00Z') }
        : { PointInTimeRecoveryStatus: 'DISABLED' as const },
    },
  };
}
