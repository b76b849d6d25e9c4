import {
  GenerateCredentialReportCommand,
  GetAccountAuthorizationDetailsCommand,
  GetAccountPasswordPolicyCommand,
  GetAccountSummaryCommand,
  GetCredentialReportCommand,
  IAMClient,
  ListVirtualMFADevicesCommand,
} from '@aws-sdk/client-iam';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import { InventoryError } from '../../src/aws/errors.js';
import { createInventory } from '../../src/inventory/index.js';
import { awsError, createTestAws, createTestInventory } from '../harness/aws.js';
import { mockCredentialReport, passwordUser, reportCsv, rootReportRow, userRow } from '../checks/iam/fixtures.js';

const iam = mockClient(IAMClient);
beforeEach(() => iam.reset());

async function rejection(p: Promise<unknown>): Promise<InventoryError> {
  const err = await p.then(() => undefined, (e: unknown) => e);
  expect(err).toBeInstanceOf(InventoryError);
  return err as InventoryError;
}

describe('iam.credentialReport', () => {
  it('generates, polls until COMPLETE, then parses the CSV into rows keyed by column', async () => {
    iam.on(GenerateCredentialReportCommand).resolvesOnce({ State: 'STARTED', Description: 'No report exists. Starting a new report generation task' })
      .resolvesOnce({ State: 'INPROGRESS' }).resolves({ State: 'COMPLETE' });
    iam.on(GetCredentialReportCommand).resolves({ Content: new TextEncoder().encode(reportCsv([rootReportRow(), passwordUser('alice', 3)])), ReportFormat: 'text/csv' });
    const { inventory, stats } = createTestInventory();
    const rows = await inventory.iam.credentialReport();
    expect(rows.map((r) => r.user)).toEqual(['<root_account>', 'alice']);
    expect(rows[1]).toMatchObject({ arn: 'arn:aws:iam::111122223333:user/alice', password_enabled: 'true', mfa_active: 'false' });
    expect(iam.commandCalls(GenerateCredentialReportCommand)).toHaveLength(3);
    expect(iam.commandCalls(GetCredentialReportCommand)).toHaveLength(1);
    // Polling is declared: repeated GenerateCredentialReport calls are not a caching bug.
    expect(stats.repeated.size).toBe(0);
  });

  it('gives up with a timeout InventoryError after maxPolls', async () => {
    iam.on(GenerateCredentialReportCommand).resolves({ State: 'INPROGRESS' });
    const { aws } = createTestAws();
    const inventory = createInventory(aws, { iam: { pollDelayMs: 0, maxPolls: 2 } });
    const err = await rejection(inventory.iam.credentialReport());
    expect(err).toMatchObject({ kind: 'timeout', operation: 'GenerateCredentialReport', iamAction: 'iam:GenerateCredentialReport' });
    expect(iam.commandCalls(GenerateCredentialReportCommand)).toHaveLength(3);
    expect(iam.commandCalls(GetCredentialReportCommand)).toHaveLength(0);
  });

  it('an empty report (header only) is no rows', async () => {
    mockCredentialReport(iam, []);
    const { inventory } = createTestInventory();
    expect(await inventory.iam.credentialReport()).toEqual([]);
  });

  it('denied -> InventoryError carrying the IAM action of the step that failed', async () => {
    iam.on(GenerateCredentialReportCommand).rejects(awsError('AccessDenied'));
    expect(await rejection(createTestInventory().inventory.iam.credentialReport())).toMatchObject({ kind: 'denied', iamAction: 'iam:GenerateCredentialReport' });
    iam.reset();
    mockCredentialReport(iam, []);
    iam.on(GetCredentialReportCommand).rejects(awsError('AccessDenied'));
    expect(await rejection(createTestInventory().inventory.iam.credentialReport())).toMatchObject({ kind: 'denied', iamAction: 'iam:GetCredentialReport' });
  });

  it('is fetched once for concurrent callers, a rejection included', async () => {
    mockCredentialReport(iam, [userRow('alice')]);
    const { inventory } = createTestInventory();
    const all = await Promise.all([inventory.iam.credentialReport(), inventory.iam.credentialReport(), inventory.iam.credentialReport()]);
    expect(all[0]).toBe(all[2]);
    expect(iam.commandCalls(GetCredentialReportCommand)).toHaveLength(1);

    iam.reset();
    iam.on(GenerateCredentialReportCommand).rejects(awsError('AccessDenied'));
    const denied = createTestInventory().inventory;
    await Promise.allSettled([denied.iam.credentialReport(), denied.iam.credentialReport()]);
    expect(iam.commandCalls(GenerateCredentialReportCommand)).toHaveLength(1);
  });
});

