import type { Check } from '../../src/check/define.js';
import autoMinorVersionUpgrade from './auto-minor-version-upgrade.js';
import instanceNotPublic from './instance-not-public.js';
import instanceStorageEncrypted from './instance-storage-encrypted.js';

/** Built-in rds checks, sorted by id. */
export const rdsChecks: readonly Check[] = [
  autoMinorVersionUpgrade,
  instanceNotPublic,
  instanceStorageEncrypted,
];
