/**
 * The CloudTrail event classes CIS asks to be monitored by a metric filter, an alarm and a
 * subscribed SNS topic (CIS AWS Foundations v3.0.0/v5.0.0 section 4, v7.0.0 section 5). A class
 * is defined by sample events, not by the benchmark's pattern text: a filter monitors the class
 * when it matches every `events` sample and none of the `benign` ones (see filter-pattern.ts).
 * The samples carry the fields the CIS patterns test, with the values CloudTrail really writes.
 */
import type { Event } from './filter-pattern.js';

export interface MonitoringClass {
  /** Completes "… are monitored" in titles and messages. */
  readonly title: string;
  /** The CIS recommendation's filter pattern, for remediation (any equivalent filter passes). */
  readonly cisPattern: string;
  readonly events: readonly Event[];
  readonly benign: readonly Event[];
}

const api = (eventSource: string, eventName: string, extra: Event = {}): Event => ({
  eventVersion: '1.09',
  eventSource,
  eventName,
  eventType: 'AwsApiCall',
  awsRegion: 'us-east-1',
  sourceIPAddress: '198.51.100.7',
  userIdentity: { type: 'IAMUser', arn: 'arn:aws:iam::111122223333:user/alice', userName: 'alice' },
  ...extra,
});
const calls = (source: string, names: readonly string[]) => names.map((n) => api(source, n));
const anyOf = (names: readonly string[], source?: string) =>
  `{ ${source ? `($.eventSource = ${source}) && (` : ''}${names.map((n) => `($.eventName = ${n})`).join(' || ')}${source ? ')' : ''} }`;

const IAM_POLICY_EVENTS = ['DeleteGroupPolicy', 'DeleteRolePolicy', 'DeleteUserPolicy', 'PutGroupPolicy', 'PutRolePolicy', 'PutUserPolicy', 'CreatePolicy',
  'DeletePolicy', 'CreatePolicyVersion', 'DeletePolicyVersion', 'AttachRolePolicy', 'DetachRolePolicy', 'AttachUserPolicy', 'DetachUserPolicy',
  'AttachGroupPolicy', 'DetachGroupPolicy'];
const TRAIL_EVENTS = ['CreateTrail', 'UpdateTrail', 'DeleteTrail', 'StartLogging', 'StopLogging'];
const KMS_EVENTS = ['DisableKey', 'ScheduleKeyDeletion'];
const S3_POLICY_EVENTS = ['PutBucketAcl', 'PutBucketPolicy', 'PutBucketCors', 'PutBucketLifecycle', 'PutBucketReplication', 'DeleteBucketPolicy',
  'DeleteBucketCors', 'DeleteBucketLifecycle', 'DeleteBucketReplication'];
const CONFIG_EVENTS = ['StopConfigurationRecorder', 'DeleteDeliveryChannel', 'PutDeliveryChannel', 'PutConfigurationRecorder'];
const SG_EVENTS = ['AuthorizeSecurityGroupIngress', 'AuthorizeSecurityGroupEgress', 'RevokeSecurityGroupIngress', 'RevokeSecurityGroupEgress',
  'CreateSecurityGroup', 'DeleteSecurityGroup'];
const NACL_EVENTS = ['CreateNetworkAcl', 'CreateNetworkAclEntry', 'DeleteNetworkAcl', 'DeleteNetworkAclEntry', 'ReplaceNetworkAclEntry',
  'ReplaceNetworkAclAssociation'];
const GATEWAY_EVENTS = ['CreateCustomerGateway', 'DeleteCustomerGateway', 'AttachInternetGateway', 'CreateInternetGateway', 'DeleteInternetGateway',
  'DetachInternetGateway'];
const ROUTE_EVENTS = ['CreateRoute', 'CreateRouteTable', 'ReplaceRoute', 'ReplaceRouteTableAssociation', 'DeleteRouteTable', 'DeleteRoute',
  'DisassociateRouteTable'];
// The CIS pattern also names the ClassicLink calls (AttachClassicLinkVpc, …). EC2-Classic was retired
// in 2022 and those calls can no longer succeed, so a filter without them is not a gap.
const VPC_EVENTS = ['CreateVpc', 'DeleteVpc', 'ModifyVpcAttribute', 'AcceptVpcPeeringConnection', 'CreateVpcPeeringConnection',
  'DeleteVpcPeeringConnection', 'RejectVpcPeeringConnection'];
const ORG_EVENTS = ['AcceptHandshake', 'AttachPolicy', 'CreateAccount', 'CreateOrganizationalUnit', 'CreatePolicy', 'DeclineHandshake',
  'DeleteOrganization', 'DeleteOrganizationalUnit', 'DeletePolicy', 'DetachPolicy', 'DisablePolicyType', 'EnablePolicyType',
  'InviteAccountToOrganization', 'LeaveOrganization', 'MoveAccount', 'RemoveAccountFromOrganization', 'UpdatePolicy', 'UpdateOrganizationalUnit'];

const consoleLogin = (extra: Event): Event => api('signin.amazonaws.com', 'ConsoleLogin', { eventType: 'AwsConsoleSignIn', ...extra });

export const MONITORING_CLASSES = {
  'unauthorized-api-calls': {
    title: 'unauthorized API calls',
    cisPattern: '{ ($.errorCode = "*UnauthorizedOperation") || ($.errorCode = "AccessDenied*") && ($.sourceIPAddress != "delivery.logs.amazonaws.com") && ($.eventName != "HeadBucket") }',
    events: [
      api('ec2.amazonaws.com', 'RunInstances', { errorCode: 'Client.UnauthorizedOperation', errorMessage: 'You are not authorized to perform this operation.' }),
      api('s3.amazonaws.com', 'GetObject', { errorCode: 'AccessDenied', errorMessage: 'Access Denied' }),
      api('iam.amazonaws.com', 'ListUsers', { errorCode: 'AccessDenied', errorMessage: 'User is not authorized to perform iam:ListUsers' }),
    ],
    benign: [api('ec2.amazonaws.com', 'DescribeInstances'), api('s3.amazonaws.com', 'GetObject')],
  },
  'console-signin-without-mfa': {
    title: 'console sign-ins without MFA',
    cisPattern: '{ ($.eventName = "ConsoleLogin") && ($.additionalEventData.MFAUsed != "Yes") && ($.userIdentity.type = "IAMUser") && ($.responseElements.ConsoleLogin = "Success") }',
    events: [consoleLogin({ additionalEventData: { MFAUsed: 'No', LoginTo: 'https://console.aws.amazon.com/' }, responseElements: { ConsoleLogin: 'Success' } })],
    benign: [
      consoleLogin({ additionalEventData: { MFAUsed: 'Yes', LoginTo: 'https://console.aws.amazon.com/' }, responseElements: { ConsoleLogin: 'Success' } }),
      api('ec2.amazonaws.com', 'DescribeInstances'),
    ],
  },
  'root-account-usage': {
    title: 'uses of the root user',
    cisPattern: '{ $.userIdentity.type = "Root" && $.userIdentity.invokedBy NOT EXISTS && $.eventType != "AwsServiceEvent" }',
    events: [
      api('iam.amazonaws.com', 'CreateAccessKey', { userIdentity: { type: 'Root', arn: 'arn:aws:iam::111122223333:root', principalId: '111122223333' } }),
      consoleLogin({ userIdentity: { type: 'Root', arn: 'arn:aws:iam::111122223333:root', principalId: '111122223333' }, responseElements: { ConsoleLogin: 'Success' } }),
    ],
    benign: [
      api('iam.amazonaws.com', 'CreateAccessKey'),
      api('s3.amazonaws.com', 'PutObject', { eventType: 'AwsServiceEvent', userIdentity: { type: 'Root', invokedBy: 's3.amazonaws.com' } }),
    ],
  },
  'iam-policy-changes': {
    title: 'IAM policy changes',
    cisPattern: anyOf(IAM_POLICY_EVENTS),
    events: calls('iam.amazonaws.com', IAM_POLICY_EVENTS),
    benign: calls('iam.amazonaws.com', ['ListPolicies', 'GetPolicyVersion', 'CreateUser']),
  },
  'cloudtrail-changes': {
    title: 'CloudTrail configuration changes',
    cisPattern: anyOf(TRAIL_EVENTS),
    events: calls('cloudtrail.amazonaws.com', TRAIL_EVENTS),
    benign: calls('cloudtrail.amazonaws.com', ['DescribeTrails', 'GetTrailStatus', 'LookupEvents']),
  },
  'console-auth-failures': {
    title: 'console authentication failures',
    cisPattern: '{ ($.eventName = ConsoleLogin) && ($.errorMessage = "Failed authentication") }',
    events: [consoleLogin({ errorMessage: 'Failed authentication', responseElements: { ConsoleLogin: 'Failure' }, additionalEventData: { MFAUsed: 'No' } })],
    benign: [consoleLogin({ responseElements: { ConsoleLogin: 'Success' }, additionalEventData: { MFAUsed: 'Yes' } })],
  },
  'cmk-disable-or-deletion': {
    title: 'disabling or scheduled deletion of customer managed KMS keys',
    cisPattern: anyOf(KMS_EVENTS, 'kms.amazonaws.com'),
    events: calls('kms.amazonaws.com', KMS_EVENTS),
    benign: calls('kms.amazonaws.com', ['Decrypt', 'EnableKey', 'CancelKeyDeletion']),
  },
  's3-bucket-policy-changes': {
    title: 'S3 bucket policy changes',
    cisPattern: anyOf(S3_POLICY_EVENTS, 's3.amazonaws.com'),
    events: calls('s3.amazonaws.com', S3_POLICY_EVENTS),
    benign: calls('s3.amazonaws.com', ['GetBucketPolicy', 'PutObject', 'ListBuckets']),
  },
  'config-changes': {
    title: 'AWS Config configuration changes',
    cisPattern: anyOf(CONFIG_EVENTS, 'config.amazonaws.com'),
    events: calls('config.amazonaws.com', CONFIG_EVENTS),
    benign: calls('config.amazonaws.com', ['DescribeConfigurationRecorders', 'StartConfigurationRecorder']),
  },
  'security-group-changes': {
    title: 'security group changes',
    cisPattern: anyOf(SG_EVENTS),
    events: calls('ec2.amazonaws.com', SG_EVENTS),
    benign: calls('ec2.amazonaws.com', ['DescribeSecurityGroups', 'RunInstances']),
  },
  'nacl-changes': {
    title: 'network ACL changes',
    cisPattern: anyOf(NACL_EVENTS),
    events: calls('ec2.amazonaws.com', NACL_EVENTS),
    benign: calls('ec2.amazonaws.com', ['DescribeNetworkAcls', 'RunInstances']),
  },
  'network-gateway-changes': {
    title: 'network gateway changes',
    cisPattern: anyOf(GATEWAY_EVENTS),
    events: calls('ec2.amazonaws.com', GATEWAY_EVENTS),
    benign: calls('ec2.amazonaws.com', ['DescribeInternetGateways', 'RunInstances']),
  },
  'route-table-changes': {
    title: 'route table changes',
    cisPattern: anyOf(ROUTE_EVENTS, 'ec2.amazonaws.com'),
    events: calls('ec2.amazonaws.com', ROUTE_EVENTS),
    benign: calls('ec2.amazonaws.com', ['DescribeRouteTables', 'RunInstances']),
  },
  'vpc-changes': {
    title: 'VPC changes',
    cisPattern: anyOf(VPC_EVENTS),
    events: calls('ec2.amazonaws.com', VPC_EVENTS),
    benign: calls('ec2.amazonaws.com', ['DescribeVpcs', 'RunInstances']),
  },
  'organizations-changes': {
    title: 'AWS Organizations changes',
    cisPattern: anyOf(ORG_EVENTS, 'organizations.amazonaws.com'),
    events: calls('organizations.amazonaws.com', ORG_EVENTS),
    benign: calls('organizations.amazonaws.com', ['DescribeOrganization', 'ListAccounts']),
  },
} as const satisfies Record<string, MonitoringClass>;

export type MonitoringClassId = keyof typeof MONITORING_CLASSES;
