import type { Check } from '../src/check/define.js';
import { accessanalyzerChecks } from './accessanalyzer/index.js';
import { apigatewayChecks } from './apigateway/index.js';
import { cloudtrailChecks } from './cloudtrail/index.js';
import { cloudwatchChecks } from './cloudwatch/index.js';
import { configChecks } from './config/index.js';
import { ec2Checks } from './ec2/index.js';
import { efsChecks } from './efs/index.js';
import { guarddutyChecks } from './guardduty/index.js';
import { iamChecks } from './iam/index.js';
import { kmsChecks } from './kms/index.js';
import { lambdaChecks } from './lambda/index.js';
import { logsChecks } from './logs/index.js';
import { rdsChecks } from './rds/index.js';
import { s3Checks } from './s3/index.js';
import { securityhubChecks } from './securityhub/index.js';
import { ssmChecks } from './ssm/index.js';

/**
 * The built-in checks. Each service folder keeps its own sorted list in index.ts;
 * test/structure.test.ts keeps every list equal to the files in its folder.
 */
export const builtinChecks: readonly Check[] = [
  ...accessanalyzerChecks,
  ...apigatewayChecks,
  ...cloudtrailChecks,
  ...cloudwatchChecks,
  ...configChecks,
  ...ec2Checks,
  ...efsChecks,
  ...guarddutyChecks,
  ...iamChecks,
  ...kmsChecks,
  ...lambdaChecks,
  ...logsChecks,
  ...rdsChecks,
  ...s3Checks,
  ...securityhubChecks,
  ...ssmChecks,
];
