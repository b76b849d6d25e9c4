import type { Check } from '../../src/check/define.js';
import cmkRotationEnabled from './cmk-rotation-enabled.js';
import keyInAllowedRegion from './key-in-allowed-region.js';

/** Built-in kms checks, sorted by id. */
export const kmsChecks: readonly Check[] = [
  cmkRotationEnabled,
  keyInAllowedRegion,
];
