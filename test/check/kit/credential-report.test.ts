import { describe, expect, it } from 'vitest';
import { InventoryError } from '../../../src/aws/errors.js';
import {
  accessKeys,
  activeAccessKeys,
  isRootRow,
  reportEvidence,
  reportField,
  reportFlag,
  reportTime,
  requireRootRow,
  ROOT_USER,
  rootRow,
  userRows,
} from '../../../src/check/kit/credential-report.js';
import { parseCsv } from '../../../src/util/csv.js';

const scope = { account: '111122223333', region: 'global' };

// Two rows as AWS writes them (IAM User Guide, "Getting credential reports for your AWS account").
const [root, alice] = parseCsv(
  [
    'user,arn,user_creation_time,password_enabled,password_last_used,password_last_changed,password_next_rotation,mfa_active,access_key_1_active,access_key_1_last_rotated,access_key_1_last_used_date,access_key_1_last_used_region,access_key_1_last_used_service,access_key_2_active,access_key_2_last_rotated,access_key_2_last_used_date,access_key_2_last_used_region,access_key_2_last_used_service,cert_1_active,cert_1_last_rotated,cert_2_active,cert_2_last_rotated',
    '<root_account>,arn:aws:iam::111122223333:root,2017-05-01T10:00:00+00:00,not_supported,2025-01-10T08:00:00+00:00,not_supported,not_supported,true,false,N/A,N/A,N/A,N/A,false,N/A,N/A,N/A,N/A,false,N/A,false,N/A',
    'alice,arn:aws:iam::111122223333:user/alice,2023-02-01T00:00:00+00:00,true,no_information,2023-02-01T00:05:00+00:00,N/A,false,true,2024-03-01T00:00:00+00:00,2025-05-30T12:00:00+00:00,us-east-1,s3,false,2023-02-01T00:00:00+00:00,N/A,N/A,N/A,false,N/A,false,N/A',
  ].join('\n'),
) as [Record<string, string>, Record<string, string>];

const rejectsWith = (fn: () => unknown, text: RegExp) => {
  let err: unknown;
  try {
    fn();
  } catch (e) {
    err = e;
  }
  expect(err).toBeInstanceOf(InventoryError);
  const ie = err as InventoryError;
  expect(ie).toMatchObject({ kind: 'invalid-data', operation: 'GetCredentialReport', iamAction: 'iam:GetCredentialReport', account: scope.account, code: 'InvalidCredentialReport' });
  expect(ie.message).toMatch(text);
  expect(ie.describe()).toContain('could not be parsed');
};

describe('credential report rows', () => {
  it('separates the root row from user rows', () => {
    expect(isRootRow(root)).toBe(true);
    expect(root.user).toBe(ROOT_USER);
    expect(rootRow([alice, root])).toBe(root);
    expect(userRows([root, alice])).toEqual([alice]);
    expect(rootRow([alice])).toBeUndefined();
    expect(requireRootRow([root, alice], scope)).toBe(root);
  });

  it('requireRootRow: a report without a root row (moto) is invalid-data, never a default', () => {
    rejectsWith(() => requireRootRow([alice], scope), /no <root_account> row/);
  });

  it('reportFlag reads exactly true/false; not_supported and anything else is invalid-data', () => {
    expect(reportFlag(alice, 'password_enabled', scope)).toBe(true);
    expect(reportFlag(alice, 'mfa_active', scope)).toBe(false);
    rejectsWith(() => reportFlag(root, 'password_enabled', scope), /password_enabled is "not_supported"/);
    rejectsWith(() => reportFlag({ ...alice, mfa_active: 'TRUE' }, 'mfa_active', scope), /mfa_active/);
    rejectsWith(() => reportFlag(alice, 'no_such_column', scope), /no column no_such_column/);
  });

  it('reportTime reads dates via reportDate; N/A, not_supported and no_information are undefined; garbage is invalid-data', () => {
    expect(reportTime(root, 'password_last_used', scope)).toEqual(new Date('2025-01-10T08:00:00Z'));
    expect(reportTime(alice, 'password_last_used', scope)).toBeUndefined(); // no_information
    expect(reportTime(alice, 'password_next_rotation', scope)).toBeUndefined(); // N/A
    expect(reportTime(root, 'password_last_changed', scope)).toBeUndefined(); // not_supported
    rejectsWith(() => reportTime({ ...alice, password_last_used: '' }, 'password_last_used', scope), /expected a date/);
    rejectsWith(() => reportTime({ ...alice, password_last_used: 'last week' }, 'password_last_used', scope), /expected a date/);
  });

  it('reportField returns the raw value or throws for a missing column', () => {
    expect(reportField(alice, 'arn', scope)).toBe('arn:aws:iam::111122223333:user/alice');
    rejectsWith(() => reportField({ user: 'x' }, 'arn', scope), /no column arn/);
  });

  it('accessKeys reads both slots; activeAccessKeys keeps active ones with their rotation date', () => {
    expect(accessKeys(alice, scope)).toEqual([
      { n: 1, active: true, lastRotated: new Date('2024-03-01T00:00:00Z'), lastUsed: new Date('2025-05-30T12:00:00Z') },
      { n: 2, active: false, lastRotated: new Date('2023-02-01T00:00:00Z'), lastUsed: undefined },
    ]);
    expect(activeAccessKeys(alice, scope).map((k) => k.n)).toEqual([1]);
    expect(activeAccessKeys(root, scope)).toEqual([]);
    rejectsWith(() => activeAccessKeys({ ...alice, access_key_1_last_rotated: 'N/A' }, scope), /without access_key_1_last_rotated/);
  });

  it('reportEvidence picks raw values under the report column names, skipping absent columns', () => {
    expect(reportEvidence(alice, ['password_enabled', 'mfa_active', 'nope'])).toEqual({ password_enabled: 'true', mfa_active: 'false' });
  });
});
