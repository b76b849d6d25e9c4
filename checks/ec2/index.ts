import type { Check } from '../../src/check/define.js';

/** Built-in ec2 checks, sorted by id. */
export const ec2Checks: readonly Check[] = [];
