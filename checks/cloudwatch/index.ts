import type { Check } from '../../src/check/define.js';

/** Built-in cloudwatch checks, sorted by id. */
export const cloudwatchChecks: readonly Check[] = [];
