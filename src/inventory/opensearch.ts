import type { DomainStatus } from '@aws-sdk/client-opensearch';
import type { Aws } from '../aws/call.js';
import { memo } from './memo.js';

/** DescribeDomains accepts at most 5 domain names a call. */
const DESCRIBE_BATCH = 5;

/** Memoized OpenSearch Service data sets of one account. */
export function opensearchInventory(aws: Aws) {
  return {
    /**
     * Every OpenSearch Service domain of the region (OpenSearch and legacy Elasticsearch engines),
     * with its full status: ListDomainNames (unpaginated), then DescribeDomains 5 names a call.
     */
    domains: memo(async (region: string): Promise<DomainStatus[]> => {
      const list = await aws.send('opensearch', region, 'ListDomainNames', {});
      const names = (list.DomainNames ?? []).map((d) => d.DomainName).filter((n): n is string => !!n);
      const out: DomainStatus[] = [];
      for (let i = 0; i < names.length; i += DESCRIBE_BATCH) {
        const page = await aws.send('opensearch', region, 'DescribeDomains', { DomainNames: names.slice(i, i + DESCRIBE_BATCH) });
        out.push(...(page.DomainStatusList ?? []));
      }
      return out;
    }),
  };
}

export type OpensearchInventory = ReturnType<typeof opensearchInventory>;
