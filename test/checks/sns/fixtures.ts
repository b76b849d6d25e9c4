import { TEST_ACCOUNT } from '../../harness/aws.js';

export const topicArn = (name: string, region = 'us-east-1') => `arn:aws:sns:${region}:${TEST_ACCOUNT}:${name}`;

/** The policy AWS writes on every new topic: {"AWS":"*"} pinned by AWS:SourceOwner to the owner account. */
export const defaultTopicPolicy = (name: string) => JSON.stringify({
  Version: '2008-10-17',
  Id: '__default_policy_ID',
  Statement: [{
    Sid: '__default_statement_ID',
    Effect: 'Allow',
    Principal: { AWS: '*' },
    Action: ['SNS:GetTopicAttributes', 'SNS:SetTopicAttributes', 'SNS:AddPermission', 'SNS:RemovePermission', 'SNS:DeleteTopic', 'SNS:Subscribe', 'SNS:ListSubscriptionsByTopic', 'SNS:Publish'],
    Resource: topicArn(name),
    Condition: { StringEquals: { 'AWS:SourceOwner': TEST_ACCOUNT } },
  }],
});

/** GetTopicAttributes as AWS returns it for a new topic (default policy, no KMS key). */
export function topicAttributes(name: string, extra: Record<string, string> = {}): { Attributes: Record<string, string> } {
  return {
    Attributes: {
      TopicArn: topicArn(name),
      Owner: TEST_ACCOUNT,
      Policy: defaultTopicPolicy(name),
      DisplayName: '',
      SubscriptionsConfirmed: '0',
      SubscriptionsPending: '0',
      SubscriptionsDeleted: '0',
      ...extra,
    },
  };
}
