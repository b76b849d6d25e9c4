import { Agent as HttpAgent } from 'node:http';
import { Agent as HttpsAgent } from 'node:https';
import { AccessAnalyzerClient } from '@aws-sdk/client-accessanalyzer';
import { APIGatewayClient } from '@aws-sdk/client-api-gateway';
import { ApiGatewayV2Client } from '@aws-sdk/client-apigatewayv2';
import { CloudTrailClient } from '@aws-sdk/client-cloudtrail';
import { CloudWatchClient } from '@aws-sdk/client-cloudwatch';
import { CloudWatchLogsClient } from '@aws-sdk/client-cloudwatch-logs';
import { ConfigServiceClient } from '@aws-sdk/client-config-service';
import { EC2Client } from '@aws-sdk/client-ec2';
import { EFSClient } from '@aws-sdk/client-efs';
import { GuardDutyClient } from '@aws-sdk/client-guardduty';
import { IAMClient } from '@aws-sdk/client-iam';
import { KMSClient } from '@aws-sdk/client-kms';
import { LambdaClient } from '@aws-sdk/client-lambda';
import { OrganizationsClient } from '@aws-sdk/client-organizations';
import { RDSClient } from '@aws-sdk/client-rds';
import { S3Client } from '@aws-sdk/client-s3';
import { S3ControlClient } from '@aws-sdk/client-s3-control';
import { SecurityHubClient } from '@aws-sdk/client-securityhub';
import { SNSClient } from '@aws-sdk/client-sns';
import { SSMClient } from '@aws-sdk/client-ssm';
import { STSClient } from '@aws-sdk/client-sts';
import { WAFV2Client } from '@aws-sdk/client-wafv2';
import { ECRClient } from '@aws-sdk/client-ecr';
import { ECSClient } from '@aws-sdk/client-ecs';
import { EKSClient } from '@aws-sdk/client-eks';
import { ElasticLoadBalancingV2Client } from '@aws-sdk/client-elastic-load-balancing-v2';
import { ElasticLoadBalancingClient } from '@aws-sdk/client-elastic-load-balancing';
import { CloudFrontClient } from '@aws-sdk/client-cloudfront';
import { ACMClient } from '@aws-sdk/client-acm';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { SQSClient } from '@aws-sdk/client-sqs';
import { SecretsManagerClient } from '@aws-sdk/client-secrets-manager';
import { ElastiCacheClient } from '@aws-sdk/client-elasticache';
import { RedshiftClient } from '@aws-sdk/client-redshift';
import { OpenSearchClient } from '@aws-sdk/client-opensearch';
import { BackupClient } from '@aws-sdk/client-backup';
import { ResourceGroupsTaggingAPIClient } from '@aws-sdk/client-resource-groups-tagging-api';
import { KinesisClient } from '@aws-sdk/client-kinesis';
import { FirehoseClient } from '@aws-sdk/client-firehose';
import { SFNClient } from '@aws-sdk/client-sfn';
import { EventBridgeClient } from '@aws-sdk/client-eventbridge';
import { MqClient } from '@aws-sdk/client-mq';
import { fromNodeProviderChain, fromTemporaryCredentials } from '@aws-sdk/credential-providers';
import { NodeHttpHandler } from '@smithy/node-http-handler';
import type { AwsCredentialIdentityProvider } from '@smithy/types';
import type { AnyCommand, CallKey, Transport } from './call.js';
import type { ServiceKey } from './operations.js';

export interface ClientOptions {
  profile?: string;
  roleArn?: string;
  externalId?: string;
  /** Session name for roleArn (CloudTrail in the target account shows it); default "srm-audit". */
  roleSessionName?: string;
  /** Credentials to assume roleArn with, instead of the default chain / profile (role chaining). */
  masterCredentials?: AwsCredentialIdentityProvider;
  /** Total attempts per request, including the first; the SDK's adaptive retry mode backs off. */
  maxAttempts: number;
  requestTimeoutMs: number;
  connectTimeoutMs: number;
  /** Sockets kept alive per client. */
  maxSockets: number;
  env?: NodeJS.ProcessEnv;
  /** Called with every new client (tests add emulator headers through the middleware stack). */
  onClient?: (client: SdkClient) => void;
}

export const DEFAULT_CLIENT_OPTIONS: ClientOptions = {
  maxAttempts: 8,
  requestTimeoutMs: 30_000,
  connectTimeoutMs: 5_000,
  maxSockets: 50,
};

