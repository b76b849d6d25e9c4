import type { Check } from '../../src/check/define.js';
import accountPublicAccessBlock from './account-public-access-block.js';
import bucketAccessLoggingEnabled from './bucket-access-logging-enabled.js';
import bucketInAllowedRegion from './bucket-in-allowed-region.js';
import bucketMfaDelete from './bucket-mfa-delete.js';
import bucketNotPublic from './bucket-not-public.js';
import bucketPublicAccessBlock from './bucket-public-access-block.js';
import bucketSecureTransport from './bucket-secure-transport.js';

/** Built-in s3 checks, sorted by id. */
export const s3Checks: readonly Check[] = [
  accountPublicAccessBlock,
  bucketAccessLoggingEnabled,
  bucketInAllowedRegion,
  bucketMfaDelete,
  bucketNotPublic,
  bucketPublicAccessBlock,
  bucketSecureTransport,
];
