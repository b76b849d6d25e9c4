import type { Check } from '../../src/check/define.js';

/** Built-in s3 checks, sorted by id. */
export const s3Checks: readonly Check[] = [];
