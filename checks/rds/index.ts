import type { Check } from '../../src/check/define.js';

/** Built-in rds checks, sorted by id. */
export const rdsChecks: readonly Check[] = [];
