import type { WorkGroup, WorkGroupSummary } from '@aws-sdk/client-athena';
import type { Aws } from '../aws/call.js';
import { invalidData } from '../aws/invalid-data.js';
import { memo } from './memo.js';

/** Memoized Athena data sets of one account. */
export function athenaInventory(aws: Aws) {
  return {
    /** Every workgroup of the region, 50 a page (the API's maximum); "primary" exists in every region. */
    workGroups: memo((region: string): Promise<WorkGroupSummary[]> =>
      aws.paginate('athena', region, 'ListWorkGroups', (NextToken) => ({ MaxResults: 50, ...(NextToken ? { NextToken } : {}) }), (o) => ({ items: o.WorkGroups, next: o.NextToken }))),

    /** One workgroup's configuration (the list gives names and state only; there is no bulk Get). */
    workGroup: memo(async (region: string, name: string): Promise<WorkGroup> => {
      const out = await aws.send('athena', region, 'GetWorkGroup', { WorkGroup: name });
      if (!out.WorkGroup) throw invalidData({ service: 'athena', operation: 'GetWorkGroup', account: aws.account, region }, `GetWorkGroup answered without a WorkGroup for ${name}`);
      return out.WorkGroup;
    }),
  };
}

export type AthenaInventory = ReturnType<typeof athenaInventory>;
