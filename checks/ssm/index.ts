import type { Check } from '../../src/check/define.js';
import instanceManaged from './instance-managed.js';
import instancePatchCompliant from './instance-patch-compliant.js';

/** Built-in ssm checks, sorted by id. */
export const ssmChecks: readonly Check[] = [
  instanceManaged,
  instancePatchCompliant,
];
