import { GetAccountSummaryCommand, GetCredentialReportCommand, IAMClient } from '@aws-sdk/client-iam';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import check from '../../../checks/iam/root-access-keys-absent.js';
import { awsError } from '../../harness/aws.js';
import { runCheck } from '../../harness/run-check.js';
import { activeKey, daysAgo, mockCredentialReport, NOW, ROOT_ARN, rootReportRow, userRow } from './fixtures.js';

const iam = mockClient(IAMClient);
beforeEach(() => iam.reset());

const summary = (AccountAccessKeysPresent: number) => ({ SummaryMap: { AccountMFAEnabled: 1, AccountAccessKeysPresent, Users: 3 } });

describe('iam.root-access-keys-absent', () => {
  it('PASS when GetAccountSummary and the root row show no key', async () => {
    iam.on(GetAccountSummaryCommand).resolves(summary(0));
    mockCredentialReport(iam, [rootReportRow(), userRow('alice')]);
    expect(await runCheck(check, { now: NOW })).toMatchObject([
      {
        status: 'PASS',
        region: 'global',
        resource: { arn: ROOT_ARN, id: '<root_account>', type: 'AWS::IAM::Root' },
        evidence: { AccountAccessKeysPresent: 0, access_key_1_active: 'false', access_key_2_active: 'false' },
        srm: { layer: 'identity', serviceModel: 'SaaS', owner: 'shared', duty: 'identity-access' },
      },
    ]);
  });

  it('FAIL when AccountAccessKeysPresent is 1, even if the key is inactive', async () => {
    iam.on(GetAccountSummaryCommand).resolves(summary(1));
    mockCredentialReport(iam, [rootReportRow({ access_key_1_last_rotated: daysAgo(900) })]);
    expect(await runCheck(check, { now: NOW })).toMatchObject([{ status: 'FAIL', evidence: { AccountAccessKeysPresent: 1, access_key_1_active: 'false' } }]);
  });

  it('FAIL when the root row shows an active key although the summary says 0', async () => {
    iam.on(GetAccountSummaryCommand).resolves(summary(0));
    mockCredentialReport(iam, [rootReportRow(activeKey(2, 400, 3))]);
    expect(await runCheck(check, { now: NOW })).toMatchObject([{ status: 'FAIL', evidence: { AccountAccessKeysPresent: 0, access_key_2_active: 'true' } }]);
  });

  it('decides from GetAccountSummary alone when the report has no root row (moto)', async () => {
    iam.on(GetAccountSummaryCommand).resolves(summary(0));
    mockCredentialReport(iam, [userRow('alice')]);
    const [f] = await runCheck(check, { now: NOW });
    expect(f).toMatchObject({ status: 'PASS', evidence: { AccountAccessKeysPresent: 0 } });
    expect(f!.evidence).not.toHaveProperty('access_key_1_active');
  });

  it('ERROR when SummaryMap lacks AccountAccessKeysPresent (never defaulted to 0)', async () => {
    iam.on(GetAccountSummaryCommand).resolves({ SummaryMap: { Users: 3 } });
    mockCredentialReport(iam, [rootReportRow()]);
    expect(await runCheck(check, { now: NOW })).toMatchObject([{ status: 'ERROR', message: expect.stringContaining('AccountAccessKeysPresent'), evidence: { operation: 'iam:GetAccountSummary' } }]);
  });

  it('ERROR naming the permission when GetAccountSummary is denied', async () => {
    iam.on(GetAccountSummaryCommand).rejects(awsError('AccessDenied'));
    mockCredentialReport(iam, [rootReportRow()]);
    expect(await runCheck(check, { now: NOW })).toMatchObject([{ status: 'ERROR', message: expect.stringContaining('iam:GetAccountSummary') }]);
  });

  it('ERROR naming the permission when the credential report is denied', async () => {
    iam.on(GetAccountSummaryCommand).resolves(summary(0));
    mockCredentialReport(iam, [rootReportRow()]);
    iam.on(GetCredentialReportCommand).rejects(awsError('AccessDenied'));
    expect(await runCheck(check, { now: NOW })).toMatchObject([{ status: 'ERROR', message: expect.stringContaining('iam:GetCredentialReport') }]);
  });
});
