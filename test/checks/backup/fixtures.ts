import type { BackupPlansListMember, BackupSelection, BackupVaultListMember } from '@aws-sdk/client-backup';

/** AWS-shaped answers (AWS Backup API reference: BackupVaultListMember, BackupPlansListMember, GetBackupSelection). */
export const vault = (name: string, over: Partial<BackupVaultListMember> = {}): BackupVaultListMember => ({
  BackupVaultName: name,
  BackupVaultArn: `arn:aws:backup:eu-west-1:111122223333:backup-vault:${name}`,
  VaultType: 'BACKUP_VAULT',
  VaultState: 'AVAILABLE',
  NumberOfRecoveryPoints: 3,
  Locked: false,
  ...over,
});

export const plan = (name: string): BackupPlansListMember => ({
  BackupPlanName: name,
  BackupPlanId: `id-${name}`,
  BackupPlanArn: `arn:aws:backup:eu-west-1:111122223333:backup-plan:id-${name}`,
  VersionId: 'v1',
});

export const selection = (name: string, over: Partial<BackupSelection> = {}): BackupSelection => ({
  SelectionName: name,
  IamRoleArn: 'arn:aws:iam::111122223333:role/service-role/AWSBackupDefaultServiceRole',
  Resources: [],
  NotResources: [],
  ListOfTags: [],
  Conditions: { StringEquals: [], StringNotEquals: [], StringLike: [], StringNotLike: [] },
  ...over,
});

export const tagCondition = (key: string, value: string) => ({ StringEquals: [{ ConditionKey: `aws:ResourceTag/${key}`, ConditionValue: value }], StringNotEquals: [], StringLike: [], StringNotLike: [] });
