import { GetCredentialReportCommand, IAMClient } from '@aws-sdk/client-iam';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import check from '../../../checks/iam/root-user-unused.js';
import { awsError } from '../../harness/aws.js';
import { runCheck } from '../../harness/run-check.js';
import { activeKey, daysAgo, mockCredentialReport, NOW, ROOT_ARN, rootReportRow, userRow } from './fixtures.js';

const iam = mockClient(IAMClient);
beforeEach(() => iam.reset());

describe('iam.root-user-unused', () => {
  it('PASS when root password and keys were last used long ago or never', async () => {
    mockCredentialReport(iam, [rootReportRow({ password_last_used: daysAgo(200) }), userRow('alice', { password_last_used: daysAgo(1) })]);
    expect(await runCheck(check, { now: NOW })).toMatchObject([
      { status: 'PASS', resource: { arn: ROOT_ARN, type: 'AWS::IAM::Root' }, evidence: { password_last_used: daysAgo(200), access_key_1_last_used_date: 'N/A', maxDaysSinceUse: 90 } },
    ]);
  });

  it('PASS when root never signed in (no_information) and has no keys', async () => {
    mockCredentialReport(iam, [rootReportRow()]);
    expect(await runCheck(check, { now: NOW })).toMatchObject([{ status: 'PASS', evidence: { password_last_used: 'no_information' } }]);
  });

  it('FAIL when the root password was used within 90 days', async () => {
    mockCredentialReport(iam, [rootReportRow({ password_last_used: daysAgo(10) })]);
    expect(await runCheck(check, { now: NOW })).toMatchObject([{ status: 'FAIL', evidence: { password_last_used: daysAgo(10) } }]);
  });

  it('FAIL when a root access key was used recently, even with an old password use', async () => {
    mockCredentialReport(iam, [rootReportRow({ password_last_used: daysAgo(400), ...activeKey(2, 500, 5) })]);
    expect(await runCheck(check, { now: NOW })).toMatchObject([{ status: 'FAIL', evidence: { access_key_2_last_used_date: daysAgo(5) } }]);
  });

  it('honours the maxDaysSinceUse option', async () => {
    mockCredentialReport(iam, [rootReportRow({ password_last_used: daysAgo(40) })]);
    expect(await runCheck(check, { now: NOW, options: { maxDaysSinceUse: 30 } })).toMatchObject([{ status: 'PASS', evidence: { maxDaysSinceUse: 30 } }]);
    expect(await runCheck(check, { now: NOW })).toMatchObject([{ status: 'FAIL' }]);
  });

  it('ERROR, never PASS, when the report has no <root_account> row (moto does not write one)', async () => {
    mockCredentialReport(iam, [userRow('alice')]);
    expect(await runCheck(check, { now: NOW })).toMatchObject([
      { status: 'ERROR', message: expect.stringContaining('<root_account>'), evidence: { operation: 'iam:GetCredentialReport', code: 'InvalidCredentialReport' } },
    ]);
  });

  it('ERROR when a date column holds something that is not a date', async () => {
    mockCredentialReport(iam, [rootReportRow({ password_last_used: 'yesterday' })]);
    expect(await runCheck(check, { now: NOW })).toMatchObject([{ status: 'ERROR', message: expect.stringContaining('password_last_used') }]);
  });

  it('ERROR naming the permission when the report is denied', async () => {
    mockCredentialReport(iam, [rootReportRow()]);
    iam.on(GetCredentialReportCommand).rejects(awsError('AccessDenied'));
    expect(await runCheck(check, { now: NOW })).toMatchObject([{ status: 'ERROR', message: expect.stringContaining('iam:GetCredentialReport') }]);
  });
});
