import type { Check } from '../../src/check/define.js';
import cmkRotationEnabled from './cmk-rotation-enabled.js';

/** Built-in kms checks, sorted by id. */
export const kmsChecks: readonly Check[] = [
  cmkRotationEnabled,
];
