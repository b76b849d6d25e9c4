import type { Check } from '../../src/check/define.js';

/** Built-in securityhub checks, sorted by id. */
export const securityhubChecks: readonly Check[] = [];
