import { GetDetectorCommand, ListDetectorsCommand, type GetDetectorResponse } from '@aws-sdk/client-guardduty';
import type { Aws } from '../aws/call.js';
import { memo } from './memo.js';

export type Detector = Omit<GetDetectorResponse, '$metadata'> & { DetectorId: string };

/** Memoized GuardDuty data sets of one account. */
export function guarddutyInventory(aws: Aws) {
  return {
    /** The region's detectors (at most one per account and region) with their status. */
    detectors: memo(async (region: string): Promise<Detector[]> => {
      const ids = await aws.paginate('guardduty', region, (NextToken) => new ListDetectorsCommand({ MaxResults: 50, ...(NextToken ? { NextToken } : {}) }), (o) => ({ items: o.DetectorIds, next: o.NextToken }));
      return Promise.all(
        ids.map(async (DetectorId) => {
          const { $metadata: _m, ...d } = await aws.send('guardduty', region, new GetDetectorCommand({ DetectorId }));
          return { ...d, DetectorId };
        }),
      );
    }),
  };
}

export type GuarddutyInventory = ReturnType<typeof guarddutyInventory>;
