import { GetTopicAttributesCommand, ListSubscriptionsByTopicCommand, ListTopicsCommand, SNSClient } from '@aws-sdk/client-sns';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import { InventoryError } from '../../src/aws/errors.js';
import { awsError, createTestInventory } from '../harness/aws.js';
import { topicArn, topicAttributes } from '../checks/sns/fixtures.js';

const sns = mockClient(SNSClient);
beforeEach(() => sns.reset());

describe('sns inventory', () => {
  it('topicArns(region) follows NextToken, once under concurrent callers', async () => {
    sns.on(ListTopicsCommand, {}).resolves({ Topics: [{ TopicArn: topicArn('a') }], NextToken: 'n' });
    sns.on(ListTopicsCommand, { NextToken: 'n' }).resolves({ Topics: [{ TopicArn: topicArn('b') }] });
    const { inventory } = createTestInventory();
    const [x, y] = await Promise.all([inventory.sns.topicArns('us-east-1'), inventory.sns.topicArns('us-east-1')]);
    expect(x).toBe(y);
    expect(x).toEqual([topicArn('a'), topicArn('b')]);
    expect(sns.commandCalls(ListTopicsCommand)).toHaveLength(2);
  });

  it('topicAttributes: the attribute map', async () => {
    sns.on(GetTopicAttributesCommand, { TopicArn: topicArn('a') }).resolves(topicAttributes('a', { KmsMasterKeyId: 'alias/aws/sns' }));
    const { inventory } = createTestInventory();
    expect(await inventory.sns.topicAttributes('us-east-1', topicArn('a'))).toMatchObject({ KmsMasterKeyId: 'alias/aws/sns', Owner: expect.any(String) });
  });

  it('topicSubscriptions (CloudWatch alarm checks) still follows NextToken', async () => {
    sns.on(ListSubscriptionsByTopicCommand, { TopicArn: topicArn('a') }).resolves({ Subscriptions: [{ SubscriptionArn: 'PendingConfirmation' }], NextToken: 'n' });
    sns.on(ListSubscriptionsByTopicCommand, { TopicArn: topicArn('a'), NextToken: 'n' }).resolves({ Subscriptions: [{ SubscriptionArn: `${topicArn('a')}:1` }] });
    const { inventory } = createTestInventory();
    expect(await inventory.sns.topicSubscriptions('us-east-1', topicArn('a'))).toHaveLength(2);
  });

  it.each([
    ['topicArns', ListTopicsCommand, 'sns:ListTopics'],
    ['topicAttributes', GetTopicAttributesCommand, 'sns:GetTopicAttributes'],
  ] as const)('%s: denied → InventoryError carrying the IAM action, cached (asked once)', async (getter, Command, action) => {
    sns.on(Command as typeof ListTopicsCommand).rejects(awsError('AuthorizationError', { status: 403 }));
    const { inventory } = createTestInventory();
    const call = () => (getter === 'topicArns' ? inventory.sns.topicArns('us-east-1') : inventory.sns.topicAttributes('us-east-1', topicArn('a')));
    const err = await call().catch((e: unknown) => e);
    expect(err).toBeInstanceOf(InventoryError);
    expect(err).toMatchObject({ kind: 'denied', iamAction: action });
    await call().catch(() => undefined);
    expect(sns.commandCalls(Command as typeof ListTopicsCommand)).toHaveLength(1);
  });
});
