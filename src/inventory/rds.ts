import type { Aws } from '../aws/call.js';

/** Memoized rds data sets of one account. */
export function rdsInventory(_aws: Aws) {
  return {};
}

export type RdsInventory = ReturnType<typeof rdsInventory>;
