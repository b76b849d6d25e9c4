/** Reading flags of IAM GetAccountSummary's SummaryMap without defaulting a missing answer. */
import { invalidData } from '../../aws/invalid-data.js';

/** A 0/1 flag of the SummaryMap (`AccountMFAEnabled`, `AccountAccessKeysPresent`); anything else is invalid-data. */
export function summaryFlag(summary: Readonly<Record<string, number>>, key: string, scope: { account: string; region: string }): boolean {
  const v = summary[key];
  if (v === 0 || v === 1) return v === 1;
  throw invalidData(
    { service: 'iam', operation: 'GetAccountSummary', ...scope },
    `SummaryMap.${key} is ${v === undefined ? 'missing' : JSON.stringify(v)}, expected 0 or 1`,
    'InvalidAccountSummary',
  );
}
