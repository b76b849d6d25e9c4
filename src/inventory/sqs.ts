import type { Aws } from '../aws/call.js';
import { memo } from './memo.js';

/** Memoized SQS data sets of one account. */
export function sqsInventory(aws: Aws) {
  return {
    /**
     * URLs of the region's queues. MaxResults is what makes ListQueues paginate: without it AWS
     * returns at most 1,000 URLs and no NextToken.
     */
    queueUrls: memo((region: string): Promise<string[]> =>
      aws.paginate('sqs', region, 'ListQueues', (NextToken) => ({ MaxResults: 1000, ...(NextToken ? { NextToken } : {}) }), (o) => ({
        items: o.QueueUrls,
        next: o.NextToken,
      }))),

    /**
     * Every attribute of one queue (AttributeNames All): QueueArn, SqsManagedSseEnabled,
     * KmsMasterKeyId, Policy, … Queue attributes only: no message is ever received.
     */
    queueAttributes: memo(async (region: string, queueUrl: string): Promise<Record<string, string>> => {
      const out = await aws.send('sqs', region, 'GetQueueAttributes', { QueueUrl: queueUrl, AttributeNames: ['All'] });
      return out.Attributes ?? {};
    }),
  };
}

export type SqsInventory = ReturnType<typeof sqsInventory>;

