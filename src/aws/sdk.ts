import type { Command, MetadataBearer } from '@smithy/types';
import type { ServiceKey } from './operations.js';

/**
 * The SDK package behind each service key, loaded on first use. Importing every client package up
 * front cost about 1.5 s of a 1.7 s CLI start (`--version`, a replayed demo scan and every test
 * file paid it); a scan now loads only the packages of the services it calls, and a replay loads
 * none. `client` is the package's client class, `endpointEnv` the suffix of the SDK's own
 * AWS_ENDPOINT_URL_<SERVICE> variable.
 */
const SDK = {
  sts: { load: () => import('@aws-sdk/client-sts'), client: 'STSClient', endpointEnv: 'STS' },
  iam: { load: () => import('@aws-sdk/client-iam'), client: 'IAMClient', endpointEnv: 'IAM' },
  s3: { load: () => import('@aws-sdk/client-s3'), client: 'S3Client', endpointEnv: 'S3' },
  s3control: { load: () => import('@aws-sdk/client-s3-control'), client: 'S3ControlClient', endpointEnv: 'S3_CONTROL' },
  ec2: { load: () => import('@aws-sdk/client-ec2'), client: 'EC2Client', endpointEnv: 'EC2' },
  cloudtrail: { load: () => import('@aws-sdk/client-cloudtrail'), client: 'CloudTrailClient', endpointEnv: 'CLOUDTRAIL' },
  lambda: { load: () => import('@aws-sdk/client-lambda'), client: 'LambdaClient', endpointEnv: 'LAMBDA' },
  apigateway: { load: () => import('@aws-sdk/client-api-gateway'), client: 'APIGatewayClient', endpointEnv: 'API_GATEWAY' },
  apigatewayv2: { load: () => import('@aws-sdk/client-apigatewayv2'), client: 'ApiGatewayV2Client', endpointEnv: 'APIGATEWAYV2' },
  wafv2: { load: () => import('@aws-sdk/client-wafv2'), client: 'WAFV2Client', endpointEnv: 'WAFV2' },
  guardduty: { load: () => import('@aws-sdk/client-guardduty'), client: 'GuardDutyClient', endpointEnv: 'GUARDDUTY' },
  securityhub: { load: () => import('@aws-sdk/client-securityhub'), client: 'SecurityHubClient', endpointEnv: 'SECURITYHUB' },
  accessanalyzer: { load: () => import('@aws-sdk/client-accessanalyzer'), client: 'AccessAnalyzerClient', endpointEnv: 'ACCESSANALYZER' },
  config: { load: () => import('@aws-sdk/client-config-service'), client: 'ConfigServiceClient', endpointEnv: 'CONFIG_SERVICE' },
  logs: { load: () => import('@aws-sdk/client-cloudwatch-logs'), client: 'CloudWatchLogsClient', endpointEnv: 'CLOUDWATCH_LOGS' },
  cloudwatch: { load: () => import('@aws-sdk/client-cloudwatch'), client: 'CloudWatchClient', endpointEnv: 'CLOUDWATCH' },
  sns: { load: () => import('@aws-sdk/client-sns'), client: 'SNSClient', endpointEnv: 'SNS' },
  kms: { load: () => import('@aws-sdk/client-kms'), client: 'KMSClient', endpointEnv: 'KMS' },
  rds: { load: () => import('@aws-sdk/client-rds'), client: 'RDSClient', endpointEnv: 'RDS' },
  efs: { load: () => import('@aws-sdk/client-efs'), client: 'EFSClient', endpointEnv: 'EFS' },
  ssm: { load: () => import('@aws-sdk/client-ssm'), client: 'SSMClient', endpointEnv: 'SSM' },
  organizations: { load: () => import('@aws-sdk/client-organizations'), client: 'OrganizationsClient', endpointEnv: 'ORGANIZATIONS' },
  ecr: { load: () => import('@aws-sdk/client-ecr'), client: 'ECRClient', endpointEnv: 'ECR' },
  ecs: { load: () => import('@aws-sdk/client-ecs'), client: 'ECSClient', endpointEnv: 'ECS' },
  eks: { load: () => import('@aws-sdk/client-eks'), client: 'EKSClient', endpointEnv: 'EKS' },
  elbv2: { load: () => import('@aws-sdk/client-elastic-load-balancing-v2'), client: 'ElasticLoadBalancingV2Client', endpointEnv: 'ELASTIC_LOAD_BALANCING_V2' },
  elb: { load: () => import('@aws-sdk/client-elastic-load-balancing'), client: 'ElasticLoadBalancingClient', endpointEnv: 'ELASTIC_LOAD_BALANCING' },
  cloudfront: { load: () => import('@aws-sdk/client-cloudfront'), client: 'CloudFrontClient', endpointEnv: 'CLOUDFRONT' },
  acm: { load: () => import('@aws-sdk/client-acm'), client: 'ACMClient', endpointEnv: 'ACM' },
  dynamodb: { load: () => import('@aws-sdk/client-dynamodb'), client: 'DynamoDBClient', endpointEnv: 'DYNAMODB' },
  sqs: { load: () => import('@aws-sdk/client-sqs'), client: 'SQSClient', endpointEnv: 'SQS' },
  secretsmanager: { load: () => import('@aws-sdk/client-secrets-manager'), client: 'SecretsManagerClient', endpointEnv: 'SECRETS_MANAGER' },
  elasticache: { load: () => import('@aws-sdk/client-elasticache'), client: 'ElastiCacheClient', endpointEnv: 'ELASTICACHE' },
  redshift: { load: () => import('@aws-sdk/client-redshift'), client: 'RedshiftClient', endpointEnv: 'REDSHIFT' },
  opensearch: { load: () => import('@aws-sdk/client-opensearch'), client: 'OpenSearchClient', endpointEnv: 'OPENSEARCH' },
  backup: { load: () => import('@aws-sdk/client-backup'), client: 'BackupClient', endpointEnv: 'BACKUP' },
  tagging: { load: () => import('@aws-sdk/client-resource-groups-tagging-api'), client: 'ResourceGroupsTaggingAPIClient', endpointEnv: 'RESOURCE_GROUPS_TAGGING_API' },
  codebuild: { load: () => import('@aws-sdk/client-codebuild'), client: 'CodeBuildClient', endpointEnv: 'CODEBUILD' },
  athena: { load: () => import('@aws-sdk/client-athena'), client: 'AthenaClient', endpointEnv: 'ATHENA' },
  glue: { load: () => import('@aws-sdk/client-glue'), client: 'GlueClient', endpointEnv: 'GLUE' },
  cognitoidp: { load: () => import('@aws-sdk/client-cognito-identity-provider'), client: 'CognitoIdentityProviderClient', endpointEnv: 'COGNITO_IDENTITY_PROVIDER' },
  sagemaker: { load: () => import('@aws-sdk/client-sagemaker'), client: 'SageMakerClient', endpointEnv: 'SAGEMAKER' },
  route53: { load: () => import('@aws-sdk/client-route-53'), client: 'Route53Client', endpointEnv: 'ROUTE_53' },
  emr: { load: () => import('@aws-sdk/client-emr'), client: 'EMRClient', endpointEnv: 'EMR' },
  kinesis: { load: () => import('@aws-sdk/client-kinesis'), client: 'KinesisClient', endpointEnv: 'KINESIS' },
  firehose: { load: () => import('@aws-sdk/client-firehose'), client: 'FirehoseClient', endpointEnv: 'FIREHOSE' },
  sfn: { load: () => import('@aws-sdk/client-sfn'), client: 'SFNClient', endpointEnv: 'SFN' },
  eventbridge: { load: () => import('@aws-sdk/client-eventbridge'), client: 'EventBridgeClient', endpointEnv: 'EVENTBRIDGE' },
  mq: { load: () => import('@aws-sdk/client-mq'), client: 'MqClient', endpointEnv: 'MQ' },
} as const satisfies Record<ServiceKey, { load: () => Promise<object>; client: string; endpointEnv: string }>;

