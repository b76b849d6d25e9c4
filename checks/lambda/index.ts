import type { Check } from '../../src/check/define.js';

/** Built-in lambda checks, sorted by id. */
export const lambdaChecks: readonly Check[] = [];
