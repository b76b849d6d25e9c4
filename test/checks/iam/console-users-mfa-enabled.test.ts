import { GenerateCredentialReportCommand, IAMClient } from '@aws-sdk/client-iam';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import check from '../../../checks/iam/console-users-mfa-enabled.js';
import { awsError } from '../../harness/aws.js';
import { runCheck } from '../../harness/run-check.js';
import { activeKey, mockCredentialReport, NOW, passwordUser, rootReportRow, userArn, userRow } from './fixtures.js';

const iam = mockClient(IAMClient);
beforeEach(() => iam.reset());

describe('iam.console-users-mfa-enabled', () => {
  it('PASS for console users with MFA, FAIL without; a user without a password PASSes (every user gets a finding); root is not evaluated', async () => {
    mockCredentialReport(iam, [
      rootReportRow({ mfa_active: 'false' }),
      passwordUser('alice', 3, { mfa_active: 'true' }),
      passwordUser('bob', 3),
      userRow('ci-bot', activeKey(1, 10, 1)),
    ]);
    expect(await runCheck(check, { now: NOW })).toMatchObject([
      { status: 'PASS', resource: { arn: userArn('alice'), id: 'alice', type: 'AWS::IAM::User' }, evidence: { password_enabled: 'true', mfa_active: 'true' } },
      { status: 'FAIL', resource: { arn: userArn('bob'), id: 'bob' }, evidence: { password_enabled: 'true', mfa_active: 'false' } },
      { status: 'PASS', resource: { arn: userArn('ci-bot'), id: 'ci-bot' }, evidence: { password_enabled: 'false', mfa_active: 'false' } },
    ]);
  });

  it('PASS for every user when no user has a console password', async () => {
    mockCredentialReport(iam, [userRow('ci-bot')]);
    expect(await runCheck(check, { now: NOW })).toMatchObject([{ status: 'PASS', resource: { id: 'ci-bot' }, evidence: { password_enabled: 'false' } }]);
  });

  it('ERROR for the one user whose row is malformed; the others keep their verdict', async () => {
    mockCredentialReport(iam, [passwordUser('alice', 3, { mfa_active: 'true' }), passwordUser('bob', 3, { mfa_active: 'TRUE?' })]);
    expect(await runCheck(check, { now: NOW })).toMatchObject([
      { status: 'PASS', resource: { id: 'alice' } },
      { status: 'ERROR', resource: { id: 'bob' }, message: expect.stringContaining('mfa_active') },
    ]);
  });

  it('ERROR naming the permission when GenerateCredentialReport is denied', async () => {
    iam.on(GenerateCredentialReportCommand).rejects(awsError('AccessDenied'));
    expect(await runCheck(check, { now: NOW })).toMatchObject([{ status: 'ERROR', message: expect.stringContaining('iam:GenerateCredentialReport') }]);
  });
});
