import type { Check } from '../../src/check/define.js';
import fileSystemEncrypted from './file-system-encrypted.js';

/** Built-in efs checks, sorted by id. */
export const efsChecks: readonly Check[] = [
  fileSystemEncrypted,
];
