import type { MetricAlarm } from '@aws-sdk/client-cloudwatch';
import type { Aws } from '../aws/call.js';
import { memo } from './memo.js';

/** Memoized CloudWatch data sets of one account. */
export function cloudwatchInventory(aws: Aws) {
  return {
    /** Every metric alarm of the region in one paginated call; checks select by metric in memory. */
    metricAlarms: memo((region: string): Promise<MetricAlarm[]> =>
      aws.paginate('cloudwatch', region, 'DescribeAlarms', (NextToken) => ({ AlarmTypes: ['MetricAlarm'], MaxRecords: 100, ...(NextToken ? { NextToken } : {}) }), (o) => ({
        items: o.MetricAlarms,
        next: o.NextToken,
      }))),
  };
}

export type CloudwatchInventory = ReturnType<typeof cloudwatchInventory>;