describe('iam.passwordPolicy', () => {
  it('returns the PasswordPolicy', async () => {
    iam.on(GetAccountPasswordPolicyCommand).resolves({ PasswordPolicy: { MinimumPasswordLength: 14, PasswordReusePrevention: 24 } });
    expect(await createTestInventory().inventory.iam.passwordPolicy()).toEqual({ MinimumPasswordLength: 14, PasswordReusePrevention: 24 });
  });

  it.each(['NoSuchEntity', 'NoSuchEntityException'])('%s (no custom policy) -> null', async (code) => {
    iam.on(GetAccountPasswordPolicyCommand).rejects(awsError(code, { status: 404 }));
    const { inventory, errors } = createTestInventory();
    expect(await inventory.iam.passwordPolicy()).toBeNull();
    expect(errors).toEqual([]);
  });

  it('denied -> InventoryError with iam:GetAccountPasswordPolicy, recorded as a scan error', async () => {
    iam.on(GetAccountPasswordPolicyCommand).rejects(awsError('AccessDenied'));
    const { inventory, errors } = createTestInventory();
    expect(await rejection(inventory.iam.passwordPolicy())).toMatchObject({ kind: 'denied', iamAction: 'iam:GetAccountPasswordPolicy', code: 'AccessDenied' });
    expect(errors).toHaveLength(1);
  });

  it('is called once for concurrent callers', async () => {
    iam.on(GetAccountPasswordPolicyCommand).rejects(awsError('NoSuchEntity'));
    const { inventory } = createTestInventory();
    await Promise.all([inventory.iam.passwordPolicy(), inventory.iam.passwordPolicy()]);
    expect(iam.commandCalls(GetAccountPasswordPolicyCommand)).toHaveLength(1);
  });
});

describe('iam.accountSummary', () => {
  it('returns the SummaryMap, called once for concurrent callers', async () => {
    iam.on(GetAccountSummaryCommand).resolves({ SummaryMap: { AccountMFAEnabled: 1, AccountAccessKeysPresent: 0, Users: 4 } });
    const { inventory } = createTestInventory();
    const [a, b] = await Promise.all([inventory.iam.accountSummary(), inventory.iam.accountSummary()]);
    expect(a).toEqual({ AccountMFAEnabled: 1, AccountAccessKeysPresent: 0, Users: 4 });
    expect(b).toBe(a);
    expect(iam.commandCalls(GetAccountSummaryCommand)).toHaveLength(1);
  });

  it('denied -> InventoryError with iam:GetAccountSummary', async () => {
    iam.on(GetAccountSummaryCommand).rejects(awsError('AccessDenied'));
    expect(await rejection(createTestInventory().inventory.iam.accountSummary())).toMatchObject({ kind: 'denied', iamAction: 'iam:GetAccountSummary' });
  });
});

