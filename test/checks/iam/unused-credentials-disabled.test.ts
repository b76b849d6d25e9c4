import { GetCredentialReportCommand, IAMClient } from '@aws-sdk/client-iam';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import check from '../../../checks/iam/unused-credentials-disabled.js';
import { awsError } from '../../harness/aws.js';
import { runCheck } from '../../harness/run-check.js';
import { activeKey, daysAgo, mockCredentialReport, NOW, passwordUser, rootReportRow, userArn, userRow } from './fixtures.js';

const iam = mockClient(IAMClient);
beforeEach(() => iam.reset());

describe('iam.unused-credentials-disabled', () => {
  it('judges passwords by last sign-in: PASS within 45 days, FAIL at 45 or more', async () => {
    mockCredentialReport(iam, [rootReportRow({ password_last_used: daysAgo(400) }), passwordUser('alice', 44), passwordUser('bob', 45)]);
    expect(await runCheck(check, { now: NOW })).toMatchObject([
      { status: 'PASS', resource: { arn: userArn('alice'), id: 'alice', type: 'AWS::IAM::User' }, evidence: { password_enabled: 'true', password_last_used: daysAgo(44), maxUnusedDays: 45 } },
      { status: 'FAIL', resource: { id: 'bob' }, evidence: { password_last_used: daysAgo(45) } },
    ]);
  });

  it('a never-used password counts from when it was set (password_last_changed)', async () => {
    mockCredentialReport(iam, [passwordUser('new', undefined, {}, 10), passwordUser('stale', undefined, {}, 60)]);
    expect(await runCheck(check, { now: NOW })).toMatchObject([
      { status: 'PASS', resource: { id: 'new' }, evidence: { password_last_used: 'no_information', password_last_changed: daysAgo(10) } },
      { status: 'FAIL', resource: { id: 'stale' }, evidence: { password_last_used: 'no_information', password_last_changed: daysAgo(60) } },
    ]);
  });

  it('judges each active key by last use, or by rotation date when never used; inactive keys do not count', async () => {
    mockCredentialReport(iam, [
      userRow('used', { ...activeKey(1, 400, 2), access_key_2_active: 'false', access_key_2_last_rotated: daysAgo(400) }),
      userRow('idle', activeKey(1, 400, 50)),
      userRow('fresh', activeKey(1, 5)),
      userRow('neverused', activeKey(2, 46)),
      userRow('mixed', { ...activeKey(1, 100, 1), ...activeKey(2, 100, 80) }),
    ]);
    expect(await runCheck(check, { now: NOW })).toMatchObject([
      { status: 'PASS', resource: { id: 'fresh' }, evidence: { access_key_1_last_used_date: 'N/A', access_key_1_last_rotated: daysAgo(5) } },
      { status: 'FAIL', resource: { id: 'idle' }, evidence: { access_key_1_last_used_date: daysAgo(50) } },
      { status: 'FAIL', resource: { id: 'mixed' }, evidence: { access_key_2_last_used_date: daysAgo(80) } },
      { status: 'FAIL', resource: { id: 'neverused' }, evidence: { access_key_2_last_rotated: daysAgo(46) } },
      { status: 'PASS', resource: { id: 'used' } },
    ]);
  });

  it('FAIL when the password is fresh but a key is stale', async () => {
    mockCredentialReport(iam, [passwordUser('alice', 1, activeKey(1, 300, 200))]);
    expect(await runCheck(check, { now: NOW })).toMatchObject([{ status: 'FAIL', message: expect.stringContaining('access key 1') }]);
  });

  it('PASS for a user whose only key is already inactive and who has no password (every user gets a finding); root is not evaluated', async () => {
    mockCredentialReport(iam, [rootReportRow(), userRow('empty', { access_key_1_active: 'false', access_key_1_last_rotated: daysAgo(300) })]);
    expect(await runCheck(check, { now: NOW })).toEqual([
      expect.objectContaining({
        status: 'PASS',
        resource: expect.objectContaining({ arn: userArn('empty'), id: 'empty' }),
        evidence: { password_enabled: 'false', access_key_1_active: 'false', access_key_2_active: 'false', maxUnusedDays: 45 },
      }),
    ]);
  });

  it('honours the maxUnusedDays option', async () => {
    mockCredentialReport(iam, [passwordUser('alice', 60)]);
    expect(await runCheck(check, { now: NOW, options: { maxUnusedDays: 90 } })).toMatchObject([{ status: 'PASS', evidence: { maxUnusedDays: 90 } }]);
  });

  it('ERROR for one malformed row only', async () => {
    mockCredentialReport(iam, [passwordUser('alice', 1), passwordUser('bob', 1, { password_last_used: '2025-13-45' })]);
    expect(await runCheck(check, { now: NOW })).toMatchObject([
      { status: 'PASS', resource: { id: 'alice' } },
      { status: 'ERROR', resource: { id: 'bob' }, message: expect.stringContaining('password_last_used') },
    ]);
  });

  it('ERROR naming the permission when GetCredentialReport is denied', async () => {
    mockCredentialReport(iam, []);
    iam.on(GetCredentialReportCommand).rejects(awsError('AccessDenied'));
    expect(await runCheck(check, { now: NOW })).toMatchObject([{ status: 'ERROR', message: expect.stringContaining('iam:GetCredentialReport') }]);
  });
});
