import type { Aws } from '../aws/call.js';

/** Memoized logs data sets of one account. */
export function logsInventory(_aws: Aws) {
  return {};
}

export type LogsInventory = ReturnType<typeof logsInventory>;
