import type { AnalyzerSummary } from '@aws-sdk/client-accessanalyzer';
import type { Aws } from '../aws/call.js';
import { memo } from './memo.js';

export type Analyzer = Pick<AnalyzerSummary, 'arn' | 'name' | 'type' | 'status' | 'statusReason' | 'createdAt'>;

/** Memoized IAM Access Analyzer data sets of one account. */
export function accessanalyzerInventory(aws: Aws) {
  return {
    /**
     * Every analyzer of this account in the region, of every type (external, unused and internal
     * access). An organization analyzer is visible only in the account that owns it: the management
     * or the delegated administrator account, never from a member account.
     */
    analyzers: memo(async (region: string): Promise<Analyzer[]> => {
      const all = await aws.paginate('accessanalyzer', region, 'ListAnalyzers', (nextToken) => ({ maxResults: 100, ...(nextToken ? { nextToken } : {}) }), (o) => ({ items: o.analyzers, next: o.nextToken }));
      return all.map(({ arn, name, type, status, statusReason, createdAt }) => ({ arn, name, type, status, ...(statusReason ? { statusReason } : {}), createdAt }));
    }),
  };
}

export type AccessanalyzerInventory = ReturnType<typeof accessanalyzerInventory>;
