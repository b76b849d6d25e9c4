/**
 * Every AWS operation the scan may call, with the IAM action it needs. The request path refuses
 * any operation not listed here, so this table is exactly what the scan can do: `srm-audit policy`
 * is generated from it, and a test asserts every entry is read-only.
 */
export const SERVICE_KEYS = [
  'sts', 'iam', 's3', 's3control', 'ec2', 'cloudtrail',
  'lambda', 'apigateway', 'apigatewayv2', 'wafv2', 'guardduty', 'securityhub', 'accessanalyzer', 'config', 'logs', 'cloudwatch', 'sns', 'kms', 'rds', 'efs', 'ssm', 'organizations',
  'ecr', 'ecs', 'eks', 'elbv2', 'elb', 'cloudfront', 'acm', 'dynamodb', 'sqs', 'secretsmanager', 'elasticache', 'redshift', 'opensearch', 'backup', 'tagging',
  'codebuild', 'athena', 'glue', 'cognitoidp', 'sagemaker', 'route53', 'emr',
  'kinesis', 'firehose', 'sfn', 'eventbridge', 'mq',
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
  's3:GetObjectLockConfiguration': { iamAction: 's3:GetBucketObjectLockConfiguration', purpose: 'Object Lock (WORM) retention of the trail bucket and of evidence buckets' },
  's3:GetBucketTagging': { iamAction: 's3:GetBucketTagging', purpose: 'bucket tags naming its data classification or purpose' },
  's3:GetBucketOwnershipControls': { iamAction: 's3:GetBucketOwnershipControls', purpose: 'Object Ownership (whether ACLs are disabled)' },
  's3control:GetPublicAccessBlock': { iamAction: 's3:GetAccountPublicAccessBlock', purpose: 'account-level Block Public Access' },

  'ec2:DescribeRegions': { iamAction: 'ec2:DescribeRegions', purpose: 'enabled regions of the account' },
  'ec2:DescribeSecurityGroups': { iamAction: 'ec2:DescribeSecurityGroups', purpose: 'security group rules' },
  'ec2:DescribeNetworkAcls': { iamAction: 'ec2:DescribeNetworkAcls', purpose: 'network ACL entries' },
  'ec2:DescribeVpcs': { iamAction: 'ec2:DescribeVpcs', purpose: 'VPC list' },
  'ec2:DescribeSubnets': { iamAction: 'ec2:DescribeSubnets', purpose: 'subnets that assign public IPv4 addresses on launch (where EFS mount targets sit)' },
  'ec2:DescribeFlowLogs': { iamAction: 'ec2:DescribeFlowLogs', purpose: 'VPC flow logs' },
  'ec2:DescribeInstances': { iamAction: 'ec2:DescribeInstances', purpose: 'instances, metadata options, public addresses' },
  'ec2:DescribeNetworkInterfaces': { iamAction: 'ec2:DescribeNetworkInterfaces', purpose: 'network interfaces: which security groups are attached, what runs in the default VPC' },
  'ec2:DescribeLaunchTemplateVersions': { iamAction: 'ec2:DescribeLaunchTemplateVersions', purpose: 'metadata options of the default and latest launch template versions' },
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
  'wafv2:GetWebACLForResource': { iamAction: 'wafv2:GetWebACLForResource', purpose: 'the AWS WAF web ACL protecting an internet-facing Application Load Balancer' },

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
  'sns:ListTopics': { iamAction: 'sns:ListTopics', purpose: 'SNS topics of the region' },
  'sns:GetTopicAttributes': { iamAction: 'sns:GetTopicAttributes', purpose: 'topic encryption key (KmsMasterKeyId) and access policy' },

  // --- kms
  'kms:ListKeys': { iamAction: 'kms:ListKeys', purpose: 'KMS keys of the region' },
  'kms:DescribeKey': { iamAction: 'kms:DescribeKey', purpose: 'key manager, spec, state and origin' },
  'kms:GetKeyRotationStatus': { iamAction: 'kms:GetKeyRotationStatus', purpose: 'automatic key rotation' },
  'kms:GetKeyPolicy': { iamAction: 'kms:GetKeyPolicy', purpose: 'key policy, for statements open to everyone' },

  // --- rds
  'rds:DescribeDBInstances': { iamAction: 'rds:DescribeDBInstances', purpose: 'DB instance encryption, public access, minor version upgrades, backups, deletion protection, IAM authentication, log exports, Multi-AZ, tags' },
  'rds:DescribeDBClusters': { iamAction: 'rds:DescribeDBClusters', purpose: 'Aurora and Multi-AZ cluster settings that their instances inherit' },
  'rds:DescribeDBSnapshots': { iamAction: 'rds:DescribeDBSnapshots', purpose: 'own DB snapshots: encryption, type' },
  'rds:DescribeDBClusterSnapshots': { iamAction: 'rds:DescribeDBClusterSnapshots', purpose: 'own DB cluster snapshots: encryption, type' },
  'rds:DescribeDBSnapshotAttributes': { iamAction: 'rds:DescribeDBSnapshotAttributes', purpose: 'who may restore a manual DB snapshot (public when "all")' },
  'rds:DescribeDBClusterSnapshotAttributes': { iamAction: 'rds:DescribeDBClusterSnapshotAttributes', purpose: 'who may restore a manual DB cluster snapshot (public when "all")' },

  // --- efs
  'efs:DescribeFileSystems': { iamAction: 'elasticfilesystem:DescribeFileSystems', purpose: 'EFS file system encryption' },
  'efs:DescribeAccessPoints': { iamAction: 'elasticfilesystem:DescribeAccessPoints', purpose: 'access points of each file system: enforced root directory and POSIX user' },
  'efs:DescribeMountTargets': { iamAction: 'elasticfilesystem:DescribeMountTargets', purpose: 'mount targets of each file system and the subnets they sit in' },
  'efs:DescribeBackupPolicy': { iamAction: 'elasticfilesystem:DescribeBackupPolicy', purpose: 'whether a file system has automatic backups (backup policy) on' },

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
  'ecr:DescribeRepositories': { iamAction: 'ecr:DescribeRepositories', purpose: 'private repositories of the region: scan on push, tag mutability, encryption' },
  'ecr:GetRepositoryPolicy': { iamAction: 'ecr:GetRepositoryPolicy', purpose: 'repository policy (who outside the account may pull or push images)' },
  'ecr:GetLifecyclePolicy': { iamAction: 'ecr:GetLifecyclePolicy', purpose: 'whether a repository has a lifecycle policy expiring old images' },
  'ecr:GetRegistryScanningConfiguration': { iamAction: 'ecr:GetRegistryScanningConfiguration', purpose: 'registry scan type (basic or enhanced) and its repository filters' },
  'ecr:ListTagsForResource': { iamAction: 'ecr:ListTagsForResource', purpose: 'repository tags naming its data classification (customer managed key required)' },

  // --- ecs
  'ecs:ListClusters': { iamAction: 'ecs:ListClusters', purpose: 'cluster ARNs of the region' },
  'ecs:DescribeClusters': { iamAction: 'ecs:DescribeClusters', purpose: 'cluster settings (Container Insights), 100 clusters a call' },
  'ecs:ListTaskDefinitionFamilies': { iamAction: 'ecs:ListTaskDefinitionFamilies', purpose: 'task definition families with an active revision' },
  'ecs:DescribeTaskDefinition': { iamAction: 'ecs:DescribeTaskDefinition', purpose: 'latest active revision of each family: container privileges, user, root filesystem, environment, logging' },
  'ecs:ListServices': { iamAction: 'ecs:ListServices', purpose: 'service ARNs of each cluster' },
  'ecs:DescribeServices': { iamAction: 'ecs:DescribeServices', purpose: 'service network configuration (public IP assignment), 10 services a call' },

  // --- eks
  'eks:ListClusters': { iamAction: 'eks:ListClusters', purpose: 'EKS cluster names of the region' },
  'eks:DescribeCluster': { iamAction: 'eks:DescribeCluster', purpose: 'endpoint access, control-plane logging, secrets encryption and Kubernetes version of a cluster' },

  // --- elbv2
  'elbv2:DescribeLoadBalancers': { iamAction: 'elasticloadbalancing:DescribeLoadBalancers', purpose: 'Application, Network and Gateway Load Balancers of the region: type and scheme' },
  'elbv2:DescribeListeners': { iamAction: 'elasticloadbalancing:DescribeListeners', purpose: 'listeners of a load balancer: protocol, TLS security policy, default actions' },
  'elbv2:DescribeLoadBalancerAttributes': { iamAction: 'elasticloadbalancing:DescribeLoadBalancerAttributes', purpose: 'access logs, deletion protection and invalid-header handling of a load balancer' },

  // --- elb
  'elb:DescribeLoadBalancers': { iamAction: 'elasticloadbalancing:DescribeLoadBalancers', purpose: 'Classic Load Balancers of the region and their listeners' },
  'elb:DescribeLoadBalancerAttributes': { iamAction: 'elasticloadbalancing:DescribeLoadBalancerAttributes', purpose: 'access logs of a Classic Load Balancer' },
  'elb:DescribeLoadBalancerPolicies': { iamAction: 'elasticloadbalancing:DescribeLoadBalancerPolicies', purpose: 'TLS negotiation policies (protocols, ciphers) of a Classic Load Balancer' },

  // --- cloudfront
  'cloudfront:ListDistributions': { iamAction: 'cloudfront:ListDistributions', purpose: 'CloudFront distributions of the account (summaries)' },
  'cloudfront:GetDistributionConfig': { iamAction: 'cloudfront:GetDistributionConfig', purpose: 'a distribution\'s full configuration: viewer and origin protocols, TLS policy, origin access, web ACL, logging' },

  // --- acm
  'acm:ListCertificates': { iamAction: 'acm:ListCertificates', purpose: 'ACM certificates of the region of every key type: status, key algorithm, expiry, whether in use' },
  'acm:DescribeCertificate': { iamAction: 'acm:DescribeCertificate', purpose: 'a certificate\'s signature algorithm and the resources using it' },

  // --- dynamodb
  'dynamodb:ListTables': { iamAction: 'dynamodb:ListTables', purpose: 'DynamoDB tables of the region' },
  'dynamodb:DescribeTable': { iamAction: 'dynamodb:DescribeTable', purpose: 'table encryption (SSEDescription) and deletion protection' },
  'dynamodb:DescribeContinuousBackups': { iamAction: 'dynamodb:DescribeContinuousBackups', purpose: 'point-in-time recovery of a table' },
  'dynamodb:ListTagsOfResource': { iamAction: 'dynamodb:ListTagsOfResource', purpose: 'table tags (data classification)' },

  // --- sqs
  'sqs:ListQueues': { iamAction: 'sqs:ListQueues', purpose: 'SQS queues of the region' },
  'sqs:GetQueueAttributes': { iamAction: 'sqs:GetQueueAttributes', purpose: 'queue encryption (SqsManagedSseEnabled, KmsMasterKeyId) and access policy; never messages' },

  // --- secretsmanager
  'secretsmanager:ListSecrets': { iamAction: 'secretsmanager:ListSecrets', purpose: 'secrets of the region with rotation settings and last rotated/accessed dates (metadata only, never values)' },
  'secretsmanager:GetResourcePolicy': { iamAction: 'secretsmanager:GetResourcePolicy', purpose: 'resource-based policy of a secret (who else may read it)' },

  // --- elasticache
  'elasticache:DescribeReplicationGroups': { iamAction: 'elasticache:DescribeReplicationGroups', purpose: 'Redis OSS / Valkey replication groups: encryption in transit and at rest, AUTH token, RBAC user groups' },
  'elasticache:DescribeCacheClusters': { iamAction: 'elasticache:DescribeCacheClusters', purpose: 'cache clusters outside any replication group (memcached, standalone Redis OSS): encryption and AUTH' },

  // --- redshift
  'redshift:DescribeClusters': { iamAction: 'redshift:DescribeClusters', purpose: 'provisioned clusters: public accessibility, encryption, parameter groups' },
  'redshift:DescribeLoggingStatus': { iamAction: 'redshift:DescribeLoggingStatus', purpose: 'whether a cluster delivers audit logs (connection, user, user activity)' },
  'redshift:DescribeClusterParameters': { iamAction: 'redshift:DescribeClusterParameters', purpose: 'require_ssl of the parameter groups clusters use' },

  // --- opensearch
  'opensearch:ListDomainNames': { iamAction: 'es:ListDomainNames', purpose: 'OpenSearch Service domains of the region' },
  'opensearch:DescribeDomains': { iamAction: 'es:DescribeDomains', purpose: 'domain configuration (5 a call): VPC, access policy, encryption, TLS policy, audit logs, fine-grained access control' },

  // --- backup
  'backup:ListBackupVaults': { iamAction: 'backup:ListBackupVaults', purpose: 'backup vaults and their Vault Lock state (Locked, retention bounds, LockDate)' },
  'backup:ListBackupPlans': { iamAction: 'backup:ListBackupPlans', purpose: 'backup plans of the region' },
  'backup:ListBackupSelections': { iamAction: 'backup:ListBackupSelections', purpose: 'resource selections of each backup plan' },
  'backup:GetBackupSelection': { iamAction: 'backup:GetBackupSelection', purpose: 'which resources a selection assigns (ARNs, tag conditions, exclusions)' },

  // --- codebuild
  'codebuild:ListProjects': { iamAction: 'codebuild:ListProjects', purpose: 'names of the build projects of the region' },
  'codebuild:BatchGetProjects': { iamAction: 'codebuild:BatchGetProjects', purpose: 'project configuration (100 a call): source locations, environment variables, privileged mode, logs (never builds or their logs)' },

  // --- athena
  'athena:ListWorkGroups': { iamAction: 'athena:ListWorkGroups', purpose: 'Athena workgroups of the region' },
  'athena:GetWorkGroup': { iamAction: 'athena:GetWorkGroup', purpose: 'workgroup configuration: query result encryption, whether clients may override it' },

  // --- glue
  'glue:GetDataCatalogEncryptionSettings': { iamAction: 'glue:GetDataCatalogEncryptionSettings', purpose: 'Data Catalog encryption at rest and connection password encryption of the region' },

  // --- cognito user pools
  'cognitoidp:ListUserPools': { iamAction: 'cognito-idp:ListUserPools', purpose: 'Cognito user pools of the region' },
  'cognitoidp:DescribeUserPool': { iamAction: 'cognito-idp:DescribeUserPool', purpose: 'user pool settings: MFA, password policy, threat protection (no users, no app client secrets)' },

  // --- sagemaker
  'sagemaker:ListNotebookInstances': { iamAction: 'sagemaker:ListNotebookInstances', purpose: 'SageMaker notebook instances of the region' },
  'sagemaker:DescribeNotebookInstance': { iamAction: 'sagemaker:DescribeNotebookInstance', purpose: 'notebook instance settings: direct internet access, root access, subnet, KMS key' },

  // --- route53
  'route53:ListHostedZones': { iamAction: 'route53:ListHostedZones', purpose: 'hosted zones of the account (public or private)' },
  'route53:ListQueryLoggingConfigs': { iamAction: 'route53:ListQueryLoggingConfigs', purpose: 'DNS query logging configurations of every hosted zone, in one listing' },

  // --- emr
  'emr:GetBlockPublicAccessConfiguration': { iamAction: 'elasticmapreduce:GetBlockPublicAccessConfiguration', purpose: 'EMR block public access of the region and the ports it still permits' },

  // --- tagging
  'tagging:GetResources': { iamAction: 'tag:GetResources', purpose: 'the tagged resources of each region: which services are in use, to name those no check judges' },

  // --- kinesis
  'kinesis:ListStreams': { iamAction: 'kinesis:ListStreams', purpose: 'Kinesis data streams of the region' },
  'kinesis:DescribeStreamSummary': { iamAction: 'kinesis:DescribeStreamSummary', purpose: 'stream encryption (type, KMS key) and retention period, without the shard list' },

  // --- firehose
  'firehose:ListDeliveryStreams': { iamAction: 'firehose:ListDeliveryStreams', purpose: 'Firehose streams of the region' },
  'firehose:DescribeDeliveryStream': { iamAction: 'firehose:DescribeDeliveryStream', purpose: 'Firehose stream source type and server-side encryption' },

  // --- sfn
  'sfn:ListStateMachines': { iamAction: 'states:ListStateMachines', purpose: 'Step Functions state machines of the region' },
  'sfn:DescribeStateMachine': { iamAction: 'states:DescribeStateMachine', purpose: 'logging level and destinations, X-Ray tracing (asked METADATA_ONLY: no kms:Decrypt of an encrypted definition; the definition is dropped on arrival)' },

  // --- eventbridge
  'eventbridge:ListEventBuses': { iamAction: 'events:ListEventBuses', purpose: 'event buses of the region with their resource-based policies' },

  // --- mq
  'mq:ListBrokers': { iamAction: 'mq:ListBrokers', purpose: 'Amazon MQ brokers of the region' },
  'mq:DescribeBroker': { iamAction: 'mq:DescribeBroker', purpose: 'broker public accessibility, log publishing and automatic minor version upgrade (user names only, never passwords)' },
};

export function operationSpec(service: ServiceKey, operation: string): OperationSpec {
  const spec = OPERATIONS[`${service}:${operation}`];
  if (!spec) throw new Error(`BUG: ${service}:${operation} is not in src/aws/operations.ts; add it with its IAM action`);
  return spec;
}

/** Read-only operation names: the scan's own guarantee, asserted in tests. */
// BatchGetProjects is named as a whole: CodeBuild's only way to read a project's configuration,
// while other BatchGet* operations read data (ecr:BatchGetImage, the image manifest).
export const READ_ONLY_OPERATION = /^(Get|List|Describe|Generate(CredentialReport)$|BatchGetProjects$)/;
