import type { DescribeHubCommandOutput, Invitation } from '@aws-sdk/client-securityhub';
import type { Aws } from '../aws/call.js';
import { memo } from './memo.js';

export type Hub = Pick<DescribeHubCommandOutput, 'HubArn' | 'SubscribedAt' | 'AutoEnableControls' | 'ControlFindingGenerator'>;
/** The Security Hub administrator account of a member account. */
export type SecurityHubAdministrator = Pick<Invitation, 'AccountId' | 'MemberStatus'>;

/** "Not subscribed": the account has not enabled Security Hub in the region. */
const NOT_ENABLED = ['InvalidAccessException', 'ResourceNotFoundException'];

/** Memoized Security Hub data sets of one account. */
export function securityhubInventory(aws: Aws) {
  return {
    /** null when Security Hub is not enabled in the region (AWS answers InvalidAccessException "not subscribed"). */
    hub: memo(async (region: string): Promise<Hub | null> => {
      const out = await aws.sendOptional('securityhub', region, 'DescribeHub', {}, NOT_ENABLED);
      if (!out) return null;
      const { HubArn, SubscribedAt, AutoEnableControls, ControlFindingGenerator } = out;
      return {
        ...(HubArn !== undefined ? { HubArn } : {}),
        ...(SubscribedAt !== undefined ? { SubscribedAt } : {}),
        ...(AutoEnableControls !== undefined ? { AutoEnableControls } : {}),
        ...(ControlFindingGenerator !== undefined ? { ControlFindingGenerator } : {}),
      };
    }),

    /**
     * The administrator account that manages this account's Security Hub in the region; null when
     * none does (AWS answers an empty object) or when Security Hub is not enabled here.
     */
    administrator: memo(async (region: string): Promise<SecurityHubAdministrator | null> => {
      const out = await aws.sendOptional('securityhub', region, 'GetAdministratorAccount', {}, NOT_ENABLED);
      const a = out?.Administrator;
      return a?.AccountId ? { AccountId: a.AccountId, ...(a.MemberStatus ? { MemberStatus: a.MemberStatus } : {}) } : null;
    }),
  };
}

export type SecurityhubInventory = ReturnType<typeof securityhubInventory>;
