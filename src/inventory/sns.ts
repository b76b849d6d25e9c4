import type { Aws } from '../aws/call.js';

/** Memoized sns data sets of one account. */
export function snsInventory(_aws: Aws) {
  return {};
}

export type SnsInventory = ReturnType<typeof snsInventory>;
