/**
 * Typed reading of IAM credential report rows. The report is CSV: every value is a string, and
 * absence is spelled 'N/A', 'not_supported' or 'no_information'. These helpers turn the columns a
 * check needs into booleans and dates and refuse anything else: a value they cannot read is an
 * 'invalid-data' error (ERROR finding), never a default.
 */
import type { InventoryError } from '../../aws/errors.js';
import type { CredentialReportRow } from '../../inventory/iam.js';
import { reportDate } from '../../util/dates.js';
import { invalidData } from '../../aws/invalid-data.js';

/** The `user` value of the root user's row (AWS has it; moto's report does not). */
export const ROOT_USER = '<root_account>';

/** Where the report was read: the scope's account and region, for the error a bad value makes. */
export interface ReportScope {
  account: string;
  region: string;
}

/** Values that mean "no date / not applicable" in a date column. */
const NO_VALUE = new Set(['N/A', 'not_supported', 'no_information']);

export function reportError(scope: ReportScope, message: string): InventoryError {
  return invalidData({ service: 'iam', operation: 'GetCredentialReport', ...scope }, `credential report: ${message}`, 'InvalidCredentialReport');
}

export const isRootRow = (row: CredentialReportRow): boolean => row.user === ROOT_USER;

/** The IAM users' rows (every row but the root user's). */
export function userRows(rows: readonly CredentialReportRow[]): CredentialReportRow[] {
  return rows.filter((r) => !isRootRow(r));
}

/** The root user's row, or undefined when the report has none (moto). */
export function rootRow(rows: readonly CredentialReportRow[]): CredentialReportRow | undefined {
  return rows.find(isRootRow);
}

/** The root user's row; a report without one cannot answer a root question: invalid-data. */
export function requireRootRow(rows: readonly CredentialReportRow[], scope: ReportScope): CredentialReportRow {
  const row = rootRow(rows);
  if (!row) throw reportError(scope, `no ${ROOT_USER} row (${rows.length} rows)`);
  return row;
}

/** A column's raw value; a missing column is invalid-data. */
export function reportField(row: CredentialReportRow, column: string, scope: ReportScope): string {
  const v = row[column];
  if (v === undefined) throw reportError(scope, `row ${row.user ?? '?'} has no column ${column}`);
  return v;
}

/** A boolean column: exactly 'true' or 'false' (as AWS writes them). */
export function reportFlag(row: CredentialReportRow, column: string, scope: ReportScope): boolean {
  const v = reportField(row, column, scope);
  if (v === 'true') return true;
  if (v === 'false') return false;
  throw reportError(scope, `row ${row.user} column ${column} is ${JSON.stringify(v)}, expected true or false`);
}

/** A date column: undefined for 'N/A' / 'not_supported' / 'no_information'; anything else must be a date. */
export function reportTime(row: CredentialReportRow, column: string, scope: ReportScope): Date | undefined {
  const v = reportField(row, column, scope);
  if (NO_VALUE.has(v)) return undefined;
  const d = reportDate(v);
  if (!d) throw reportError(scope, `row ${row.user} column ${column} is ${JSON.stringify(v)}, expected a date`);
  return d;
}

export interface AccessKeyState {
  /** 1 or 2: the report's access_key_<n>_* columns. */
  n: 1 | 2;
  active: boolean;
  /** Creation or last rotation (access_key_<n>_last_rotated). */
  lastRotated: Date | undefined;
  /** Last use (access_key_<n>_last_used_date); undefined when never used. */
  lastUsed: Date | undefined;
}

/** The two access key slots of a row. */
export function accessKeys(row: CredentialReportRow, scope: ReportScope): [AccessKeyState, AccessKeyState] {
  const key = (n: 1 | 2): AccessKeyState => ({
    n,
    active: reportFlag(row, `access_key_${n}_active`, scope),
    lastRotated: reportTime(row, `access_key_${n}_last_rotated`, scope),
    lastUsed: reportTime(row, `access_key_${n}_last_used_date`, scope),
  });
  return [key(1), key(2)];
}

/** The active access keys of a row; an active key must have a creation/rotation date. */
export function activeAccessKeys(row: CredentialReportRow, scope: ReportScope): (AccessKeyState & { lastRotated: Date })[] {
  return accessKeys(row, scope)
    .filter((k) => k.active)
    .map((k) => {
      if (!k.lastRotated) throw reportError(scope, `row ${row.user} has active access key ${k.n} without access_key_${k.n}_last_rotated`);
      return { ...k, lastRotated: k.lastRotated };
    });
}

/** Raw values of some columns, under the report's own names: evidence for a finding. */
export function reportEvidence(row: CredentialReportRow, columns: readonly string[]): Record<string, string> {
  return Object.fromEntries(columns.filter((c) => row[c] !== undefined).map((c) => [c, row[c]!]));
}

/** The columns of one access key slot, for evidence. */
export const accessKeyColumns = (n: 1 | 2): string[] => [`access_key_${n}_active`, `access_key_${n}_last_rotated`, `access_key_${n}_last_used_date`];
