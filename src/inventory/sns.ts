import { ListSubscriptionsByTopicCommand, type Subscription } from '@aws-sdk/client-sns';
import type { Aws } from '../aws/call.js';
import { memo } from './memo.js';

/** Memoized SNS data sets of one account. */
export function snsInventory(aws: Aws) {
  return {
    /**
     * Subscriptions of one topic (asked per topic that an alarm notifies, in the topic's region).
     * An unconfirmed subscription has SubscriptionArn "PendingConfirmation": it delivers nothing.
     */
    topicSubscriptions: memo((region: string, topicArn: string): Promise<Subscription[]> =>
      aws.paginate('sns', region, (NextToken) => new ListSubscriptionsByTopicCommand({ TopicArn: topicArn, ...(NextToken ? { NextToken } : {}) }), (o) => ({
        items: o.Subscriptions,
        next: o.NextToken,
      }))),
  };
}

export type SnsInventory = ReturnType<typeof snsInventory>;
