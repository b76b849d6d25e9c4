import { CloudFrontClient, GetDistributionConfigCommand, ListDistributionsCommand } from '@aws-sdk/client-cloudfront';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import { InventoryError } from '../../src/aws/errors.js';
import { awsError, createTestInventory } from '../harness/aws.js';
import { config, summary } from '../checks/cloudfront/fixtures.js';

const cf = mockClient(CloudFrontClient);
beforeEach(() => cf.reset());

describe('cloudfront inventory', () => {
  it('distributions() follows NextMarker while IsTruncated, in us-east-1, once under concurrent callers', async () => {
    cf.on(ListDistributionsCommand, { MaxItems: 1000 }).resolves({ DistributionList: { Items: [summary('EA')], IsTruncated: true, NextMarker: 'EA', Marker: '', MaxItems: 1000, Quantity: 1 } });
    cf.on(ListDistributionsCommand, { MaxItems: 1000, Marker: 'EA' }).resolves({ DistributionList: { Items: [summary('EB')], IsTruncated: false, NextMarker: 'ignored', Marker: 'EA', MaxItems: 1000, Quantity: 1 } });
    const { inventory } = createTestInventory();
    const [x, y] = await Promise.all([inventory.cloudfront.distributions(), inventory.cloudfront.distributions()]);
    expect(x).toBe(y);
    expect(x.map((d) => d.Id)).toEqual(['EA', 'EB']);
    const calls = cf.commandCalls(ListDistributionsCommand);
    expect(calls).toHaveLength(2);
    expect(await (calls[0]!.thisValue as CloudFrontClient).config.region()).toBe('us-east-1');
  });

  it('an account without distributions answers an empty list (no Items)', async () => {
    cf.on(ListDistributionsCommand).resolves({ DistributionList: { IsTruncated: false, Marker: '', MaxItems: 1000, Quantity: 0 } });
    const { inventory } = createTestInventory();
    expect(await inventory.cloudfront.distributions()).toEqual([]);
  });

  it('distributionConfig(id): the DistributionConfig, asked once; an answer without one is invalid data', async () => {
    cf.on(GetDistributionConfigCommand, { Id: 'EA' }).resolves(config());
    cf.on(GetDistributionConfigCommand, { Id: 'EB' }).resolves({});
    const { inventory } = createTestInventory();
    expect(await inventory.cloudfront.distributionConfig('EA')).toMatchObject({ Logging: { Enabled: true } });
    await inventory.cloudfront.distributionConfig('EA');
    expect(cf.commandCalls(GetDistributionConfigCommand, { Id: 'EA' })).toHaveLength(1);
    await expect(inventory.cloudfront.distributionConfig('EB')).rejects.toMatchObject({ kind: 'invalid-data', iamAction: 'cloudfront:GetDistributionConfig' });
  });

  it.each([
    ['distributions', ListDistributionsCommand, 'cloudfront:ListDistributions'],
    ['distributionConfig', GetDistributionConfigCommand, 'cloudfront:GetDistributionConfig'],
  ] as const)('%s: denied → InventoryError carrying the IAM action, cached (asked once)', async (getter, Command, action) => {
    cf.on(Command as typeof ListDistributionsCommand).rejects(awsError('AccessDenied'));
    const { inventory } = createTestInventory();
    const call = () => (getter === 'distributions' ? inventory.cloudfront.distributions() : inventory.cloudfront.distributionConfig('EA'));
    const err = await call().catch((e: unknown) => e);
    expect(err).toBeInstanceOf(InventoryError);
    expect(err).toMatchObject({ kind: 'denied', iamAction: action });
    await call().catch(() => undefined);
    expect(cf.commandCalls(Command as typeof ListDistributionsCommand)).toHaveLength(1);
  });
});
