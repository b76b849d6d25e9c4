import type { Cluster, Failure, Service, TaskDefinition } from '@aws-sdk/client-ecs';
import type { Aws } from '../aws/call.js';
import { invalidData } from '../aws/invalid-data.js';
import { memo } from './memo.js';

function chunks<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/** Memoized ECS data sets of one account. */
export function ecsInventory(aws: Aws) {
  /**
   * A Describe* failure other than MISSING (the resource was deleted between the list and the
   * describe) means ECS did not tell us about a resource it listed: an answer we cannot judge.
   */
  const checkFailures = (region: string, operation: string, failures: Failure[] | undefined) => {
    const real = (failures ?? []).filter((f) => f.reason !== 'MISSING');
    if (real.length) throw invalidData({ service: 'ecs', operation, account: aws.account, region }, `failures: ${real.map((f) => `${f.arn ?? '?'} (${f.reason ?? 'unknown'})`).join(', ')}`, 'DescribeFailure');
  };

  return {
    /** The region's clusters with their settings (containerInsights): ListClusters, then DescribeClusters 100 at a time. */
    clusters: memo(async (region: string): Promise<Cluster[]> => {
      const arns = await aws.paginate('ecs', region, 'ListClusters', (nextToken) => ({ maxResults: 100, ...(nextToken ? { nextToken } : {}) }), (o) => ({ items: o.clusterArns, next: o.nextToken }));
      const clusters: Cluster[] = [];
      for (const batch of chunks(arns, 100)) {
        const out = await aws.send('ecs', region, 'DescribeClusters', { clusters: batch, include: ['SETTINGS'] });
        checkFailures(region, 'DescribeClusters', out.failures);
        clusters.push(...(out.clusters ?? []));
      }
      return clusters;
    }),

    /** Task definition families with at least one ACTIVE revision, 100 a page. */
    taskDefinitionFamilies: memo((region: string): Promise<string[]> =>
      aws.paginate('ecs', region, 'ListTaskDefinitionFamilies', (nextToken) => ({ status: 'ACTIVE', maxResults: 100, ...(nextToken ? { nextToken } : {}) }), (o) => ({
        items: o.families,
        next: o.nextToken,
      }))),

    /** The latest ACTIVE revision of a family (DescribeTaskDefinition with the family name and no revision). */
    latestTaskDefinition: memo(async (region: string, family: string): Promise<TaskDefinition> => {
      const out = await aws.send('ecs', region, 'DescribeTaskDefinition', { taskDefinition: family });
      if (!out.taskDefinition) throw invalidData({ service: 'ecs', operation: 'DescribeTaskDefinition', account: aws.account, region }, `no task definition in the answer for family ${family}`);
      return out.taskDefinition;
    }),

    /** The services of one cluster: ListServices (100 a page), then DescribeServices 10 at a time (the API's maximum). */
    services: memo(async (region: string, clusterArn: string): Promise<Service[]> => {
      const arns = await aws.paginate('ecs', region, 'ListServices', (nextToken) => ({ cluster: clusterArn, maxResults: 100, ...(nextToken ? { nextToken } : {}) }), (o) => ({
        items: o.serviceArns,
        next: o.nextToken,
      }));
      const services: Service[] = [];
      for (const batch of chunks(arns, 10)) {
        const out = await aws.send('ecs', region, 'DescribeServices', { cluster: clusterArn, services: batch });
        checkFailures(region, 'DescribeServices', out.failures);
        services.push(...(out.services ?? []));
      }
      return services;
    }),
  };
}

export type EcsInventory = ReturnType<typeof ecsInventory>;
