import type { Cluster } from '@aws-sdk/client-eks';
import type { Aws } from '../aws/call.js';
import { invalidData } from '../aws/invalid-data.js';
import { memo } from './memo.js';

/** Memoized EKS data sets of one account. */
export function eksInventory(aws: Aws) {
  return {
    /** The region's cluster names, 100 a page (the API's maximum). EKS has no bulk describe. */
    clusterNames: memo((region: string): Promise<string[]> =>
      aws.paginate('eks', region, 'ListClusters', (nextToken) => ({ maxResults: 100, ...(nextToken ? { nextToken } : {}) }), (o) => ({ items: o.clusters, next: o.nextToken }))),

    /** One cluster: endpoint access, logging, encryption configuration, Kubernetes version. */
    cluster: memo(async (region: string, name: string): Promise<Cluster> => {
      const out = await aws.send('eks', region, 'DescribeCluster', { name });
      if (!out.cluster) throw invalidData({ service: 'eks', operation: 'DescribeCluster', account: aws.account, region }, `no cluster in the answer for ${name}`);
      return out.cluster;
    }),
  };
}

export type EksInventory = ReturnType<typeof eksInventory>;
