import { GenerateCredentialReportCommand, IAMClient } from '@aws-sdk/client-iam';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import check from '../../../checks/iam/console-users-no-setup-access-keys.js';
import { awsError } from '../../harness/aws.js';
import { runCheck } from '../../harness/run-check.js';
import { activeKey, daysAgo, mockCredentialReport, NOW, passwordUser, rootReportRow, userArn, userRow } from './fixtures.js';

const iam = mockClient(IAMClient);
beforeEach(() => iam.reset());

describe('iam.console-users-no-setup-access-keys', () => {
  it('FAIL for a console user whose never-used key was created with the user (CIS 1.11); PASS when the key was used or came later', async () => {
    mockCredentialReport(iam, [
      rootReportRow(),
      // Created 200 days ago together with its key, never used.
      passwordUser('alice', 3, { user_creation_time: daysAgo(200), ...activeKey(1, 200) }),
      passwordUser('bob', 3, { user_creation_time: daysAgo(200), ...activeKey(1, 200, 5) }), // used
      passwordUser('carol', 3, { user_creation_time: daysAgo(200), ...activeKey(2, 20) }), // added later for a real need
      passwordUser('dave', 3, { user_creation_time: daysAgo(200) }), // no key
    ]);
    expect(await runCheck(check, { now: NOW })).toMatchObject([
      {
        status: 'FAIL',
        resource: { arn: userArn('alice'), id: 'alice', type: 'AWS::IAM::User' },
        evidence: { password_enabled: 'true', user_creation_time: daysAgo(200), access_key_1_active: 'true', access_key_1_last_rotated: daysAgo(200), access_key_1_last_used_date: 'N/A', setupWindowMinutes: 60 },
      },
      { status: 'PASS', resource: { id: 'bob' }, evidence: { access_key_1_last_used_date: daysAgo(5) } },
      { status: 'PASS', resource: { id: 'carol' }, evidence: { access_key_2_last_rotated: daysAgo(20) } },
      { status: 'PASS', resource: { id: 'dave' }, evidence: { password_enabled: 'true' } },
    ]);
  });

  it('PASS for a user without a console password, even with a never-used setup key (every user gets a finding; CIS scopes to console users); an inactive key does not count', async () => {
    mockCredentialReport(iam, [
      userRow('ci-bot', { user_creation_time: daysAgo(10), ...activeKey(1, 10) }),
      passwordUser('erin', 1, { user_creation_time: daysAgo(10), access_key_1_active: 'false', access_key_1_last_rotated: daysAgo(10) }),
    ]);
    expect(await runCheck(check, { now: NOW })).toMatchObject([
      { status: 'PASS', resource: { id: 'ci-bot' }, evidence: { password_enabled: 'false' } },
      { status: 'PASS', resource: { id: 'erin' } },
    ]);
  });

  it('honours setupWindowMinutes', async () => {
    const created = new Date(NOW.getTime() - 30 * 86_400_000);
    const iso = (d: Date) => d.toISOString().replace(/\.\d{3}Z$/, '+00:00');
    mockCredentialReport(iam, [passwordUser('frank', 1, { user_creation_time: iso(created), access_key_1_active: 'true', access_key_1_last_rotated: iso(new Date(created.getTime() + 2 * 3_600_000)), access_key_1_last_used_date: 'N/A' })]);
    expect(await runCheck(check, { now: NOW })).toMatchObject([{ status: 'PASS' }]);
    expect(await runCheck(check, { now: NOW, options: { setupWindowMinutes: 180 } })).toMatchObject([{ status: 'FAIL', evidence: { setupWindowMinutes: 180 } }]);
  });

  it('ERROR for a malformed row only; ERROR naming the permission when the report is denied', async () => {
    mockCredentialReport(iam, [passwordUser('gina', 1, { user_creation_time: 'yesterday' }), passwordUser('hal', 1)]);
    expect(await runCheck(check, { now: NOW })).toMatchObject([
      { status: 'ERROR', resource: { id: 'gina' }, message: expect.stringContaining('user_creation_time') },
      { status: 'PASS', resource: { id: 'hal' } },
    ]);
    iam.reset();
    iam.on(GenerateCredentialReportCommand).rejects(awsError('AccessDenied'));
    expect(await runCheck(check)).toMatchObject([{ status: 'ERROR', message: expect.stringContaining('iam:GenerateCredentialReport') }]);
  });
});
