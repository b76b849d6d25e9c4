import type { Subscription } from '@aws-sdk/client-sns';
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
      aws.paginate('sns', region, 'ListSubscriptionsByTopic', (NextToken) => ({ TopicArn: topicArn, ...(NextToken ? { NextToken } : {}) }), (o) => ({
        items: o.Subscriptions,
        next: o.NextToken,
      }))),

    /** ARNs of the region's topics (ListTopics pages by 100 and returns nothing else). */
    topicArns: memo(async (region: string): Promise<string[]> => {
      const topics = await aws.paginate('sns', region, 'ListTopics', (NextToken) => ({ ...(NextToken ? { NextToken } : {}) }), (o) => ({
        items: o.Topics,
        next: o.NextToken,
      }));
      return topics.flatMap((t) => (t.TopicArn ? [t.TopicArn] : []));
    }),

    /**
     * The attributes of one topic: Policy (a JSON string; AWS gives every topic a default policy),
     * KmsMasterKeyId (absent when server-side encryption is off), Owner, subscription counts.
     */
    topicAttributes: memo(async (region: string, topicArn: string): Promise<Record<string, string>> => {
      const out = await aws.send('sns', region, 'GetTopicAttributes', { TopicArn: topicArn });
      return out.Attributes ?? {};
    }),
  };
}

export type SnsInventory = ReturnType<typeof snsInventory>;
