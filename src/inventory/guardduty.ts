import type { Administrator, GetDetectorResponse } from '@aws-sdk/client-guardduty';
import type { Aws } from '../aws/call.js';
import { InventoryError } from '../aws/errors.js';
import { memo } from './memo.js';

export type Detector = Omit<GetDetectorResponse, '$metadata'> & { DetectorId: string };
/** The GuardDuty administrator (delegated administrator or invitation master) of a member account. */
export type GuardDutyAdministrator = Pick<Administrator, 'AccountId' | 'RelationshipStatus' | 'InvitedAt'>;

/** Memoized GuardDuty data sets of one account. */
export function guarddutyInventory(aws: Aws) {
  return {
    /** The region's detectors (at most one per account and region) with their status. */
    detectors: memo(async (region: string): Promise<Detector[]> => {
      const ids = await aws.paginate('guardduty', region, 'ListDetectors', (NextToken) => ({ MaxResults: 50, ...(NextToken ? { NextToken } : {}) }), (o) => ({ items: o.DetectorIds, next: o.NextToken }));
      return Promise.all(
        ids.map(async (DetectorId) => {
          const { $metadata: _m, ...d } = await aws.send('guardduty', region, 'GetDetector', { DetectorId });
          return { ...d, DetectorId };
        }),
      );
    }),

    /**
     * The administrator account of this member account's detector; null when the account is not a
     * GuardDuty member (AWS answers an empty object). GetAdministratorAccount replaced GetMasterAccount
     * in 2021; where it is not supported the older operation is asked instead.
     */
    administrator: memo(async (region: string, DetectorId: string): Promise<GuardDutyAdministrator | null> => {
      const pick = (a: Administrator | undefined): GuardDutyAdministrator | null =>
        a?.AccountId ? { AccountId: a.AccountId, ...(a.RelationshipStatus ? { RelationshipStatus: a.RelationshipStatus } : {}), ...(a.InvitedAt ? { InvitedAt: a.InvitedAt } : {}) } : null;
      try {
        return pick((await aws.send('guardduty', region, 'GetAdministratorAccount', { DetectorId })).Administrator);
      } catch (err) {
        if (!(err instanceof InventoryError) || err.kind !== 'unsupported') throw err;
        return pick((await aws.send('guardduty', region, 'GetMasterAccount', { DetectorId })).Master);
      }
    }),
  };
}

export type GuarddutyInventory = ReturnType<typeof guarddutyInventory>;
