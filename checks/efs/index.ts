import type { Check } from '../../src/check/define.js';

/** Built-in efs checks, sorted by id. */
export const efsChecks: readonly Check[] = [];
