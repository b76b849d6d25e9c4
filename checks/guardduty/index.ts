import type { Check } from '../../src/check/define.js';
import enabled from './enabled.js';

/** Built-in guardduty checks, sorted by id. */
export const guarddutyChecks: readonly Check[] = [
  enabled,
];
