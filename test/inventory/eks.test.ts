import { DescribeClusterCommand, EKSClient, ListClustersCommand } from '@aws-sdk/client-eks';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import { awsError, createTestInventory } from '../harness/aws.js';
import { eksCluster } from '../checks/eks/fixtures.js';

const eks = mockClient(EKSClient);
beforeEach(() => eks.reset());

describe('eks inventory', () => {
  it('clusterNames: pages of 100 followed to the end, once under concurrent callers', async () => {
    eks.on(ListClustersCommand, { maxResults: 100 }).resolves({ clusters: ['a'], nextToken: 'n1' });
    eks.on(ListClustersCommand, { maxResults: 100, nextToken: 'n1' }).resolves({ clusters: ['b'] });
    const { inventory } = createTestInventory();
    const [x, y] = await Promise.all([inventory.eks.clusterNames('us-east-1'), inventory.eks.clusterNames('us-east-1')]);
    expect(x).toBe(y);
    expect(x).toEqual(['a', 'b']);
    expect(eks.commandCalls(ListClustersCommand)).toHaveLength(2);
  });

  it('cluster: DescribeCluster once per name; denied → InventoryError naming eks:DescribeCluster; no cluster in the answer → invalid-data', async () => {
    eks.on(DescribeClusterCommand, { name: 'a' }).resolves({ cluster: eksCluster('a') });
    eks.on(DescribeClusterCommand, { name: 'denied' }).rejects(awsError('AccessDeniedException'));
    eks.on(DescribeClusterCommand, { name: 'empty' }).resolves({});
    const { inventory } = createTestInventory();
    await Promise.all([inventory.eks.cluster('us-east-1', 'a'), inventory.eks.cluster('us-east-1', 'a')]);
    expect((await inventory.eks.cluster('us-east-1', 'a')).version).toBe('1.34');
    expect(eks.commandCalls(DescribeClusterCommand, { name: 'a' })).toHaveLength(1);
    await expect(inventory.eks.cluster('us-east-1', 'denied')).rejects.toMatchObject({ kind: 'denied', iamAction: 'eks:DescribeCluster' });
    await expect(inventory.eks.cluster('us-east-1', 'empty')).rejects.toMatchObject({ kind: 'invalid-data', iamAction: 'eks:DescribeCluster' });
  });

  it('clusterNames: denied names eks:ListClusters', async () => {
    eks.on(ListClustersCommand).rejects(awsError('AccessDeniedException'));
    await expect(createTestInventory().inventory.eks.clusterNames('us-east-1')).rejects.toMatchObject({ iamAction: 'eks:ListClusters' });
  });
});
