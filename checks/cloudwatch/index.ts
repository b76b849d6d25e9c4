import type { Check } from '../../src/check/define.js';
import alarmCloudtrailChanges from './alarm-cloudtrail-changes.js';
import alarmCmkDisableOrDeletion from './alarm-cmk-disable-or-deletion.js';
import alarmConfigChanges from './alarm-config-changes.js';
import alarmConsoleAuthFailures from './alarm-console-auth-failures.js';
import alarmConsoleSigninWithoutMfa from './alarm-console-signin-without-mfa.js';
import alarmIamPolicyChanges from './alarm-iam-policy-changes.js';
import alarmNaclChanges from './alarm-nacl-changes.js';
import alarmNetworkGatewayChanges from './alarm-network-gateway-changes.js';
import alarmOrganizationsChanges from './alarm-organizations-changes.js';
import alarmRootAccountUsage from './alarm-root-account-usage.js';
import alarmRouteTableChanges from './alarm-route-table-changes.js';
import alarmS3BucketPolicyChanges from './alarm-s3-bucket-policy-changes.js';
import alarmSecurityGroupChanges from './alarm-security-group-changes.js';
import alarmUnauthorizedApiCalls from './alarm-unauthorized-api-calls.js';
import alarmVpcChanges from './alarm-vpc-changes.js';

/** Built-in cloudwatch checks, sorted by id. */
export const cloudwatchChecks: readonly Check[] = [
  alarmCloudtrailChanges,
  alarmCmkDisableOrDeletion,
  alarmConfigChanges,
  alarmConsoleAuthFailures,
  alarmConsoleSigninWithoutMfa,
  alarmIamPolicyChanges,
  alarmNaclChanges,
  alarmNetworkGatewayChanges,
  alarmOrganizationsChanges,
  alarmRootAccountUsage,
  alarmRouteTableChanges,
  alarmS3BucketPolicyChanges,
  alarmSecurityGroupChanges,
  alarmUnauthorizedApiCalls,
  alarmVpcChanges,
];
