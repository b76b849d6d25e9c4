import type { Aws } from '../aws/call.js';

/** Memoized ssm data sets of one account. */
export function ssmInventory(_aws: Aws) {
  return {};
}

export type SsmInventory = ReturnType<typeof ssmInventory>;
