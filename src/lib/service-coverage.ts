/**
 * Which srm-audit check services judge the resources of an AWS service, keyed by the service
 * segment of the resource's ARN (arn:PARTITION:SERVICE:REGION:ACCOUNT:…). A service absent from
 * this table has no check at all. Data, not code: a new check service adds its row here.
 */
export const JUDGED_BY: Readonly<Record<string, readonly string[]>> = {
  'access-analyzer': ['accessanalyzer'],
  acm: ['acm'],
  apigateway: ['apigateway'],
  athena: ['athena'],
  backup: ['backup'],
  cloudfront: ['cloudfront'],
  cloudtrail: ['cloudtrail'],
  cloudwatch: ['cloudwatch'],
  codebuild: ['codebuild'],
  'cognito-idp': ['cognito'],
  config: ['config'],
  dynamodb: ['dynamodb'],
  ec2: ['ec2'],
  ecr: ['ecr'],
  ecs: ['ecs'],
  eks: ['eks'],
  elasticache: ['elasticache'],
  elasticfilesystem: ['efs'],
  elasticloadbalancing: ['elbv2', 'elb'],
  elasticmapreduce: ['emr'],
  es: ['opensearch'],
  glue: ['glue'],
  events: ['eventbridge'],
  firehose: ['firehose'],
  guardduty: ['guardduty'],
  iam: ['iam'],
  kinesis: ['kinesis'],
  kms: ['kms'],
  lambda: ['lambda'],
  logs: ['logs'],
  mq: ['mq'],
  organizations: ['organizations'],
  rds: ['rds'],
  redshift: ['redshift'],
  route53: ['route53'],
  s3: ['s3'],
  sagemaker: ['sagemaker'],
  secretsmanager: ['secretsmanager'],
  securityhub: ['securityhub'],
  sns: ['sns'],
  sqs: ['sqs'],
  ssm: ['ssm'],
  states: ['sfn'],
};

/** The service segment of an ARN ('' when the string is not an ARN). */
export function arnService(arn: string): string {
  const parts = arn.split(':');
  return parts[0] === 'arn' && parts.length >= 6 ? parts[2]! : '';
}

/** Whether any of the scan's check services judges resources of this ARN service. */
export function isJudged(service: string, checkServices: ReadonlySet<string>): boolean {
  return (JUDGED_BY[service] ?? []).some((s) => checkServices.has(s));
}
