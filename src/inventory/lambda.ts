import type { Aws } from '../aws/call.js';

/** Memoized lambda data sets of one account. */
export function lambdaInventory(_aws: Aws) {
  return {};
}

export type LambdaInventory = ReturnType<typeof lambdaInventory>;
