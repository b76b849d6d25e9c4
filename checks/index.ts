import type { Check } from '../src/check/define.js';
import { cloudtrailChecks } from './cloudtrail/index.js';
import { ec2Checks } from './ec2/index.js';
import { iamChecks } from './iam/index.js';
import { s3Checks } from './s3/index.js';

/**
 * The built-in checks. Each service folder keeps its own sorted list in index.ts;
 * test/structure.test.ts keeps every list equal to the files in its folder.
 */
export const builtinChecks: readonly Check[] = [...cloudtrailChecks, ...ec2Checks, ...iamChecks, ...s3Checks];
