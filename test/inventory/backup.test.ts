import { BackupClient, GetBackupSelectionCommand, ListBackupPlansCommand, ListBackupSelectionsCommand, ListBackupVaultsCommand } from '@aws-sdk/client-backup';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import { InventoryError } from '../../src/aws/errors.js';
import { awsError, createTestInventory } from '../harness/aws.js';
import { plan, selection, vault } from '../checks/backup/fixtures.js';

const bk = mockClient(BackupClient);
beforeEach(() => bk.reset());

describe('backup inventory', () => {
  it('vaults and plans follow NextToken, once under concurrent callers', async () => {
    bk.on(ListBackupVaultsCommand, { MaxResults: 1000 }).resolves({ BackupVaultList: [vault('a')], NextToken: 't1' });
    bk.on(ListBackupVaultsCommand, { MaxResults: 1000, NextToken: 't1' }).resolves({ BackupVaultList: [vault('b')] });
    bk.on(ListBackupPlansCommand, { MaxResults: 1000 }).resolves({ BackupPlansList: [plan('p')], NextToken: 't1' });
    bk.on(ListBackupPlansCommand, { MaxResults: 1000, NextToken: 't1' }).resolves({ BackupPlansList: [plan('q')] });
    const { inventory } = createTestInventory();
    const [x, y] = await Promise.all([inventory.backup.vaults('eu-west-1'), inventory.backup.vaults('eu-west-1')]);
    expect(x).toBe(y);
    expect(x.map((v) => v.BackupVaultName)).toEqual(['a', 'b']);
    expect((await inventory.backup.plans('eu-west-1')).map((p) => p.BackupPlanName)).toEqual(['p', 'q']);
    expect(bk.commandCalls(ListBackupVaultsCommand)).toHaveLength(2);
    expect(bk.commandCalls(ListBackupPlansCommand)).toHaveLength(2);
  });

  it('selections per plan (paginated) and one selection document without $metadata', async () => {
    bk.on(ListBackupSelectionsCommand, { BackupPlanId: 'id-p', MaxResults: 1000 }).resolves({ BackupSelectionsList: [{ SelectionId: 's1', SelectionName: 'one' }], NextToken: 't' });
    bk.on(ListBackupSelectionsCommand, { BackupPlanId: 'id-p', MaxResults: 1000, NextToken: 't' }).resolves({ BackupSelectionsList: [{ SelectionId: 's2', SelectionName: 'two' }] });
    bk.on(GetBackupSelectionCommand, { BackupPlanId: 'id-p', SelectionId: 's1' }).resolves({ BackupPlanId: 'id-p', SelectionId: 's1', BackupSelection: selection('one', { Resources: ['*'] }), $metadata: {} });
    const { inventory } = createTestInventory();
    expect((await inventory.backup.selections('eu-west-1', 'id-p')).map((s) => s.SelectionId)).toEqual(['s1', 's2']);
    const d = await inventory.backup.selection('eu-west-1', 'id-p', 's1');
    expect(d).not.toHaveProperty('$metadata');
    expect(d.BackupSelection).toMatchObject({ SelectionName: 'one', Resources: ['*'] });
  });

  it.each([
    ['vaults', ListBackupVaultsCommand, 'backup:ListBackupVaults'],
    ['plans', ListBackupPlansCommand, 'backup:ListBackupPlans'],
    ['selections', ListBackupSelectionsCommand, 'backup:ListBackupSelections'],
    ['selection', GetBackupSelectionCommand, 'backup:GetBackupSelection'],
  ] as const)('%s: denied → InventoryError carrying the IAM action, cached (asked once)', async (getter, Command, action) => {
    bk.on(Command as typeof ListBackupVaultsCommand).rejects(awsError('AccessDeniedException'));
    const { inventory } = createTestInventory();
    const call = (): Promise<unknown> =>
      getter === 'selection' ? inventory.backup.selection('us-east-1', 'p', 's') : getter === 'selections' ? inventory.backup.selections('us-east-1', 'p') : inventory.backup[getter]('us-east-1');
    const err = await call().catch((e: unknown) => e);
    expect(err).toBeInstanceOf(InventoryError);
    expect(err).toMatchObject({ kind: 'denied', iamAction: action });
    await call().catch(() => undefined);
    expect(bk.commandCalls(Command as typeof ListBackupVaultsCommand)).toHaveLength(1);
  });
});
