import { BackupClient, CreateBackupPlanCommand, CreateBackupVaultCommand, PutBackupVaultLockConfigurationCommand } from '@aws-sdk/client-backup';
import { beforeAll, describe, expect, it } from 'vitest';
import plans from '../../../checks/backup/plans-cover-tagged-resources.js';
import locked from '../../../checks/backup/vault-locked.js';
import { motoInventory, seedClient } from '../../harness/moto-account.js';
import { runCheck } from '../../harness/run-check.js';

const ACCOUNT = '350000000004';
const REGION = 'eu-west-1';
const EMPTY_REGION = 'eu-central-1';

beforeAll(async () => {
  const bk = seedClient(BackupClient, ACCOUNT, REGION);
  await bk.send(new CreateBackupVaultCommand({ BackupVaultName: 'primary' }));
  await bk.send(new CreateBackupVaultCommand({ BackupVaultName: 'immutable' }));
  await bk.send(new PutBackupVaultLockConfigurationCommand({ BackupVaultName: 'immutable', MinRetentionDays: 7, MaxRetentionDays: 365 }));
  await bk.send(new CreateBackupPlanCommand({ BackupPlan: { BackupPlanName: 'daily', Rules: [{ RuleName: 'daily', TargetBackupVaultName: 'primary', ScheduleExpression: 'cron(0 5 * * ? *)' }] } }));
  // Selections cannot be seeded: moto answers CreateBackupSelection (like ListBackupSelections) with a 404 HTML page.
});

describe('AWS Backup against moto', () => {
  it('vault-locked: the governance-mode lock passes, the unlocked vault fails', async () => {
    const { inventory } = motoInventory(ACCOUNT);
    const findings = await runCheck(locked, { region: REGION, inventory, account: ACCOUNT });
    expect(Object.fromEntries(findings.map((f) => [f.resource.id, f.status]))).toEqual({ primary: 'FAIL', immutable: 'PASS' });
    expect(findings.find((f) => f.resource.id === 'immutable')!.evidence).toMatchObject({ Locked: true, MinRetentionDays: 7, MaxRetentionDays: 365, LockDate: null });
  });

  it('plans-cover-tagged-resources: ERROR, never PASS, where a plan exists (moto lacks ListBackupSelections); FAIL where there is no plan', async () => {
    const { inventory } = motoInventory(ACCOUNT);
    expect(await runCheck(plans, { region: REGION, inventory, account: ACCOUNT })).toMatchObject([{ status: 'ERROR', message: expect.stringContaining('backup:ListBackupSelections') }]);
    expect(await runCheck(plans, { region: EMPTY_REGION, inventory, account: ACCOUNT })).toMatchObject([{ status: 'FAIL', evidence: { plans: 0 } }]);
  });
});