describe('iam.authorizationDetails', () => {
  it('follows Marker across pages and concatenates users, groups, roles and managed policies (customer and AWS managed)', async () => {
    const F = ['User', 'Group', 'Role', 'LocalManagedPolicy', 'AWSManagedPolicy'];
    iam.on(GetAccountAuthorizationDetailsCommand).resolves({
      UserDetailList: [{ UserName: 'alice' }], GroupDetailList: [{ GroupName: 'devs' }], IsTruncated: true, Marker: 'p2',
    });
    iam.on(GetAccountAuthorizationDetailsCommand, { Marker: 'p2' }).resolves({
      UserDetailList: [{ UserName: 'bob' }], RoleDetailList: [{ RoleName: 'app' }], Policies: [{ PolicyName: 'p' }], IsTruncated: true, Marker: 'p3',
    });
    iam.on(GetAccountAuthorizationDetailsCommand, { Marker: 'p3' }).resolves({ RoleDetailList: [{ RoleName: 'ci' }], IsTruncated: false });
    const { inventory } = createTestInventory();
    const d = await inventory.iam.authorizationDetails();
    expect(d.users.map((u) => u.UserName)).toEqual(['alice', 'bob']);
    expect(d.groups.map((g) => g.GroupName)).toEqual(['devs']);
    expect(d.roles.map((r) => r.RoleName)).toEqual(['app', 'ci']);
    expect(d.policies.map((p) => p.PolicyName)).toEqual(['p']);
    expect(iam.commandCalls(GetAccountAuthorizationDetailsCommand).map((c) => c.args[0].input)).toEqual([{ Filter: F, MaxItems: 1000 }, { Filter: F, MaxItems: 1000, Marker: 'p2' }, { Filter: F, MaxItems: 1000, Marker: 'p3' }]);
  });

  it('stops when a page repeats its Marker instead of looping', async () => {
    iam.on(GetAccountAuthorizationDetailsCommand).resolves({ UserDetailList: [{ UserName: 'a' }], IsTruncated: true, Marker: 'same' });
    const d = await createTestInventory().inventory.iam.authorizationDetails();
    expect(iam.commandCalls(GetAccountAuthorizationDetailsCommand)).toHaveLength(2);
    expect(d.users).toHaveLength(2);
  });

  it('denied -> InventoryError with iam:GetAccountAuthorizationDetails; once for concurrent callers', async () => {
    iam.on(GetAccountAuthorizationDetailsCommand).rejects(awsError('AccessDenied'));
    const { inventory } = createTestInventory();
    const [a, b] = await Promise.allSettled([inventory.iam.authorizationDetails(), inventory.iam.authorizationDetails()]);
    expect(a).toMatchObject({ status: 'rejected', reason: { kind: 'denied', iamAction: 'iam:GetAccountAuthorizationDetails' } });
    expect(b.status).toBe('rejected');
    expect(iam.commandCalls(GetAccountAuthorizationDetailsCommand)).toHaveLength(1);
  });
});

describe('iam.virtualMfaDevices', () => {
  it('follows Marker across pages', async () => {
    iam.on(ListVirtualMFADevicesCommand).resolves({ VirtualMFADevices: [{ SerialNumber: 'arn:aws:iam::111122223333:mfa/a' }], IsTruncated: true, Marker: 'm2' });
    iam.on(ListVirtualMFADevicesCommand, { Marker: 'm2' }).resolves({ VirtualMFADevices: [{ SerialNumber: 'arn:aws:iam::111122223333:mfa/b' }], IsTruncated: false });
    const devices = await createTestInventory().inventory.iam.virtualMfaDevices();
    expect(devices.map((d) => d.SerialNumber)).toEqual(['arn:aws:iam::111122223333:mfa/a', 'arn:aws:iam::111122223333:mfa/b']);
  });

  it('no devices is an empty list (data), called once for concurrent callers', async () => {
    iam.on(ListVirtualMFADevicesCommand).resolves({ VirtualMFADevices: [], IsTruncated: false });
    const { inventory } = createTestInventory();
    await Promise.all([inventory.iam.virtualMfaDevices(), inventory.iam.virtualMfaDevices()]);
    expect(await inventory.iam.virtualMfaDevices()).toEqual([]);
    expect(iam.commandCalls(ListVirtualMFADevicesCommand)).toHaveLength(1);
  });

  it('denied -> InventoryError with iam:ListVirtualMFADevices', async () => {
    iam.on(ListVirtualMFADevicesCommand).rejects(awsError('AccessDenied'));
    expect(await rejection(createTestInventory().inventory.iam.virtualMfaDevices())).toMatchObject({ kind: 'denied', iamAction: 'iam:ListVirtualMFADevices' });
  });
});
