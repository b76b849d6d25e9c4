import type { Aws } from '../aws/call.js';

/** Memoized accessanalyzer data sets of one account. */
export function accessanalyzerInventory(_aws: Aws) {
  return {};
}

export type AccessanalyzerInventory = ReturnType<typeof accessanalyzerInventory>;