/** What every SDK v3 client has; the request path needs nothing more. */
export interface SdkClient {
  send(command: unknown, options?: { abortSignal?: AbortSignal }): Promise<unknown>;
  destroy(): void;
  middlewareStack: { add(mw: unknown, opts: unknown): void };
}

type ClientCtor = new (config: Record<string, unknown>) => SdkClient;
const CLIENTS: Record<ServiceKey, ClientCtor> = {
  sts: STSClient as unknown as ClientCtor,
  iam: IAMClient as unknown as ClientCtor,
  s3: S3Client as unknown as ClientCtor,
  s3control: S3ControlClient as unknown as ClientCtor,
  ec2: EC2Client as unknown as ClientCtor,
  cloudtrail: CloudTrailClient as unknown as ClientCtor,
  lambda: LambdaClient as unknown as ClientCtor,
  apigateway: APIGatewayClient as unknown as ClientCtor,
  apigatewayv2: ApiGatewayV2Client as unknown as ClientCtor,
  wafv2: WAFV2Client as unknown as ClientCtor,
  guardduty: GuardDutyClient as unknown as ClientCtor,
  securityhub: SecurityHubClient as unknown as ClientCtor,
  accessanalyzer: AccessAnalyzerClient as unknown as ClientCtor,
  config: ConfigServiceClient as unknown as ClientCtor,
  logs: CloudWatchLogsClient as unknown as ClientCtor,
  cloudwatch: CloudWatchClient as unknown as ClientCtor,
  sns: SNSClient as unknown as ClientCtor,
  kms: KMSClient as unknown as ClientCtor,
  rds: RDSClient as unknown as ClientCtor,
  efs: EFSClient as unknown as ClientCtor,
  ssm: SSMClient as unknown as ClientCtor,
  organizations: OrganizationsClient as unknown as ClientCtor,
  ecr: ECRClient as unknown as ClientCtor,
  ecs: ECSClient as unknown as ClientCtor,
  eks: EKSClient as unknown as ClientCtor,
  elbv2: ElasticLoadBalancingV2Client as unknown as ClientCtor,
  elb: ElasticLoadBalancingClient as unknown as ClientCtor,
  cloudfront: CloudFrontClient as unknown as ClientCtor,
  acm: ACMClient as unknown as ClientCtor,
  dynamodb: DynamoDBClient as unknown as ClientCtor,
  sqs: SQSClient as unknown as ClientCtor,
  secretsmanager: SecretsManagerClient as unknown as ClientCtor,
  elasticache: ElastiCacheClient as unknown as ClientCtor,
  redshift: RedshiftClient as unknown as ClientCtor,
  opensearch: OpenSearchClient as unknown as ClientCtor,
  backup: BackupClient as unknown as ClientCtor,
  tagging: ResourceGroupsTaggingAPIClient as unknown as ClientCtor,
  kinesis: KinesisClient as unknown as ClientCtor,
  firehose: FirehoseClient as unknown as ClientCtor,
  sfn: SFNClient as unknown as ClientCtor,
  eventbridge: EventBridgeClient as unknown as ClientCtor,
  mq: MqClient as unknown as ClientCtor,
};

/** Every SDK client class the factory builds (tests restore mocks placed on their prototypes). */
export function sdkClientClasses(): readonly ClientCtor[] {
  return Object.values(CLIENTS);
}

