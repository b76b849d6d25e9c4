import type { Check } from '../../src/check/define.js';

/** Built-in iam checks, sorted by id. */
export const iamChecks: readonly Check[] = [];