/** The loaded package of a service: its client, commands and types. */
export type SdkPackage<S extends ServiceKey> = Awaited<ReturnType<(typeof SDK)[S]['load']>>;

/* eslint-disable @typescript-eslint/no-explicit-any -- SDK command generics are erased at this one seam */
export type AnyCommand = Command<any, any, MetadataBearer, any, any>;
type CommandClass = abstract new (...args: any) => AnyCommand;
/* eslint-enable @typescript-eslint/no-explicit-any */

/** The operations a service's package has a command for: 'ListQueues' for ListQueuesCommand. */
export type OperationName<S extends ServiceKey> = {
  [K in keyof SdkPackage<S>]: K extends `${infer O}Command` ? (SdkPackage<S>[K] extends CommandClass ? O : never) : never;
}[keyof SdkPackage<S>];

type CommandOf<S extends ServiceKey, O extends OperationName<S>> = SdkPackage<S>[`${O}Command` & keyof SdkPackage<S>] extends abstract new (
  ...args: never[]
) => infer C
  ? C
  : never;

/** The request shape of an operation, exactly as the SDK's command takes it. */
export type OperationInput<S extends ServiceKey, O extends OperationName<S>> = CommandOf<S, O> extends { input: infer I } ? I : never;
/* eslint-disable @typescript-eslint/no-explicit-any -- as above */
/** The response shape of an operation, as the SDK's command resolves it. */
export type OperationOutput<S extends ServiceKey, O extends OperationName<S>> = CommandOf<S, O> extends Command<any, any, any, infer Out, any> ? Out : never;
/* eslint-enable @typescript-eslint/no-explicit-any */

/** What every SDK v3 client has; the request path needs nothing more. */
export interface SdkClient {
  send(command: unknown, options?: { abortSignal?: AbortSignal }): Promise<unknown>;
  destroy(): void;
  middlewareStack: { add(mw: unknown, opts: unknown): void };
}
export type ClientClass = new (config: Record<string, unknown>) => SdkClient;

async function loadPackage(service: ServiceKey): Promise<Record<string, unknown>> {
  return (await SDK[service].load()) as unknown as Record<string, unknown>;
}

/** The client class of a service, loading its package on first use. */
export async function clientClass(service: ServiceKey): Promise<ClientClass> {
  const ctor = (await loadPackage(service))[SDK[service].client];
  if (typeof ctor !== 'function') throw new Error(`BUG: ${SDK[service].client} is not exported by the ${service} SDK package`);
  return ctor as ClientClass;
}

/** The command class of an operation: what the live transport sends. */
export async function commandClass(service: ServiceKey, operation: string): Promise<new (input: unknown) => AnyCommand> {
  const ctor = (await loadPackage(service))[`${operation}Command`];
  if (typeof ctor !== 'function') throw new Error(`BUG: the ${service} SDK package has no ${operation}Command`);
  return ctor as new (input: unknown) => AnyCommand;
}

/** Every client class (tests restore the mocks they place on client prototypes); loads every package. */
export async function allClientClasses(): Promise<ClientClass[]> {
  return Promise.all((Object.keys(SDK) as ServiceKey[]).map(clientClass));
}

/** The suffix of the SDK's AWS_ENDPOINT_URL_<SERVICE> variable for a service. */
export function endpointEnvName(service: ServiceKey): string {
  return `AWS_ENDPOINT_URL_${SDK[service].endpointEnv}`;
}
