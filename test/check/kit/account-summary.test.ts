import { describe, expect, it } from 'vitest';
import { InventoryError } from '../../../src/aws/errors.js';
import { summaryFlag } from '../../../src/check/kit/account-summary.js';

const scope = { account: '111122223333', region: 'global' };

describe('summaryFlag', () => {
  it('reads 0 and 1', () => {
    expect(summaryFlag({ AccountMFAEnabled: 1 }, 'AccountMFAEnabled', scope)).toBe(true);
    expect(summaryFlag({ AccountMFAEnabled: 0 }, 'AccountMFAEnabled', scope)).toBe(false);
  });

  it('a missing or unexpected value is invalid-data naming GetAccountSummary, never false', () => {
    for (const summary of [{}, { AccountMFAEnabled: 2 }] as Record<string, number>[]) {
      let err: unknown;
      try {
        summaryFlag(summary, 'AccountMFAEnabled', scope);
      } catch (e) {
        err = e;
      }
      expect(err).toBeInstanceOf(InventoryError);
      expect(err).toMatchObject({ kind: 'invalid-data', operation: 'GetAccountSummary', iamAction: 'iam:GetAccountSummary', code: 'InvalidAccountSummary' });
    }
  });
});