/** The endpoint override the SDK itself will use (AWS_ENDPOINT_URL[_<SERVICE>]), if any. */
export function endpointOverride(service: ServiceKey, env: NodeJS.ProcessEnv = process.env): string | undefined {
  const specific: Record<ServiceKey, string> = {
    sts: 'STS', iam: 'IAM', s3: 'S3', s3control: 'S3_CONTROL', ec2: 'EC2', cloudtrail: 'CLOUDTRAIL',
    lambda: 'LAMBDA', apigateway: 'API_GATEWAY', apigatewayv2: 'APIGATEWAYV2', wafv2: 'WAFV2', guardduty: 'GUARDDUTY', securityhub: 'SECURITYHUB', accessanalyzer: 'ACCESSANALYZER', config: 'CONFIG_SERVICE', logs: 'CLOUDWATCH_LOGS', cloudwatch: 'CLOUDWATCH', sns: 'SNS', kms: 'KMS', rds: 'RDS', efs: 'EFS', ssm: 'SSM', organizations: 'ORGANIZATIONS',
    ecr: 'ECR', ecs: 'ECS', eks: 'EKS', elbv2: 'ELASTIC_LOAD_BALANCING_V2', elb: 'ELASTIC_LOAD_BALANCING', cloudfront: 'CLOUDFRONT', acm: 'ACM', dynamodb: 'DYNAMODB', sqs: 'SQS', secretsmanager: 'SECRETS_MANAGER', elasticache: 'ELASTICACHE', redshift: 'REDSHIFT', opensearch: 'OPENSEARCH', backup: 'BACKUP', tagging: 'RESOURCE_GROUPS_TAGGING_API',
    kinesis: 'KINESIS', firehose: 'FIREHOSE', sfn: 'SFN', eventbridge: 'EVENTBRIDGE', mq: 'MQ',
  };
  return env[`AWS_ENDPOINT_URL_${specific[service]}`] || env.AWS_ENDPOINT_URL || undefined;
}

export function credentialProvider(opts: ClientOptions): AwsCredentialIdentityProvider {
  const base = opts.masterCredentials ?? fromNodeProviderChain(opts.profile ? { profile: opts.profile } : {});
  if (!opts.roleArn) return base;
  return fromTemporaryCredentials({
    masterCredentials: base,
    params: {
      RoleArn: opts.roleArn,
      RoleSessionName: opts.roleSessionName ?? 'srm-audit',
      ...(opts.externalId ? { ExternalId: opts.externalId } : {}),
      DurationSeconds: 3600,
    },
  });
}

/**
 * THE client factory: one client per (service, region), sharing credentials, retries and
 * keep-alive sockets. Emulator endpoints get path-style S3 and a plain S3 Control endpoint.
 */
export class ClientFactory {
  private readonly clients = new Map<string, SdkClient>();
  /** The credentials every client of this factory signs with (a member account's role chains from them). */
  readonly credentials: AwsCredentialIdentityProvider;
  private readonly handler: NodeHttpHandler;

  constructor(private readonly opts: ClientOptions, credentials?: AwsCredentialIdentityProvider) {
    this.credentials = credentials ?? credentialProvider(opts);
    const agentOpts = { keepAlive: true, maxSockets: opts.maxSockets };
    this.handler = new NodeHttpHandler({
      httpAgent: new HttpAgent(agentOpts),
      httpsAgent: new HttpsAgent(agentOpts),
      requestTimeout: opts.requestTimeoutMs,
      connectionTimeout: opts.connectTimeoutMs,
    });
  }

  get(service: ServiceKey, region: string): SdkClient {
    const key = `${service}:${region}`;
    let client = this.clients.get(key);
    if (!client) {
      client = new CLIENTS[service](this.config(service, region));
      this.opts.onClient?.(client);
      this.clients.set(key, client);
    }
    return client;
  }

  private config(service: ServiceKey, region: string): Record<string, unknown> {
    const endpoint = endpointOverride(service, this.opts.env ?? process.env);
    const config: Record<string, unknown> = {
      region,
      credentials: this.credentials,
      maxAttempts: this.opts.maxAttempts,
      retryMode: 'adaptive',
      requestHandler: this.handler,
      ...(endpoint ? { endpoint } : {}),
    };
    if (service === 's3') {
      config.followRegionRedirects = true;
      // Emulators serve one host: virtual-hosted bucket names would not resolve.
      if (endpoint) config.forcePathStyle = true;
    }
    if (service === 's3control' && endpoint) {
      // The SDK prefixes the account id to the host (123456789012.127.0.0.1), which an emulator
      // cannot serve: hand it the plain endpoint.
      const url = new URL(endpoint);
      config.endpointProvider = () => ({ url });
    }
    return config;
  }

  destroy(): void {
    for (const c of this.clients.values()) c.destroy();
    this.clients.clear();
    this.handler.destroy();
  }
}

/** Sends to AWS through the account's client factory. */
export class LiveTransport implements Transport {
  constructor(private readonly clients: ClientFactory) {}

  execute(key: CallKey, command: AnyCommand, signal?: AbortSignal): Promise<unknown> {
    return this.clients.get(key.service, key.region).send(command, signal ? { abortSignal: signal } : undefined);
  }
}
