import type { Check } from '../../src/check/define.js';

/** Built-in accessanalyzer checks, sorted by id. */
export const accessanalyzerChecks: readonly Check[] = [];
