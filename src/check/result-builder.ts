import { InventoryError } from '../aws/errors.js';
import type { CheckResult, ResultBuilder } from './define.js';

/** The `result` helpers a check's `run` receives. */
export function createResultBuilder(): ResultBuilder {
  return {
    pass: (resource, message, evidence) => ({ status: 'PASS', resource, message, ...(evidence ? { evidence } : {}) }),
    fail: (resource, message, evidence) => ({ status: 'FAIL', resource, message, ...(evidence ? { evidence } : {}) }),
    async forEach(items, ref, fn) {
      const settled = await Promise.all(
        items.map(async (item): Promise<CheckResult[]> => {
          try {
            const r = await fn(item);
            return Array.isArray(r) ? r : [r];
          } catch (err) {
            if (!(err instanceof InventoryError)) throw err;
            return [{ status: 'ERROR', resource: ref(item), message: err.describe(), evidence: { operation: err.operation, iamAction: err.iamAction, code: err.code } }];
          }
        }),
      );
      return settled.flat();
    },
  };
}
