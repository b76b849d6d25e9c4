import { BackupClient, ListBackupVaultsCommand } from '@aws-sdk/client-backup';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import check from '../../../checks/backup/vault-locked.js';
import { awsError } from '../../harness/aws.js';
import { runCheck } from '../../harness/run-check.js';
import { vault } from './fixtures.js';

const bk = mockClient(BackupClient);
beforeEach(() => bk.reset());
const now = new Date('2026-06-01T00:00:00Z');
const R = { region: 'eu-west-1', now };
const vaults = [
  vault('a-open'),
  vault('b-governance', { Locked: true, MinRetentionDays: 7, MaxRetentionDays: 365 }),
  vault('c-compliance', { Locked: true, MinRetentionDays: 30, LockDate: new Date('2026-01-01T00:00:00Z') }),
  vault('d-cooling-off', { Locked: true, MinRetentionDays: 30, LockDate: new Date('2026-06-04T00:00:00Z') }),
  vault('e-odd', { Locked: undefined }),
];

describe('backup.vault-locked', () => {
  it('by default either lock mode passes; no lock fails', async () => {
    bk.on(ListBackupVaultsCommand).resolves({ BackupVaultList: vaults });
    expect(await runCheck(check, R)).toMatchObject([
      { status: 'FAIL', resource: { id: 'a-open', type: 'AWS::Backup::BackupVault' }, evidence: { Locked: false, LockDate: null }, srm: { duty: 'incident-response', serviceModel: 'SaaS' } },
      { status: 'PASS', resource: { id: 'b-governance' }, evidence: { Locked: true, MinRetentionDays: 7, MaxRetentionDays: 365, LockDate: null } },
      { status: 'PASS', resource: { id: 'c-compliance' }, evidence: { LockDate: '2026-01-01T00:00:00.000Z' } },
      { status: 'PASS', resource: { id: 'd-cooling-off' } },
      { status: 'FAIL', resource: { id: 'e-odd' }, evidence: { Locked: null } },
    ]);
  });

  it('requireComplianceMode: only a compliance lock past its LockDate passes', async () => {
    bk.on(ListBackupVaultsCommand).resolves({ BackupVaultList: vaults });
    const byId = Object.fromEntries((await runCheck(check, { ...R, options: { requireComplianceMode: true } })).map((f) => [f.resource.id, f.status]));
    expect(byId).toEqual({ 'a-open': 'FAIL', 'b-governance': 'FAIL', 'c-compliance': 'PASS', 'd-cooling-off': 'FAIL', 'e-odd': 'FAIL' });
  });

  it('follows NextToken pages', async () => {
    bk.on(ListBackupVaultsCommand, { MaxResults: 1000 }).resolves({ BackupVaultList: [vault('a')], NextToken: 't2' });
    bk.on(ListBackupVaultsCommand, { MaxResults: 1000, NextToken: 't2' }).resolves({ BackupVaultList: [vault('b')] });
    expect((await runCheck(check, R)).map((f) => f.resource.id)).toEqual(['a', 'b']);
  });

  it('ERROR naming the permission when ListBackupVaults is denied', async () => {
    bk.on(ListBackupVaultsCommand).rejects(awsError('AccessDeniedException'));
    expect(await runCheck(check, R)).toMatchObject([{ status: 'ERROR', message: expect.stringContaining('backup:ListBackupVaults') }]);
  });
});
