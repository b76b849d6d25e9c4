import { defineCheck } from '../../src/check/define.js';

export default defineCheck({
  id: 'backup.vault-locked',
  title: 'AWS Backup vaults are protected by Vault Lock',
  description:
    'Without Vault Lock, anyone with backup:DeleteRecoveryPoint (a compromised administrator, ransomware with stolen keys) can delete the backups an incident ' +
    'response would restore from, or shorten their retention. Vault Lock has two modes: governance (no LockDate; users with the right IAM permission can still ' +
    'remove the lock) and compliance (a LockDate after which nobody, not even the root user, can remove it). By default either mode passes; with the option ' +
    'requireComplianceMode only a compliance lock past its LockDate (the cooling-off period over) passes. Logically air-gapped vaults are always compliance-locked.',
  service: 'backup',
  resourceType: 'AWS::Backup::BackupVault',
  severity: 'medium',
  duty: 'incident-response',
  serviceModel: 'SaaS',
  scope: 'regional',
  options: { requireComplianceMode: false },
  remediation: {
    text: 'Apply Vault Lock with minimum and maximum retention; in compliance mode set changeable-for-days (at least 3) and let the cooling-off period end.',
    cli: 'aws backup put-backup-vault-lock-configuration --backup-vault-name <vault> --min-retention-days 7 --max-retention-days 365 --changeable-for-days 3',
    url: 'https://docs.aws.amazon.com/aws-backup/latest/devguide/vault-lock.html',
  },
  async run({ scope, inventory, result, options, now }) {
    const vaults = await inventory.backup.vaults(scope.region);
    return vaults.map((v) => {
      const ref = { arn: v.BackupVaultArn!, id: v.BackupVaultName! };
      const lockDate = v.LockDate ? new Date(v.LockDate) : null;
      const evidence = {
        Locked: v.Locked ?? null,
        ...(v.VaultType ? { VaultType: v.VaultType } : {}),
        ...(v.MinRetentionDays !== undefined ? { MinRetentionDays: v.MinRetentionDays } : {}),
        ...(v.MaxRetentionDays !== undefined ? { MaxRetentionDays: v.MaxRetentionDays } : {}),
        LockDate: lockDate ? lockDate.toISOString() : null,
      };
      if (v.Locked !== true) return result.fail(ref, `Vault ${v.BackupVaultName} has no Vault Lock (Locked ${String(v.Locked)})`, evidence);
      const mode = !lockDate ? 'governance' : lockDate.getTime() <= now.getTime() ? 'compliance' : 'compliance (cooling-off until ' + lockDate.toISOString() + ')';
      if (options.requireComplianceMode && mode !== 'compliance') {
        return result.fail(ref, `Vault ${v.BackupVaultName} is locked in ${mode} mode; its lock can still be removed`, evidence);
      }
      return result.pass(ref, `Vault ${v.BackupVaultName} is locked in ${mode} mode`, evidence);
    });
  },
});
