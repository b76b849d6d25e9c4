import { CloudTrailClient, DescribeTrailsCommand, GetEventSelectorsCommand, GetInsightSelectorsCommand, GetTrailStatusCommand } from '@aws-sdk/client-cloudtrail';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import { InventoryError } from '../../src/aws/errors.js';
import { awsError, createTestInventory } from '../harness/aws.js';
import { trail } from '../checks/cloudtrail/fixtures.js';

const ct = mockClient(CloudTrailClient);
beforeEach(() => ct.reset());

describe('cloudtrail inventory', () => {
  it('trails(region) asks for shadow trails, once per region even under concurrent callers', async () => {
    ct.on(DescribeTrailsCommand).resolves({ trailList: [trail('a')] });
    const { inventory, stats } = createTestInventory();
    const [x, y] = await Promise.all([inventory.cloudtrail.trails('us-east-1'), inventory.cloudtrail.trails('us-east-1')]);
    expect(x).toBe(y);
    expect(ct.commandCalls(DescribeTrailsCommand).map((c) => c.args[0].input)).toEqual([{ includeShadowTrails: true }]);
    expect(stats.total).toBe(1);
  });

  it('allTrails deduplicates shadow copies by TrailARN across regions', async () => {
    ct.on(DescribeTrailsCommand).resolves({ trailList: [trail('multi'), trail('local', { IsMultiRegionTrail: false })] });
    const { inventory } = createTestInventory();
    const all = await inventory.cloudtrail.allTrails(['us-east-1', 'eu-west-1', 'ap-south-1']);
    expect(all.map((t) => t.Name).sort()).toEqual(['local', 'multi']);
    expect(ct.commandCalls(DescribeTrailsCommand)).toHaveLength(3);
  });

  it('trailStatus and eventSelectors ask by ARN in the home region, once per trail', async () => {
    ct.on(GetTrailStatusCommand).resolves({ IsLogging: true });
    ct.on(GetEventSelectorsCommand).resolves({ EventSelectors: [{ ReadWriteType: 'All', IncludeManagementEvents: true }] });
    const { inventory } = createTestInventory();
    const t = trail('eu', { HomeRegion: 'eu-west-1' });
    await Promise.all([inventory.cloudtrail.trailStatus(t), inventory.cloudtrail.trailStatus({ ...t })]);
    expect(await inventory.cloudtrail.eventSelectors(t)).toEqual({ EventSelectors: [{ ReadWriteType: 'All', IncludeManagementEvents: true }] });
    const calls = ct.commandCalls(GetTrailStatusCommand);
    expect(calls).toHaveLength(1);
    expect(calls[0]!.args[0].input).toEqual({ Name: t.TrailARN });
    expect(await (calls[0]!.thisValue as CloudTrailClient).config.region()).toBe('eu-west-1');
    expect(ct.commandCalls(GetEventSelectorsCommand)[0]!.args[0].input).toEqual({ TrailName: t.TrailARN });
  });

  it.each([
    ['trails', DescribeTrailsCommand, 'cloudtrail:DescribeTrails'],
    ['trailStatus', GetTrailStatusCommand, 'cloudtrail:GetTrailStatus'],
    ['eventSelectors', GetEventSelectorsCommand, 'cloudtrail:GetEventSelectors'],
    ['insightSelectors', GetInsightSelectorsCommand, 'cloudtrail:GetInsightSelectors'],
  ] as const)('%s: denied → InventoryError carrying the IAM action, cached (asked once)', async (getter, Command, action) => {
    ct.on(Command as typeof DescribeTrailsCommand).rejects(awsError('AccessDeniedException'));
    const { inventory } = createTestInventory();
    const call = () => (getter === 'trails' ? inventory.cloudtrail.trails('us-east-1') : inventory.cloudtrail[getter](trail('t')));
    const err = await call().catch((e: unknown) => e);
    expect(err).toBeInstanceOf(InventoryError);
    expect(err).toMatchObject({ kind: 'denied', iamAction: action });
    await call().catch(() => undefined);
    expect(ct.commandCalls(Command as typeof DescribeTrailsCommand)).toHaveLength(1);
  });

  it('an unsupported region is classified, not defaulted', async () => {
    ct.on(DescribeTrailsCommand).rejects(awsError('UnsupportedOperationException'));
    const { inventory } = createTestInventory();
    await expect(inventory.cloudtrail.trails('ap-east-2')).rejects.toMatchObject({ kind: 'unsupported' });
  });

  it('insightSelectors: by ARN in the home region; InsightNotEnabledException (AWS) and an answer without InsightSelectors (moto) are none', async () => {
    const [a, b, c] = [trail('a', { HomeRegion: 'eu-west-1' }), trail('b'), trail('c')];
    ct.on(GetInsightSelectorsCommand, { TrailName: a.TrailARN }).resolves({ TrailARN: a.TrailARN, InsightSelectors: [{ InsightType: 'ApiErrorRateInsight' }] });
    ct.on(GetInsightSelectorsCommand, { TrailName: b.TrailARN }).rejects(awsError('InsightNotEnabledException'));
    ct.on(GetInsightSelectorsCommand, { TrailName: c.TrailARN }).resolves({ TrailARN: c.TrailARN });
    const { inventory } = createTestInventory();
    expect(await inventory.cloudtrail.insightSelectors(a)).toEqual([{ InsightType: 'ApiErrorRateInsight' }]);
    expect(await inventory.cloudtrail.insightSelectors(b)).toEqual([]);
    expect(await inventory.cloudtrail.insightSelectors(c)).toEqual([]);
    await inventory.cloudtrail.insightSelectors(a);
    const calls = ct.commandCalls(GetInsightSelectorsCommand);
    expect(calls).toHaveLength(3);
    expect(await (calls[0]!.thisValue as CloudTrailClient).config.region()).toBe('eu-west-1');
  });
});
