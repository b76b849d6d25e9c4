import type { Check } from '../../src/check/define.js';
import logFileValidationEnabled from './log-file-validation-enabled.js';

/** Built-in cloudtrail checks, sorted by id. */
export const cloudtrailChecks: readonly Check[] = [logFileValidationEnabled];
