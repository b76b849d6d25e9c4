import type { Check } from '../../src/check/define.js';
import logGroupRetention from './log-group-retention.js';

/** Built-in logs checks, sorted by id. */
export const logsChecks: readonly Check[] = [
  logGroupRetention,
];
