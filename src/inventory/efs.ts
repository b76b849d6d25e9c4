import type { Aws } from '../aws/call.js';

/** Memoized efs data sets of one account. */
export function efsInventory(_aws: Aws) {
  return {};
}

export type EfsInventory = ReturnType<typeof efsInventory>;
