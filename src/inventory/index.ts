import type { Aws } from '../aws/call.js';
import { lambdaInventory } from './lambda.js';
import { apigatewayInventory } from './apigateway.js';
import { guarddutyInventory } from './guardduty.js';
import { securityhubInventory } from './securityhub.js';
import { accessanalyzerInventory } from './accessanalyzer.js';
import { configInventory } from './config.js';
import { logsInventory } from './logs.js';
import { cloudwatchInventory } from './cloudwatch.js';
import { snsInventory } from './sns.js';
import { dynamodbInventory } from './dynamodb.js';
import { sqsInventory } from './sqs.js';
import { secretsmanagerInventory } from './secretsmanager.js';
import { kmsInventory } from './kms.js';
import { rdsInventory } from './rds.js';
import { efsInventory } from './efs.js';
import { ssmInventory } from './ssm.js';
import { organizationsInventory } from './organizations.js';
import { cloudtrailInventory } from './cloudtrail.js';
import { ec2Inventory } from './ec2.js';
import { iamInventory, type IamInventoryOptions } from './iam.js';
import { s3Inventory } from './s3.js';
import { taggingInventory } from './tagging.js';
import { ecrInventory } from './ecr.js';
import { ecsInventory } from './ecs.js';
import { eksInventory } from './eks.js';
import { elasticacheInventory } from './elasticache.js';
import { redshiftInventory } from './redshift.js';
import { opensearchInventory } from './opensearch.js';
import { backupInventory } from './backup.js';
import { elbv2Inventory } from './elbv2.js';
import { elbInventory } from './elb.js';
import { cloudfrontInventory } from './cloudfront.js';
import { acmInventory } from './acm.js';
import { wafv2Inventory } from './wafv2.js';
import { codebuildInventory } from './codebuild.js';
import { athenaInventory } from './athena.js';
import { glueInventory } from './glue.js';
import { cognitoInventory } from './cognito.js';
import { sagemakerInventory } from './sagemaker.js';
import { route53Inventory } from './route53.js';
import { emrInventory } from './emr.js';
import { kinesisInventory } from './kinesis.js';
import { firehoseInventory } from './firehose.js';
import { sfnInventory } from './sfn.js';
import { eventbridgeInventory } from './eventbridge.js';
import { mqInventory } from './mq.js';

/**
 * The memoized data sets of one account. Global data sets (IAM, the S3 bucket list) are fetched
 * once per account; regional getters take the region and are memoized per region.
 */
export function createInventory(aws: Aws, opts: { iam?: IamInventoryOptions } = {}) {
  return {
    account: aws.account,
    partition: aws.partition,
    iam: iamInventory(aws, opts.iam),
    s3: s3Inventory(aws),
    ec2: ec2Inventory(aws),
    cloudtrail: cloudtrailInventory(aws),
    lambda: lambdaInventory(aws),
    apigateway: apigatewayInventory(aws),
    guardduty: guarddutyInventory(aws),
    securityhub: securityhubInventory(aws),
    accessanalyzer: accessanalyzerInventory(aws),
    config: configInventory(aws),
    logs: logsInventory(aws),
    cloudwatch: cloudwatchInventory(aws),
    sns: snsInventory(aws),
    dynamodb: dynamodbInventory(aws),
    sqs: sqsInventory(aws),
    secretsmanager: secretsmanagerInventory(aws),
    kms: kmsInventory(aws),
    rds: rdsInventory(aws),
    efs: efsInventory(aws),
    ssm: ssmInventory(aws),
    organizations: organizationsInventory(aws),
    tagging: taggingInventory(aws),
    ecr: ecrInventory(aws),
    ecs: ecsInventory(aws),
    eks: eksInventory(aws),
    elasticache: elasticacheInventory(aws),
    redshift: redshiftInventory(aws),
    opensearch: opensearchInventory(aws),
    backup: backupInventory(aws),
    elbv2: elbv2Inventory(aws),
    elb: elbInventory(aws),
    cloudfront: cloudfrontInventory(aws),
    acm: acmInventory(aws),
    wafv2: wafv2Inventory(aws),
    codebuild: codebuildInventory(aws),
    athena: athenaInventory(aws),
    glue: glueInventory(aws),
    cognito: cognitoInventory(aws),
    sagemaker: sagemakerInventory(aws),
    route53: route53Inventory(aws),
    emr: emrInventory(aws),
    kinesis: kinesisInventory(aws),
    firehose: firehoseInventory(aws),
    sfn: sfnInventory(aws),
    eventbridge: eventbridgeInventory(aws),
    mq: mqInventory(aws),
  };
}

export type Inventory = ReturnType<typeof createInventory>;
