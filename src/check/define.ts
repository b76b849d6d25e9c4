import type { Inventory } from '../inventory/index.js';
import type { DutyId, LayerId, Owner, ServiceModel } from '../srm/index.js';
import type { Json, JsonObject } from '../util/json.js';

import type { Severity, Status } from '../srm/severity.js';

export type { Severity, Status };

export const AWS_SERVICES = [
  'iam', 's3', 'ec2', 'cloudtrail', 'lambda', 'rds', 'kms', 'logs', 'cloudwatch', 'config',
  'guardduty', 'securityhub', 'accessanalyzer', 'apigateway', 'efs', 'ssm', 'organizations', 'sns',
  'ecr', 'ecs', 'eks', 'elbv2', 'elb', 'cloudfront', 'acm', 'dynamodb', 'sqs', 'secretsmanager', 'elasticache', 'redshift', 'opensearch', 'backup', 'tagging',
  'codebuild', 'athena', 'glue', 'cognito', 'sagemaker', 'route53', 'emr',
  'kinesis', 'firehose', 'sfn', 'eventbridge', 'mq',
] as const;
export type AwsService = (typeof AWS_SERVICES)[number];
export type ResourceType = `AWS::${string}::${string}`;

export interface Remediation {
  text: string;
  cli?: string;
  console?: string;
  url: `https://${string}`;
}

export interface ResourceRef {
  arn: string;
  id: string;
  type?: ResourceType;
}

export type CheckOptions = Record<string, Json>;

export interface CheckMeta<O extends CheckOptions = CheckOptions> {
  /** `service.kebab-name`, naming the compliant state. Equal to the module's path under checks/. */
  readonly id: `${AwsService}.${string}`;
  /** States the compliant condition. */
  readonly title: string;
  readonly description: string;
  readonly service: AwsService;
  readonly resourceType: ResourceType;
  readonly severity: Severity;
  /** The customer duty; the SRM layer is derived from it. */
  readonly duty: DutyId;
  /** Must agree with RESOURCE_SERVICE_MODEL[resourceType]; owner = matrix[layer][serviceModel]. */
  readonly serviceModel: ServiceModel;
  readonly scope: 'global' | 'regional';
  readonly remediation: Remediation;
  /** Typed tunables with their defaults (CIS defaults where CIS names one). */
  readonly options?: O;
}

export interface CheckResult {
  status: Status;
  resource: ResourceRef;
  message: string;
  evidence?: JsonObject;
}

export interface ScanScope {
  account: string;
  /** 'global' for global checks. */
  region: string;
  partition: string;
}

export interface ResultBuilder {
  pass(resource: ResourceRef, message: string, evidence?: JsonObject): CheckResult;
  fail(resource: ResourceRef, message: string, evidence?: JsonObject): CheckResult;
  /**
   * Runs fn for each item; an inventory error for one item becomes ERROR for that item only,
   * naming the operation and IAM action. The other items keep their PASS or FAIL.
   */
  forEach<T>(
    items: readonly T[],
    ref: (item: T) => ResourceRef,
    fn: (item: T) => CheckResult | CheckResult[] | Promise<CheckResult | CheckResult[]>,
  ): Promise<CheckResult[]>;
}

export interface CheckContext<O extends CheckOptions = CheckOptions> {
  scope: ScanScope;
  inventory: Inventory;
  options: Readonly<O>;
  result: ResultBuilder;
  /** Evaluation clock: the scan's start, or the snapshot's recording time when replaying. */
  now: Date;
  /** Regions this scan covers (for account-level checks that must look at every region). */
  regions: readonly string[];
}

export interface Check<O extends CheckOptions = CheckOptions> extends CheckMeta<O> {
  run(ctx: CheckContext<O>): Promise<readonly CheckResult[]>;
}

/** What the registry hands the engine and reports: metadata plus what is derived from data. */
export interface ResolvedCheck extends Check<CheckOptions> {
  readonly srm: { layer: LayerId; serviceModel: ServiceModel; owner: Owner; duty: DutyId };
  /** Framework id → control ids, joined from src/frameworks/*.json. */
  readonly compliance: Record<string, string[]>;
  /** Where the module came from: 'builtin' or a file path / package name. */
  readonly origin: string;
  /**
   * Loaded from --checks-dir or a plugin package: third-party code. The engine hands it a frozen
   * view of the inventory whose answers are copies, so it cannot change what other checks see.
   */
  readonly thirdParty?: boolean;
}

/** Identity at runtime; all value is in the types. */
export function defineCheck<const O extends CheckOptions = CheckOptions>(check: Check<O>): Check<O> {
  return check;
}
