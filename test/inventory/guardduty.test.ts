import { GetAdministratorAccountCommand, GetDetectorCommand, GetMasterAccountCommand, GuardDutyClient, ListDetectorsCommand } from '@aws-sdk/client-guardduty';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import { InventoryError } from '../../src/aws/errors.js';
import { awsError, createTestInventory } from '../harness/aws.js';

const gd = mockClient(GuardDutyClient);
beforeEach(() => gd.reset());

describe('guardduty inventory', () => {
  it('detectors(region) follows every page and reads each detector once, under concurrent callers', async () => {
    gd.on(ListDetectorsCommand).resolvesOnce({ DetectorIds: ['d1'], NextToken: 'p2' }).resolves({ DetectorIds: ['d2'] });
    gd.on(GetDetectorCommand, { DetectorId: 'd1' }).resolves({ Status: 'ENABLED', ServiceRole: 'r' });
    gd.on(GetDetectorCommand, { DetectorId: 'd2' }).resolves({ Status: 'DISABLED', ServiceRole: 'r' });
    const { inventory } = createTestInventory();
    const [a, b] = await Promise.all([inventory.guardduty.detectors('eu-west-1'), inventory.guardduty.detectors('eu-west-1')]);
    expect(a).toBe(b);
    expect(a).toEqual([{ DetectorId: 'd1', Status: 'ENABLED', ServiceRole: 'r' }, { DetectorId: 'd2', Status: 'DISABLED', ServiceRole: 'r' }]);
    expect(gd.commandCalls(ListDetectorsCommand).map((c) => c.args[0].input)).toEqual([{ MaxResults: 50 }, { MaxResults: 50, NextToken: 'p2' }]);
    expect(gd.commandCalls(GetDetectorCommand)).toHaveLength(2);
  });

  it('administrator: null for a non-member (empty answer), the administrator for a member, asked once', async () => {
    gd.on(GetAdministratorAccountCommand, { DetectorId: 'none' }).resolves({});
    gd.on(GetAdministratorAccountCommand, { DetectorId: 'member' }).resolves({ Administrator: { AccountId: '999988887777', RelationshipStatus: 'Enabled', InvitationId: 'i', InvitedAt: '2025-01-01T00:00:00Z' } });
    const { inventory } = createTestInventory();
    expect(await inventory.guardduty.administrator('us-east-1', 'none')).toBeNull();
    await Promise.all([inventory.guardduty.administrator('us-east-1', 'member'), inventory.guardduty.administrator('us-east-1', 'member')]);
    expect(await inventory.guardduty.administrator('us-east-1', 'member')).toEqual({ AccountId: '999988887777', RelationshipStatus: 'Enabled', InvitedAt: '2025-01-01T00:00:00Z' });
    expect(gd.commandCalls(GetAdministratorAccountCommand)).toHaveLength(2);
  });

  it('administrator falls back to GetMasterAccount only when GetAdministratorAccount is unsupported', async () => {
    gd.on(GetAdministratorAccountCommand).rejects(awsError('UnknownOperationException'));
    gd.on(GetMasterAccountCommand).resolves({ Master: { AccountId: '999988887777', RelationshipStatus: 'Enabled' } });
    const { inventory } = createTestInventory();
    expect(await inventory.guardduty.administrator('us-east-1', 'd1')).toEqual({ AccountId: '999988887777', RelationshipStatus: 'Enabled' });
    gd.reset();
    gd.on(GetAdministratorAccountCommand).rejects(awsError('AccessDeniedException'));
    const fresh = createTestInventory().inventory;
    await expect(fresh.guardduty.administrator('us-east-1', 'd1')).rejects.toMatchObject({ kind: 'denied', iamAction: 'guardduty:GetAdministratorAccount' });
    expect(gd.commandCalls(GetMasterAccountCommand)).toHaveLength(0);
  });

  it.each([
    [ListDetectorsCommand, 'guardduty:ListDetectors'],
    [GetDetectorCommand, 'guardduty:GetDetector'],
  ] as const)('denied %s → InventoryError carrying the IAM action, cached', async (Command, action) => {
    gd.on(ListDetectorsCommand).resolves({ DetectorIds: ['d1'] });
    gd.on(Command as typeof ListDetectorsCommand).rejects(awsError('AccessDeniedException'));
    const { inventory } = createTestInventory();
    const err = await inventory.guardduty.detectors('us-east-1').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(InventoryError);
    expect(err).toMatchObject({ kind: 'denied', iamAction: action });
    await inventory.guardduty.detectors('us-east-1').catch(() => undefined);
    expect(gd.commandCalls(Command as typeof ListDetectorsCommand)).toHaveLength(1);
  });
});
