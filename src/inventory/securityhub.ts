import type { Aws } from '../aws/call.js';

/** Memoized securityhub data sets of one account. */
export function securityhubInventory(_aws: Aws) {
  return {};
}

export type SecurityhubInventory = ReturnType<typeof securityhubInventory>;
