import { InventoryError } from '../aws/errors.js';
import type { CheckResult, ResultBuilder } from './define.js';

/** The `result` helpers a check's `run` receives. */
export function createResultBuilder(): ResultBuilder {
  return {
    pass: (resource, message, evidence) => ({ status: 'PASS', resource, message, ...(evidence ? { evidence } : {}) }),
    fail: (resource, message, evidence) => ({ status: 'FAIL', resource, message, ...(evidence ? { evidence } : {}) }),
    async forEach(items, ref, fn) {
      // Most items give one result: it is kept as is, not wrapped in an array of its own (a
      // 2,000-bucket check held 2,000 such arrays until its last bucket answered).
      const settled = await Promise.all(
        items.map(async (item): Promise<CheckResult | CheckResult[]> => {
          try {
            return await fn(item);
          } catch (err) {
            if (!(err instanceof InventoryError)) throw err;
            return { status: 'ERROR', resource: ref(item), message: err.describe(), evidence: { operation: err.operation, iamAction: err.iamAction, code: err.code } };
          }
        }),
      );
      const out: CheckResult[] = [];
      for (const r of settled) {
        if (Array.isArray(r)) out.push(...r);
        else out.push(r);
      }
      return out;
    },
  };
}
