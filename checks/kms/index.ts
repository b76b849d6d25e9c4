import type { Check } from '../../src/check/define.js';

/** Built-in kms checks, sorted by id. */
export const kmsChecks: readonly Check[] = [];
