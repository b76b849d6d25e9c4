import type { Check } from '../../src/check/define.js';

/** Built-in logs checks, sorted by id. */
export const logsChecks: readonly Check[] = [];
