import { GetCredentialReportCommand, IAMClient } from '@aws-sdk/client-iam';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import check from '../../../checks/iam/single-active-access-key.js';
import { awsError } from '../../harness/aws.js';
import { runCheck } from '../../harness/run-check.js';
import { activeKey, daysAgo, mockCredentialReport, NOW, rootReportRow, userArn, userRow } from './fixtures.js';

const iam = mockClient(IAMClient);
beforeEach(() => iam.reset());

describe('iam.single-active-access-key', () => {
  it('PASS for zero or one active key (an inactive second key does not count), FAIL for two; root is not evaluated', async () => {
    mockCredentialReport(iam, [
      rootReportRow({ ...activeKey(1, 10), ...activeKey(2, 10) }),
      userRow('alice'),
      userRow('bob', { ...activeKey(1, 10, 1), access_key_2_active: 'false', access_key_2_last_rotated: daysAgo(400) }),
      userRow('carol', { ...activeKey(1, 10, 1), ...activeKey(2, 200, 100) }),
    ]);
    expect(await runCheck(check, { now: NOW })).toMatchObject([
      { status: 'PASS', resource: { id: 'alice', type: 'AWS::IAM::User' }, evidence: { access_key_1_active: 'false', access_key_2_active: 'false' } },
      { status: 'PASS', resource: { id: 'bob' }, evidence: { access_key_1_active: 'true', access_key_2_active: 'false' } },
      { status: 'FAIL', resource: { arn: userArn('carol'), id: 'carol' }, evidence: { access_key_1_active: 'true', access_key_2_active: 'true' } },
    ]);
  });

  it('ERROR for a row whose key flag is not a boolean', async () => {
    mockCredentialReport(iam, [userRow('alice', { access_key_2_active: '' })]);
    expect(await runCheck(check, { now: NOW })).toMatchObject([{ status: 'ERROR', resource: { id: 'alice' }, message: expect.stringContaining('access_key_2_active') }]);
  });

  it('ERROR naming the permission when GetCredentialReport is denied', async () => {
    mockCredentialReport(iam, []);
    iam.on(GetCredentialReportCommand).rejects(awsError('AccessDenied'));
    expect(await runCheck(check, { now: NOW })).toMatchObject([{ status: 'ERROR', message: expect.stringContaining('iam:GetCredentialReport') }]);
  });
});
