import type { Check } from '../../src/check/define.js';

/** Built-in guardduty checks, sorted by id. */
export const guarddutyChecks: readonly Check[] = [];
