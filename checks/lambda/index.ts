import type { Check } from '../../src/check/define.js';
import asyncFailureDestination from './async-failure-destination.js';
import codeSigningEnforced from './code-signing-enforced.js';
import environmentCmkEncrypted from './environment-cmk-encrypted.js';
import executionRoleLeastPrivilege from './execution-role-least-privilege.js';
import executionRoleNotShared from './execution-role-not-shared.js';
import functionInAllowedRegion from './function-in-allowed-region.js';
import functionUrlAuth from './function-url-auth.js';
import noSecretsInEnvironment from './no-secrets-in-environment.js';
import resourcePolicyNotPublic from './resource-policy-not-public.js';
import runtimeSupported from './runtime-supported.js';

/** Built-in lambda checks, sorted by id. */
export const lambdaChecks: readonly Check[] = [
  asyncFailureDestination,
  codeSigningEnforced,
  environmentCmkEncrypted,
  executionRoleLeastPrivilege,
  executionRoleNotShared,
  functionInAllowedRegion,
  functionUrlAuth,
  noSecretsInEnvironment,
  resourcePolicyNotPublic,
  runtimeSupported,
];
