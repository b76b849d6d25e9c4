import {
  DescribeClustersCommand,
  DescribeServicesCommand,
  DescribeTaskDefinitionCommand,
  ECSClient,
  ListClustersCommand,
  ListServicesCommand,
  ListTaskDefinitionFamiliesCommand,
} from '@aws-sdk/client-ecs';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import { redact } from '../../src/inventory/redact.js';
import { awsError, createTestInventory } from '../harness/aws.js';
import { cluster, hardened, service, taskDef } from '../checks/ecs/fixtures.js';

const ecs = mockClient(ECSClient);
beforeEach(() => ecs.reset());

describe('ecs inventory', () => {
  it('clusters: ListClusters pages, then DescribeClusters with SETTINGS in batches of 100; MISSING failures are skipped', async () => {
    const all = Array.from({ length: 150 }, (_, i) => cluster(`c${i}`, 'enabled'));
    ecs.on(ListClustersCommand, { maxResults: 100 }).resolves({ clusterArns: all.slice(0, 100).map((c) => c.clusterArn!), nextToken: 'n1' });
    ecs.on(ListClustersCommand, { maxResults: 100, nextToken: 'n1' }).resolves({ clusterArns: all.slice(100).map((c) => c.clusterArn!) });
    ecs.on(DescribeClustersCommand).callsFake((input: { clusters: string[] }) => ({
      clusters: all.filter((c) => input.clusters.includes(c.clusterArn!) && c.clusterName !== 'c7'),
      failures: input.clusters.some((a) => a.endsWith('/c7')) ? [{ arn: all[7]!.clusterArn, reason: 'MISSING' }] : [],
    }));
    const { inventory } = createTestInventory();
    const [x, y] = await Promise.all([inventory.ecs.clusters('us-east-1'), inventory.ecs.clusters('us-east-1')]);
    expect(x).toBe(y);
    expect(x).toHaveLength(149);
    const describes = ecs.commandCalls(DescribeClustersCommand);
    expect(describes.map((c) => c.args[0].input.clusters!.length)).toEqual([100, 50]);
    expect(describes[0]!.args[0].input.include).toEqual(['SETTINGS']);
  });

  it('clusters: a failure other than MISSING is invalid-data naming ecs:DescribeClusters; denied names the action', async () => {
    ecs.on(ListClustersCommand).resolves({ clusterArns: [cluster('a', 'enabled').clusterArn!] });
    ecs.on(DescribeClustersCommand).resolves({ clusters: [], failures: [{ arn: cluster('a', 'enabled').clusterArn, reason: 'INTERNAL' }] });
    await expect(createTestInventory().inventory.ecs.clusters('us-east-1')).rejects.toMatchObject({ kind: 'invalid-data', iamAction: 'ecs:DescribeClusters' });
    ecs.reset();
    ecs.on(ListClustersCommand).rejects(awsError('AccessDeniedException'));
    await expect(createTestInventory().inventory.ecs.clusters('us-east-1')).rejects.toMatchObject({ iamAction: 'ecs:ListClusters' });
  });

  it('taskDefinitionFamilies: ACTIVE families, paginated; latestTaskDefinition: DescribeTaskDefinition by family, once', async () => {
    ecs.on(ListTaskDefinitionFamiliesCommand, { status: 'ACTIVE', maxResults: 100 }).resolves({ families: ['a'], nextToken: 'n1' });
    ecs.on(ListTaskDefinitionFamiliesCommand, { status: 'ACTIVE', maxResults: 100, nextToken: 'n1' }).resolves({ families: ['b'] });
    ecs.on(DescribeTaskDefinitionCommand, { taskDefinition: 'a' }).resolves({ taskDefinition: taskDef('a', [hardened('app')]) });
    const { inventory } = createTestInventory();
    expect(await inventory.ecs.taskDefinitionFamilies('us-east-1')).toEqual(['a', 'b']);
    await Promise.all([inventory.ecs.latestTaskDefinition('us-east-1', 'a'), inventory.ecs.latestTaskDefinition('us-east-1', 'a')]);
    expect((await inventory.ecs.latestTaskDefinition('us-east-1', 'a')).revision).toBe(3);
    expect(ecs.commandCalls(DescribeTaskDefinitionCommand)).toHaveLength(1);
  });

  it('latestTaskDefinition: denied → InventoryError naming ecs:DescribeTaskDefinition', async () => {
    ecs.on(DescribeTaskDefinitionCommand).rejects(awsError('AccessDeniedException'));
    await expect(createTestInventory().inventory.ecs.latestTaskDefinition('us-east-1', 'a')).rejects.toMatchObject({ kind: 'denied', iamAction: 'ecs:DescribeTaskDefinition' });
  });

  it('services(region, cluster): ListServices pages, DescribeServices in batches of 10 with the cluster', async () => {
    const all = Array.from({ length: 23 }, (_, i) => service('prod', `s${i}`, 'DISABLED'));
    const arn = cluster('prod', 'enabled').clusterArn!;
    ecs.on(ListServicesCommand, { cluster: arn, maxResults: 100 }).resolves({ serviceArns: all.slice(0, 20).map((s) => s.serviceArn!), nextToken: 'n1' });
    ecs.on(ListServicesCommand, { cluster: arn, maxResults: 100, nextToken: 'n1' }).resolves({ serviceArns: all.slice(20).map((s) => s.serviceArn!) });
    ecs.on(DescribeServicesCommand).callsFake((input: { services: string[] }) => ({ services: all.filter((s) => input.services.includes(s.serviceArn!)), failures: [] }));
    const { inventory } = createTestInventory();
    expect(await inventory.ecs.services('us-east-1', arn)).toHaveLength(23);
    const describes = ecs.commandCalls(DescribeServicesCommand);
    expect(describes.map((c) => c.args[0].input.services!.length)).toEqual([10, 10, 3]);
    expect(describes.every((c) => c.args[0].input.cluster === arn)).toBe(true);
  });

  it('redaction: ECS [{ name, value }] environment values become markers keeping only the detected kinds', () => {
    const out = redact({ taskDefinition: taskDef('a', [hardened('app', { environment: [{ name: 'DB_PASSWORD', value: 'hunter2hunter2' }, { name: 'STAGE', value: 'prod' }] })]) });
    expect(out.taskDefinition.containerDefinitions![0]!.environment).toEqual([{ name: 'DB_PASSWORD', value: '[REDACTED:secret-name]' }, { name: 'STAGE', value: '[REDACTED]' }]);
    // Other "environment" keys keep their ordinary treatment.
    expect(redact({ environment: 'production' })).toEqual({ environment: 'production' });
  });
});
