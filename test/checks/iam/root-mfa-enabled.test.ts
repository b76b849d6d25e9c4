import { GetAccountSummaryCommand, IAMClient } from '@aws-sdk/client-iam';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import check from '../../../checks/iam/root-mfa-enabled.js';
import { awsError } from '../../harness/aws.js';
import { runCheck } from '../../harness/run-check.js';
import { ROOT_ARN } from './fixtures.js';

const iam = mockClient(IAMClient);
beforeEach(() => iam.reset());

describe('iam.root-mfa-enabled', () => {
  it('PASS when AccountMFAEnabled is 1', async () => {
    iam.on(GetAccountSummaryCommand).resolves({ SummaryMap: { AccountMFAEnabled: 1, AccountAccessKeysPresent: 0 } });
    expect(await runCheck(check)).toMatchObject([
      { status: 'PASS', region: 'global', resource: { arn: ROOT_ARN, id: '<root_account>', type: 'AWS::IAM::Root' }, evidence: { AccountMFAEnabled: 1 } },
    ]);
  });

  it('FAIL when AccountMFAEnabled is 0 (moto always answers 0)', async () => {
    iam.on(GetAccountSummaryCommand).resolves({ SummaryMap: { AccountMFAEnabled: 0 } });
    expect(await runCheck(check)).toMatchObject([{ status: 'FAIL', evidence: { AccountMFAEnabled: 0 } }]);
  });

  it('ERROR when the SummaryMap has no AccountMFAEnabled, or an unexpected value', async () => {
    iam.on(GetAccountSummaryCommand).resolves({ SummaryMap: {} });
    expect(await runCheck(check)).toMatchObject([{ status: 'ERROR', message: expect.stringContaining('AccountMFAEnabled') }]);
    iam.on(GetAccountSummaryCommand).resolves({ SummaryMap: { AccountMFAEnabled: 2 } });
    expect(await runCheck(check)).toMatchObject([{ status: 'ERROR' }]);
  });

  it('ERROR naming the permission when GetAccountSummary is denied', async () => {
    iam.on(GetAccountSummaryCommand).rejects(awsError('AccessDenied'));
    expect(await runCheck(check)).toMatchObject([{ status: 'ERROR', message: expect.stringContaining('iam:GetAccountSummary'), evidence: { iamAction: 'iam:GetAccountSummary' } }]);
  });
});
