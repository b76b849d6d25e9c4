import type { Check } from '../../src/check/define.js';
import recorderEnabled from './recorder-enabled.js';

/** Built-in config checks, sorted by id. */
export const configChecks: readonly Check[] = [
  recorderEnabled,
];
