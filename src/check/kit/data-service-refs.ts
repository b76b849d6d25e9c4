/**
 * Resource references for DynamoDB tables and SQS queues, built from what the list call gives
 * (a table name, a queue URL), so that a resource whose details could not be read still gets its
 * ARN, and so the same finding id, in an ERROR, whichever check reports it.
 */
import type { ResourceRef, ScanScope } from '../define.js';

type Scope = Pick<ScanScope, 'partition' | 'region' | 'account'>;

/** `arn:<partition>:dynamodb:<region>:<account>:table/<name>` (the TableArn DescribeTable returns). */
export function tableRef(scope: Scope, tableName: string): ResourceRef {
  return { arn: `arn:${scope.partition}:dynamodb:${scope.region}:${scope.account}:table/${tableName}`, id: tableName };
}

/**
 * `https://sqs.<region>.amazonaws.com/<account>/<name>` → `arn:<partition>:sqs:<region>:<account>:<name>`
 * (the QueueArn attribute). The account is the URL's: a queue URL always names its owner.
 */
export function queueRef(scope: Scope, queueUrl: string): ResourceRef {
  const [account, name] = new URL(queueUrl).pathname.split('/').filter(Boolean).slice(-2);
  const id = name ?? queueUrl;
  return { arn: `arn:${scope.partition}:sqs:${scope.region}:${account && /^\d{12}$/.test(account) ? account : scope.account}:${id}`, id };
}
