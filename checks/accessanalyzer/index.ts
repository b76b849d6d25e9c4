import type { Check } from '../../src/check/define.js';
import enabled from './enabled.js';

/** Built-in accessanalyzer checks, sorted by id. */
export const accessanalyzerChecks: readonly Check[] = [
  enabled,
];
