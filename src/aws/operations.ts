/**
 * Every AWS operation the scan may call, with the IAM action it needs. The request path refuses
 * any operation not listed here, so this table is exactly what the scan can do: `srm-audit policy`
 * is generated from it, and a test asserts every entry is read-only.
 */
export const SERVICE_KEYS = [
  'sts', 'iam', 's3', 's3control', 'ec2', 'cloudtrail',
  'lambda', 'apigateway', 'apigatewayv2', 'wafv2', 'guardduty', 'securityhub', 'accessanalyzer', 'config', 'logs', 'cloudwatch', 'sns', 'kms', 'rds', 'efs', 'ssm', 'organizations',
  'ecr', 'ecs', 'eks', 'elbv2', 'elb', 'cloudfront', 'acm', 'dynamodb', 'sqs', 'secretsmanager', 'elasticache', 'redshift', 'opensearch', 'backup', 'tagging',
] as const;
export type ServiceKey = (typeof SERVICE_KEYS)[number];

export interface OperationSpec {
  readonly iamAction: string;
  /** Why the scan needs it: shown by `srm-audit policy --explain`. */
  readonly purpose: string;
  /** Resources to grant the action on, where '*' would grant more than reads of what the scan needs. */
  readonly resources?: readonly string[];
}

/**
 * API Gateway authorizes reads by HTTP verb: apigateway:GET on '*' would also allow reading API key
 * values (GET /apikeys?includeValues=true). The scan reads only REST and v2 APIs.
 */
const API_GATEWAY_APIS = ['arn:aws:apigateway:*::/restapis', 'arn:aws:apigateway:*::/restapis/*', 'arn:aws:apigateway:*::/apis', 'arn:aws:apigateway:*::/apis/*'];

