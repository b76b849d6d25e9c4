import type { LogGroup, MetricFilter } from '@aws-sdk/client-cloudwatch-logs';
import type { Aws } from '../aws/call.js';
import { memo } from './memo.js';

/** Memoized CloudWatch Logs data sets of one account. */
export function logsInventory(aws: Aws) {
  return {
    /** The region's log groups with their retention (retentionInDays absent = never expire). */
    logGroups: memo((region: string): Promise<LogGroup[]> =>
      aws.paginate('logs', region, 'DescribeLogGroups', (nextToken) => ({ limit: 50, ...(nextToken ? { nextToken } : {}) }), (o) => ({
        items: o.logGroups,
        next: o.nextToken,
      }))),

    /** Metric filters of one log group (asked per group: only trail log groups are of interest). */
    metricFilters: memo((region: string, logGroupName: string): Promise<MetricFilter[]> =>
      aws.paginate('logs', region, 'DescribeMetricFilters', (nextToken) => ({ logGroupName, limit: 50, ...(nextToken ? { nextToken } : {}) }), (o) => ({
        items: o.metricFilters,
        next: o.nextToken,
      }))),
  };
}

export type LogsInventory = ReturnType<typeof logsInventory>;
