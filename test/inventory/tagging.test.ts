import { GetResourcesCommand, ResourceGroupsTaggingAPIClient } from '@aws-sdk/client-resource-groups-tagging-api';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import { InventoryError } from '../../src/aws/errors.js';
import { awsError, createTestInventory } from '../harness/aws.js';

const tagging = mockClient(ResourceGroupsTaggingAPIClient);
beforeEach(() => tagging.reset());

describe('tagging inventory', () => {
  it('resources(region) follows every page, 100 a page, and stops at the empty token AWS sends last; asked once', async () => {
    tagging.on(GetResourcesCommand)
      .resolvesOnce({ ResourceTagMappingList: [{ ResourceARN: 'arn:aws:sqs:eu-west-1:111122223333:orders', Tags: [{ Key: 'team', Value: 'payments' }] }], PaginationToken: 'p2' })
      .resolves({ ResourceTagMappingList: [{ ResourceARN: 'arn:aws:dynamodb:eu-west-1:111122223333:table/carts', Tags: [] }], PaginationToken: '' });
    const { inventory, stats } = createTestInventory();
    const [a, b] = await Promise.all([inventory.tagging.resources('eu-west-1'), inventory.tagging.resources('eu-west-1')]);
    expect(a).toBe(b);
    expect(a.map((r) => r.ResourceARN)).toEqual(['arn:aws:sqs:eu-west-1:111122223333:orders', 'arn:aws:dynamodb:eu-west-1:111122223333:table/carts']);
    expect(tagging.commandCalls(GetResourcesCommand).map((c) => c.args[0].input)).toEqual([{ ResourcesPerPage: 100 }, { ResourcesPerPage: 100, PaginationToken: 'p2' }]);
    expect(stats.repeated.size).toBe(0);
  });

  it('denied → InventoryError naming tag:GetResources', async () => {
    tagging.on(GetResourcesCommand).rejects(awsError('AccessDeniedException'));
    const { inventory } = createTestInventory();
    const err = await inventory.tagging.resources('us-east-1').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(InventoryError);
    expect((err as InventoryError).iamAction).toBe('tag:GetResources');
    expect((err as InventoryError).kind).toBe('denied');
  });
});
