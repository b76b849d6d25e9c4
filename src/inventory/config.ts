import type { Aws } from '../aws/call.js';

/** Memoized config data sets of one account. */
export function configInventory(_aws: Aws) {
  return {};
}

export type ConfigInventory = ReturnType<typeof configInventory>;
