import type { Check } from '../../src/check/define.js';
import accessKeysRotated from './access-keys-rotated.js';
import consoleUsersMfaEnabled from './console-users-mfa-enabled.js';
import noFullAdminPolicies from './no-full-admin-policies.js';
import passwordPolicyMinLength from './password-policy-min-length.js';
import passwordPolicyReusePrevention from './password-policy-reuse-prevention.js';
import rootAccessKeysAbsent from './root-access-keys-absent.js';
import rootHardwareMfaEnabled from './root-hardware-mfa-enabled.js';
import rootMfaEnabled from './root-mfa-enabled.js';
import rootUserUnused from './root-user-unused.js';
import serverCertificatesNotExpired from './server-certificates-not-expired.js';
import singleActiveAccessKey from './single-active-access-key.js';
import supportRoleExists from './support-role-exists.js';
import unusedCredentialsDisabled from './unused-credentials-disabled.js';
import userPermissionsThroughGroups from './user-permissions-through-groups.js';

/** Built-in iam checks, sorted by id. */
export const iamChecks: readonly Check[] = [
  accessKeysRotated,
  consoleUsersMfaEnabled,
  noFullAdminPolicies,
  passwordPolicyMinLength,
  passwordPolicyReusePrevention,
  rootAccessKeysAbsent,
  rootHardwareMfaEnabled,
  rootMfaEnabled,
  rootUserUnused,
  serverCertificatesNotExpired,
  singleActiveAccessKey,
  supportRoleExists,
  unusedCredentialsDisabled,
  userPermissionsThroughGroups,
];
