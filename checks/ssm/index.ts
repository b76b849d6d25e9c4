import type { Check } from '../../src/check/define.js';

/** Built-in ssm checks, sorted by id. */
export const ssmChecks: readonly Check[] = [];
