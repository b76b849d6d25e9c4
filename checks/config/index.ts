import type { Check } from '../../src/check/define.js';

/** Built-in config checks, sorted by id. */
export const configChecks: readonly Check[] = [];
