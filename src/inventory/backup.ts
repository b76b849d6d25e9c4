import type { BackupPlansListMember, BackupSelectionsListMember, BackupVaultListMember, GetBackupSelectionCommandOutput } from '@aws-sdk/client-backup';
import type { Aws } from '../aws/call.js';
import { memo } from './memo.js';

export type BackupSelectionDetail = Omit<GetBackupSelectionCommandOutput, '$metadata'>;

/** Memoized AWS Backup data sets of one account. */
export function backupInventory(aws: Aws) {
  return {
    /** Every backup vault of the region with its Vault Lock state (Locked, Min/MaxRetentionDays, LockDate): no per-vault call needed. */
    vaults: memo((region: string): Promise<BackupVaultListMember[]> =>
      aws.paginate('backup', region, 'ListBackupVaults', (NextToken) => ({ MaxResults: 1000, ...(NextToken ? { NextToken } : {}) }), (o) => ({
        items: o.BackupVaultList,
        next: o.NextToken,
      }))),

    /** The region's current backup plans (deleted ones excluded). */
    plans: memo((region: string): Promise<BackupPlansListMember[]> =>
      aws.paginate('backup', region, 'ListBackupPlans', (NextToken) => ({ MaxResults: 1000, ...(NextToken ? { NextToken } : {}) }), (o) => ({
        items: o.BackupPlansList,
        next: o.NextToken,
      }))),

    /** The resource selections (assignments) of one plan: names and ids only. */
    selections: memo((region: string, backupPlanId: string): Promise<BackupSelectionsListMember[]> =>
      aws.paginate(
        'backup',
        region,
        'ListBackupSelections', (NextToken) => ({ BackupPlanId: backupPlanId, MaxResults: 1000, ...(NextToken ? { NextToken } : {}) }),
        (o) => ({ items: o.BackupSelectionsList, next: o.NextToken }),
      )),

    /** One selection's document: Resources, NotResources, ListOfTags and Conditions. */
    selection: memo(async (region: string, backupPlanId: string, selectionId: string): Promise<BackupSelectionDetail> => {
      const { $metadata: _m, ...detail } = await aws.send('backup', region, 'GetBackupSelection', { BackupPlanId: backupPlanId, SelectionId: selectionId });
      return detail;
    }),
  };
}

export type BackupInventory = ReturnType<typeof backupInventory>;
