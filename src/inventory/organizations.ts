import type { Aws } from '../aws/call.js';

/** Memoized organizations data sets of one account. */
export function organizationsInventory(_aws: Aws) {
  return {};
}

export type OrganizationsInventory = ReturnType<typeof organizationsInventory>;
