import type { Check } from '../../src/check/define.js';
import kmsEncryption from './kms-encryption.js';
import logFileValidationEnabled from './log-file-validation-enabled.js';
import multiRegionTrailEnabled from './multi-region-trail-enabled.js';
import s3BucketAccessLogging from './s3-bucket-access-logging.js';
import s3BucketNotPublic from './s3-bucket-not-public.js';
import s3BucketObjectLock from './s3-bucket-object-lock.js';
import s3ObjectReadEvents from './s3-object-read-events.js';
import s3ObjectWriteEvents from './s3-object-write-events.js';
import trailLogging from './trail-logging.js';

/** Built-in cloudtrail checks, sorted by id. */
export const cloudtrailChecks: readonly Check[] = [
  kmsEncryption,
  logFileValidationEnabled,
  multiRegionTrailEnabled,
  s3BucketAccessLogging,
  s3BucketNotPublic,
  s3BucketObjectLock,
  s3ObjectReadEvents,
  s3ObjectWriteEvents,
  trailLogging,
];
