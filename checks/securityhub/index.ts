import type { Check } from '../../src/check/define.js';
import enabled from './enabled.js';

/** Built-in securityhub checks, sorted by id. */
export const securityhubChecks: readonly Check[] = [
  enabled,
];
