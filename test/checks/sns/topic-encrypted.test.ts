import { GetTopicAttributesCommand, ListTopicsCommand, SNSClient } from '@aws-sdk/client-sns';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import check from '../../../checks/sns/topic-encrypted.js';
import { awsError } from '../../harness/aws.js';
import { runCheck } from '../../harness/run-check.js';
import { topicArn, topicAttributes } from './fixtures.js';

const sns = mockClient(SNSClient);
beforeEach(() => sns.reset());

describe('sns.topic-encrypted', () => {
  it('PASS with a KMS key, FAIL without', async () => {
    sns.on(ListTopicsCommand).resolves({ Topics: [{ TopicArn: topicArn('alerts') }, { TopicArn: topicArn('orders') }] });
    sns.on(GetTopicAttributesCommand, { TopicArn: topicArn('alerts') }).resolves(topicAttributes('alerts'));
    sns.on(GetTopicAttributesCommand, { TopicArn: topicArn('orders') }).resolves(topicAttributes('orders', { KmsMasterKeyId: 'alias/aws/sns' }));
    expect(await runCheck(check)).toMatchObject([
      { status: 'FAIL', resource: { id: 'alerts', arn: topicArn('alerts') }, evidence: { KmsMasterKeyId: null }, srm: { duty: 'data-encryption', serviceModel: 'SaaS' } },
      { status: 'PASS', resource: { id: 'orders' }, evidence: { KmsMasterKeyId: 'alias/aws/sns' } },
    ]);
  });

  it('ERROR for the topic whose attributes are denied; ERROR for the region when ListTopics is', async () => {
    sns.on(ListTopicsCommand).resolves({ Topics: [{ TopicArn: topicArn('a') }] });
    sns.on(GetTopicAttributesCommand).rejects(awsError('AuthorizationError', { status: 403 }));
    expect(await runCheck(check)).toMatchObject([{ status: 'ERROR', resource: { id: 'a' }, message: expect.stringContaining('sns:GetTopicAttributes') }]);
    sns.reset();
    sns.on(ListTopicsCommand).rejects(awsError('AuthorizationError', { status: 403 }));
    expect(await runCheck(check)).toMatchObject([{ status: 'ERROR', message: expect.stringContaining('sns:ListTopics') }]);
  });
});