export const OPERATIONS: Readonly<Record<`${ServiceKey}:${string}`, OperationSpec>> = {
  'sts:GetCallerIdentity': { iamAction: 'sts:GetCallerIdentity', purpose: 'account id of the scanned identity' },

  'iam:GenerateCredentialReport': { iamAction: 'iam:GenerateCredentialReport', purpose: 'start building the credential report (read-only report generation)' },
  'iam:GetCredentialReport': { iamAction: 'iam:GetCredentialReport', purpose: 'root and user credential state: MFA, keys, last use' },
  'iam:GetAccountPasswordPolicy': { iamAction: 'iam:GetAccountPasswordPolicy', purpose: 'password policy' },
  'iam:GetAccountSummary': { iamAction: 'iam:GetAccountSummary', purpose: 'root MFA and root access key presence' },
  'iam:GetAccountAuthorizationDetails': { iamAction: 'iam:GetAccountAuthorizationDetails', purpose: 'users, groups, roles and policies in one bulk call' },
  'iam:ListServerCertificates': { iamAction: 'iam:ListServerCertificates', purpose: 'server certificates stored in IAM and their expiry' },
  'iam:ListVirtualMFADevices': { iamAction: 'iam:ListVirtualMFADevices', purpose: 'whether root MFA is a virtual or hardware device' },

  's3:ListBuckets': { iamAction: 's3:ListAllMyBuckets', purpose: 'bucket list with regions' },
  's3:GetBucketLocation': { iamAction: 's3:GetBucketLocation', purpose: 'bucket region where ListBuckets does not return it' },
  's3:GetPublicAccessBlock': { iamAction: 's3:GetBucketPublicAccessBlock', purpose: 'bucket Block Public Access settings' },
  's3:GetBucketPolicy': { iamAction: 's3:GetBucketPolicy', purpose: 'bucket policy document' },
  's3:GetBucketPolicyStatus': { iamAction: 's3:GetBucketPolicyStatus', purpose: 'whether S3 judges the bucket policy public' },
  's3:GetBucketAcl': { iamAction: 's3:GetBucketAcl', purpose: 'bucket ACL grants' },
  's3:GetBucketEncryption': { iamAction: 's3:GetEncryptionConfiguration', purpose: 'default encryption' },
  's3:GetBucketVersioning': { iamAction: 's3:GetBucketVersioning', purpose: 'versioning and MFA delete' },
  's3:GetBucketLogging': { iamAction: 's3:GetBucketLogging', purpose: 'server access logging' },
  's3:GetObjectLockConfiguration': { iamAction: 's3:GetBucketObjectLockConfiguration', purpose: 'Object Lock (WORM) retention of the trail bucket' },
  's3control:GetPublicAccessBlock': { iamAction: 's3:GetAccountPublicAccessBlock', purpose: 'account-level Block Public Access' },

  'ec2:DescribeRegions': { iamAction: 'ec2:DescribeRegions', purpose: 'enabled regions of the account' },
  'ec2:DescribeSecurityGroups': { iamAction: 'ec2:DescribeSecurityGroups', purpose: 'security group rules' },
  'ec2:DescribeNetworkAcls': { iamAction: 'ec2:DescribeNetworkAcls', purpose: 'network ACL entries' },
  'ec2:DescribeVpcs': { iamAction: 'ec2:DescribeVpcs', purpose: 'VPC list' },
  'ec2:DescribeFlowLogs': { iamAction: 'ec2:DescribeFlowLogs', purpose: 'VPC flow logs' },
  'ec2:DescribeInstances': { iamAction: 'ec2:DescribeInstances', purpose: 'instances, metadata options, public addresses' },
  'ec2:DescribeVolumes': { iamAction: 'ec2:DescribeVolumes', purpose: 'EBS volume encryption' },
  'ec2:GetEbsEncryptionByDefault': { iamAction: 'ec2:GetEbsEncryptionByDefault', purpose: 'EBS encryption by default' },
  'ec2:DescribeSnapshots': { iamAction: 'ec2:DescribeSnapshots', purpose: 'own EBS snapshots' },
  'ec2:DescribeSnapshotAttribute': { iamAction: 'ec2:DescribeSnapshotAttribute', purpose: 'who may create volumes from a snapshot' },
  'ec2:DescribeImages': { iamAction: 'ec2:DescribeImages', purpose: 'creation date of the AMIs running instances were launched from' },
  'ec2:GetInstanceMetadataDefaults': { iamAction: 'ec2:GetInstanceMetadataDefaults', purpose: 'account-level instance metadata (IMDS) defaults per region' },

  'cloudtrail:DescribeTrails': { iamAction: 'cloudtrail:DescribeTrails', purpose: 'trails, including shadow trails' },
  'cloudtrail:GetTrailStatus': { iamAction: 'cloudtrail:GetTrailStatus', purpose: 'whether a trail is logging' },
  'cloudtrail:GetEventSelectors': { iamAction: 'cloudtrail:GetEventSelectors', purpose: 'management and data event selectors' },
  'cloudtrail:GetInsightSelectors': { iamAction: 'cloudtrail:GetInsightSelectors', purpose: 'insight event types of a trail' },

  // --- lambda
  'lambda:ListFunctions': { iamAction: 'lambda:ListFunctions', purpose: 'functions of the region: runtime, role, environment variables, KMS key, DLQ' },
  'lambda:GetFunctionUrlConfig': { iamAction: 'lambda:GetFunctionUrlConfig', purpose: 'function URL and its auth type' },
  'lambda:GetPolicy': { iamAction: 'lambda:GetPolicy', purpose: 'function resource-based policy (who may invoke it)' },
  'lambda:ListTags': { iamAction: 'lambda:ListTags', purpose: 'function tags (data classification)' },
  'lambda:GetFunctionEventInvokeConfig': { iamAction: 'lambda:GetFunctionEventInvokeConfig', purpose: 'asynchronous invocation failure destination' },
  'lambda:ListCodeSigningConfigs': { iamAction: 'lambda:ListCodeSigningConfigs', purpose: 'code signing configurations and their policy for unsigned code' },
  'lambda:ListFunctionsByCodeSigningConfig': { iamAction: 'lambda:ListFunctionsByCodeSigningConfig', purpose: 'which functions each code signing configuration applies to' },

  // --- apigateway
  'apigateway:GetRestApis': { iamAction: 'apigateway:GET', purpose: 'REST APIs of the region: endpoint types and resource policy', resources: API_GATEWAY_APIS },
  'apigateway:GetResources': { iamAction: 'apigateway:GET', purpose: 'REST API resources with their methods embedded: authorization type, API key, request validator', resources: API_GATEWAY_APIS },
  'apigateway:GetStages': { iamAction: 'apigateway:GET', purpose: 'REST API stages: access log destination and WAF web ACL', resources: API_GATEWAY_APIS },

  // --- apigatewayv2
  'apigatewayv2:GetApis': { iamAction: 'apigateway:GET', purpose: 'HTTP and WebSocket APIs of the region', resources: API_GATEWAY_APIS },
  'apigatewayv2:GetRoutes': { iamAction: 'apigateway:GET', purpose: 'HTTP and WebSocket API routes and their authorization type', resources: API_GATEWAY_APIS },
  'apigatewayv2:GetStages': { iamAction: 'apigateway:GET', purpose: 'HTTP and WebSocket API stages: access log destination', resources: API_GATEWAY_APIS },

  // --- wafv2

  // --- guardduty
  'guardduty:ListDetectors': { iamAction: 'guardduty:ListDetectors', purpose: 'GuardDuty detectors of the region' },
  'guardduty:GetDetector': { iamAction: 'guardduty:GetDetector', purpose: 'whether the detector is enabled' },
  'guardduty:GetAdministratorAccount': { iamAction: 'guardduty:GetAdministratorAccount', purpose: 'the GuardDuty administrator account of a member account' },
  'guardduty:GetMasterAccount': { iamAction: 'guardduty:GetMasterAccount', purpose: 'the GuardDuty administrator account, where GetAdministratorAccount is not supported' },

  // --- securityhub
  'securityhub:DescribeHub': { iamAction: 'securityhub:DescribeHub', purpose: 'whether Security Hub is enabled in the region' },
  'securityhub:GetAdministratorAccount': { iamAction: 'securityhub:GetAdministratorAccount', purpose: 'the Security Hub administrator account of a member account' },

  // --- accessanalyzer
  'accessanalyzer:ListAnalyzers': { iamAction: 'access-analyzer:ListAnalyzers', purpose: 'IAM Access Analyzer analyzers of the region, their type and status' },

  // --- config
  'config:DescribeConfigurationRecorders': { iamAction: 'config:DescribeConfigurationRecorders', purpose: 'what AWS Config records' },
  'config:DescribeConfigurationRecorderStatus': { iamAction: 'config:DescribeConfigurationRecorderStatus', purpose: 'whether AWS Config is recording' },
  'config:DescribeDeliveryChannels': { iamAction: 'config:DescribeDeliveryChannels', purpose: 'where AWS Config delivers configuration history and snapshots' },
  'config:DescribeDeliveryChannelStatus': { iamAction: 'config:DescribeDeliveryChannelStatus', purpose: 'whether the last AWS Config deliveries succeeded' },
  'config:DescribeConfigurationAggregators': { iamAction: 'config:DescribeConfigurationAggregators', purpose: 'aggregators this account runs (organization-wide Config view)' },
  'config:DescribeAggregationAuthorizations': { iamAction: 'config:DescribeAggregationAuthorizations', purpose: 'aggregator accounts this account lets collect its Config data' },

  // --- logs
  'logs:DescribeLogGroups': { iamAction: 'logs:DescribeLogGroups', purpose: 'log groups and their retention' },
  'logs:DescribeMetricFilters': { iamAction: 'logs:DescribeMetricFilters', purpose: 'metric filters on the log groups trails deliver to' },

  // --- cloudwatch
  'cloudwatch:DescribeAlarms': { iamAction: 'cloudwatch:DescribeAlarms', purpose: 'metric alarms, their metrics and actions' },

  // --- sns
  'sns:ListSubscriptionsByTopic': { iamAction: 'sns:ListSubscriptionsByTopic', purpose: 'whether the topic an alarm notifies has a confirmed subscriber' },

  // --- kms
  'kms:ListKeys': { iamAction: 'kms:ListKeys', purpose: 'KMS keys of the region' },
  'kms:DescribeKey': { iamAction: 'kms:DescribeKey', purpose: 'key manager, spec, state and origin' },
  'kms:GetKeyRotationStatus': { iamAction: 'kms:GetKeyRotationStatus', purpose: 'automatic key rotation' },
  'kms:GetKeyPolicy': { iamAction: 'kms:GetKeyPolicy', purpose: 'key policy, for statements open to everyone' },

  // --- rds
  'rds:DescribeDBInstances': { iamAction: 'rds:DescribeDBInstances', purpose: 'DB instance encryption, public access, minor version upgrades' },

  // --- efs
  'efs:DescribeFileSystems': { iamAction: 'elasticfilesystem:DescribeFileSystems', purpose: 'EFS file system encryption' },

  // --- ssm
  'ssm:DescribeInstanceInformation': { iamAction: 'ssm:DescribeInstanceInformation', purpose: 'which EC2 instances are managed by Systems Manager, and their agent ping status' },
  'ssm:ListResourceComplianceSummaries': { iamAction: 'ssm:ListResourceComplianceSummaries', purpose: 'Patch Manager compliance summary per managed instance' },

  // --- organizations
  'organizations:DescribeOrganization': { iamAction: 'organizations:DescribeOrganization', purpose: 'the organization a member account belongs to (evidence for organization-managed services)' },
  'organizations:ListAccounts': { iamAction: 'organizations:ListAccounts', purpose: '--organization: the accounts of the organization to scan (management or delegated administrator account only)' },
  'organizations:ListAccountsForParent': { iamAction: 'organizations:ListAccountsForParent', purpose: '--organization with OU include/exclude filters: the accounts directly under an OU' },
  'organizations:ListChildren': { iamAction: 'organizations:ListChildren', purpose: '--organization with OU include/exclude filters: the child OUs of an OU (OU filters are recursive)' },
  'organizations:ListTagsForResource': { iamAction: 'organizations:ListTagsForResource', purpose: '--organization with tag include/exclude filters: the tags of each account' },

  // --- ecr

  // --- ecs

  // --- eks

  // --- elbv2

  // --- elb

  // --- cloudfront

  // --- acm

  // --- dynamodb

  // --- sqs

  // --- secretsmanager

  // --- elasticache

  // --- redshift

  // --- opensearch

  // --- backup

  // --- tagging
};

export function operationSpec(service: ServiceKey, operation: string): OperationSpec {
  const spec = OPERATIONS[`${service}:${operation}`];
  if (!spec) throw new Error(`BUG: ${service}:${operation} is not in src/aws/operations.ts; add it with its IAM action`);
  return spec;
}

/** Read-only operation names: the scan's own guarantee, asserted in tests. */
export const READ_ONLY_OPERATION = /^(Get|List|Describe|Generate(CredentialReport)$)/;
