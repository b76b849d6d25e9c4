import { TEST_ACCOUNT } from '../../harness/aws.js';

export const queueUrl = (name: string, region = 'us-east-1') => `https://sqs.${region}.amazonaws.com/${TEST_ACCOUNT}/${name}`;
export const queueArn = (name: string, region = 'us-east-1') => `arn:aws:sqs:${region}:${TEST_ACCOUNT}:${name}`;

/** GetQueueAttributes (All) as AWS returns it for a queue created today: SSE-SQS on, no policy. */
export function queueAttributes(name: string, extra: Record<string, string> = {}, region = 'us-east-1'): { Attributes: Record<string, string> } {
  return {
    Attributes: {
      QueueArn: queueArn(name, region),
      ApproximateNumberOfMessages: '0',
      CreatedTimestamp: '1733100000',
      LastModifiedTimestamp: '1733100000',
      MessageRetentionPeriod: '345600',
      VisibilityTimeout: '30',
      SqsManagedSseEnabled: 'true',
      ...extra,
    },
  };
}

export const policy = (...Statement: unknown[]) => JSON.stringify({ Version: '2012-10-17', Id: 'queue-policy', Statement });
