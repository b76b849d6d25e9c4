import type { Aws } from '../aws/call.js';

/** Memoized apigateway data sets of one account. */
export function apigatewayInventory(_aws: Aws) {
  return {};
}

export type ApigatewayInventory = ReturnType<typeof apigatewayInventory>;
