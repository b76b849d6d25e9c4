import type { InstanceInformation, ResourceComplianceSummaryItem } from '@aws-sdk/client-ssm';
import type { Aws } from '../aws/call.js';
import { memo } from './memo.js';

/** DescribeInstanceInformation and ListResourceComplianceSummaries both cap a page at 50. */
const PAGE = 50;
const tok = (NextToken: string | undefined) => (NextToken ? { NextToken } : {});

/** Memoized ssm data sets of one account. */
export function ssmInventory(aws: Aws) {
  return {
    /**
     * Every node registered with Systems Manager in the region (EC2 instances and hybrid `mi-` nodes),
     * with its agent's PingStatus. One paginated bulk call per region.
     */
    instanceInformation: memo((region: string): Promise<InstanceInformation[]> =>
      aws.paginate('ssm', region, 'DescribeInstanceInformation', (t) => ({ MaxResults: PAGE, ...tok(t) }), (o) => ({ items: o.InstanceInformationList, next: o.NextToken }))),

    /**
     * Patch Manager's compliance summary of every resource that has one (ComplianceType Patch), in one
     * paginated bulk call per region instead of ListComplianceItems per instance. A managed instance
     * missing here was never scanned by Patch Manager.
     */
    patchComplianceSummaries: memo((region: string): Promise<ResourceComplianceSummaryItem[]> =>
      aws.paginate(
        'ssm',
        region,
        'ListResourceComplianceSummaries', (t) => ({ Filters: [{ Key: 'ComplianceType', Values: ['Patch'], Type: 'EQUAL' }], MaxResults: PAGE, ...tok(t) }),
        (o) => ({ items: o.ResourceComplianceSummaryItems, next: o.NextToken }),
      )),
  };
}

export type SsmInventory = ReturnType<typeof ssmInventory>;
