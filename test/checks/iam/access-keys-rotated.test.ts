import { GetCredentialReportCommand, IAMClient } from '@aws-sdk/client-iam';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import check from '../../../checks/iam/access-keys-rotated.js';
import { awsError } from '../../harness/aws.js';
import { runCheck } from '../../harness/run-check.js';
import { activeKey, daysAgo, mockCredentialReport, NOW, rootReportRow, userArn, userRow } from './fixtures.js';

const iam = mockClient(IAMClient);
beforeEach(() => iam.reset());

describe('iam.access-keys-rotated', () => {
  it('PASS when every active key is at most 90 days old, FAIL otherwise; users without an active key PASS (every user gets a finding); root is not evaluated', async () => {
    mockCredentialReport(iam, [
      rootReportRow(activeKey(1, 900)),
      userRow('alice', activeKey(1, 90, 1)),
      // An old but inactive key does not count.
      userRow('bob', { ...activeKey(2, 30, 1), access_key_1_active: 'false', access_key_1_last_rotated: daysAgo(500) }),
      userRow('carol', { ...activeKey(1, 10, 1), ...activeKey(2, 91, 1) }),
      userRow('dave'),
      userRow('erin', { access_key_1_active: 'false', access_key_1_last_rotated: daysAgo(800) }),
    ]);
    expect(await runCheck(check, { now: NOW })).toMatchObject([
      { status: 'PASS', resource: { arn: userArn('alice'), id: 'alice', type: 'AWS::IAM::User' }, evidence: { access_key_1_last_rotated: daysAgo(90), maxAgeDays: 90 } },
      { status: 'PASS', resource: { id: 'bob' }, evidence: { access_key_2_last_rotated: daysAgo(30) } },
      { status: 'FAIL', resource: { id: 'carol' }, evidence: { access_key_1_last_rotated: daysAgo(10), access_key_2_last_rotated: daysAgo(91) } },
      { status: 'PASS', resource: { id: 'dave' }, evidence: { access_key_1_active: 'false', access_key_2_active: 'false', maxAgeDays: 90 } },
      { status: 'PASS', resource: { id: 'erin' }, evidence: { access_key_1_active: 'false', access_key_2_active: 'false' } },
    ]);
  });

  it('honours the maxAgeDays option', async () => {
    mockCredentialReport(iam, [userRow('alice', activeKey(1, 40))]);
    expect(await runCheck(check, { now: NOW, options: { maxAgeDays: 30 } })).toMatchObject([{ status: 'FAIL', evidence: { maxAgeDays: 30 } }]);
  });

  it('ERROR for an active key without a rotation date', async () => {
    mockCredentialReport(iam, [userRow('alice', { ...activeKey(1, 10), access_key_1_last_rotated: 'N/A' }), userRow('bob', activeKey(1, 10))]);
    expect(await runCheck(check, { now: NOW })).toMatchObject([
      { status: 'ERROR', resource: { id: 'alice' }, message: expect.stringContaining('last_rotated') },
      { status: 'PASS', resource: { id: 'bob' } },
    ]);
  });

  it('ERROR naming the permission when GetCredentialReport is denied', async () => {
    mockCredentialReport(iam, []);
    iam.on(GetCredentialReportCommand).rejects(awsError('AccessDenied'));
    expect(await runCheck(check, { now: NOW })).toMatchObject([{ status: 'ERROR', message: expect.stringContaining('iam:GetCredentialReport') }]);
  });
});
