import type { Aws } from '../aws/call.js';

/** Memoized guardduty data sets of one account. */
export function guarddutyInventory(_aws: Aws) {
  return {};
}

export type GuarddutyInventory = ReturnType<typeof guarddutyInventory>;
