import type { Aws } from '../aws/call.js';

/** Memoized kms data sets of one account. */
export function kmsInventory(_aws: Aws) {
  return {};
}

export type KmsInventory = ReturnType<typeof kmsInventory>;
