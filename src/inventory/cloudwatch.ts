import type { Aws } from '../aws/call.js';

/** Memoized cloudwatch data sets of one account. */
export function cloudwatchInventory(_aws: Aws) {
  return {};
}

export type CloudwatchInventory = ReturnType<typeof cloudwatchInventory>;
