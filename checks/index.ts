import type { Check } from '../src/check/define.js';
import cloudtrailLogFileValidationEnabled from './cloudtrail/log-file-validation-enabled.js';

/** The built-in checks, sorted by id. test/structure.test.ts keeps this list equal to the tree. */
export const builtinChecks: readonly Check[] = [
  cloudtrailLogFileValidationEnabled,
];
