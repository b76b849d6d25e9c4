import type { GetEventSelectorsCommandOutput, GetTrailStatusCommandOutput, InsightSelector, Trail } from '@aws-sdk/client-cloudtrail';
import type { Aws } from '../aws/call.js';
import { trailHomeRegion } from '../aws/arn.js';
import { memo } from './memo.js';

export type TrailStatus = Omit<GetTrailStatusCommandOutput, '$metadata'>;
export type EventSelectors = Pick<GetEventSelectorsCommandOutput, 'EventSelectors' | 'AdvancedEventSelectors'>;

const homeOf = trailHomeRegion;

export function cloudtrailInventory(aws: Aws) {
  const inv = {
    /**
     * Trails visible in the region, shadow copies of multi-region and organization trails
     * included. Judge a trail once, by its TrailARN, in its HomeRegion.
     */
    trails: memo(async (region: string): Promise<Trail[]> => {
      const out = await aws.send('cloudtrail', region, 'DescribeTrails', { includeShadowTrails: true });
      return out.trailList ?? [];
    }),

    /** Every distinct trail visible from any of the regions, deduplicated by TrailARN. */
    allTrails: memo(async (regions: readonly string[]): Promise<Trail[]> => {
      const byArn = new Map<string, Trail>();
      for (const list of await Promise.all(regions.map((r) => inv.trails(r)))) {
        for (const t of list) if (t.TrailARN && !byArn.has(t.TrailARN)) byArn.set(t.TrailARN, t);
      }
      return [...byArn.values()];
    }, (regions) => [...regions].sort().join(',')),

    /**
     * Asked in the trail's home region, by ARN, so shadow copies cost no extra call. AWS requires the
     * ARN for a shadow trail and for an organization trail read from a member account (GetTrailStatus
     * API reference); a member account whose identity may not read the organization trail gets an
     * error, which stays an error (ERROR for that trail), never a default.
     */
    trailStatus: memo(async (trail: Trail): Promise<TrailStatus> => {
      const { $metadata: _m, ...status } = await aws.send('cloudtrail', homeOf(trail), 'GetTrailStatus', { Name: trail.TrailARN });
      return status;
    }, (t) => t.TrailARN ?? ''),

    /** The trail's basic or advanced event selectors (by ARN, in the home region, as trailStatus). */
    eventSelectors: memo(async (trail: Trail): Promise<EventSelectors> => {
      const out = await aws.send('cloudtrail', homeOf(trail), 'GetEventSelectors', { TrailName: trail.TrailARN });
      return {
        ...(out.EventSelectors ? { EventSelectors: out.EventSelectors } : {}),
        ...(out.AdvancedEventSelectors ? { AdvancedEventSelectors: out.AdvancedEventSelectors } : {}),
      };
    }, (t) => t.TrailARN ?? ''),

    /**
     * The trail's insight types (ApiCallRateInsight, ApiErrorRateInsight), by ARN in the home region.
     * None is an empty list: AWS answers InsightNotEnabledException for a trail without insights
     * (moto answers without InsightSelectors).
     */
    insightSelectors: memo(async (trail: Trail): Promise<InsightSelector[]> => {
      const out = await aws.sendOptional('cloudtrail', homeOf(trail), 'GetInsightSelectors', { TrailName: trail.TrailARN }, ['InsightNotEnabledException']);
      return out?.InsightSelectors ?? [];
    }, (t) => t.TrailARN ?? ''),
  };
  return inv;
}

export type CloudTrailInventory = ReturnType<typeof cloudtrailInventory>;
