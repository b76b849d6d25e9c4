import { GetTopicAttributesCommand, ListTopicsCommand, SNSClient } from '@aws-sdk/client-sns';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import check from '../../../checks/sns/topic-policy-not-public.js';
import { awsError, TEST_ACCOUNT } from '../../harness/aws.js';
import { runCheck } from '../../harness/run-check.js';
import { topicArn, topicAttributes } from './fixtures.js';

const sns = mockClient(SNSClient);
beforeEach(() => sns.reset());
const doc = (...Statement: unknown[]) => JSON.stringify({ Version: '2012-10-17', Statement });
const publish = (name: string, extra: object = {}) => ({ Sid: 'publish', Effect: 'Allow', Principal: { AWS: '*' }, Action: 'SNS:Publish', Resource: topicArn(name), ...extra });

describe('sns.topic-policy-not-public', () => {
  it('PASS for AWS\'s default policy (AWS:SourceOwner pins the caller) and pinned grants; FAIL for an open one', async () => {
    sns.on(ListTopicsCommand).resolves({ Topics: ['default', 'open', 'events', 'org'].map((n) => ({ TopicArn: topicArn(n) })) });
    sns.on(GetTopicAttributesCommand, { TopicArn: topicArn('default') }).resolves(topicAttributes('default'));
    sns.on(GetTopicAttributesCommand, { TopicArn: topicArn('open') }).resolves(topicAttributes('open', { Policy: doc(publish('open')) }));
    sns.on(GetTopicAttributesCommand, { TopicArn: topicArn('events') }).resolves(topicAttributes('events', { Policy: doc({ ...publish('events'), Principal: { Service: 'events.amazonaws.com' } }) }));
    sns.on(GetTopicAttributesCommand, { TopicArn: topicArn('org') }).resolves(topicAttributes('org', { Policy: doc(publish('org', { Condition: { StringEquals: { 'aws:PrincipalOrgID': 'o-abc123' } } })) }));
    expect(await runCheck(check)).toMatchObject([
      { status: 'PASS', resource: { id: 'default' }, evidence: { statementCount: 1, publicStatements: [] } },
      { status: 'PASS', resource: { id: 'events' } },
      { status: 'FAIL', resource: { id: 'open', arn: topicArn('open') }, evidence: { publicStatements: [{ Sid: 'publish', Principal: { AWS: ['*'] }, Action: ['SNS:Publish'] }] }, srm: { duty: 'identity-access' } },
      { status: 'PASS', resource: { id: 'org' } },
    ]);
  });

  it('FAIL when the owner pin is only IfExists (a caller without the key passes it)', async () => {
    sns.on(ListTopicsCommand).resolves({ Topics: [{ TopicArn: topicArn('t') }] });
    sns.on(GetTopicAttributesCommand).resolves(topicAttributes('t', { Policy: doc(publish('t', { Condition: { StringEqualsIfExists: { 'AWS:SourceOwner': TEST_ACCOUNT } } })) }));
    expect(await runCheck(check)).toMatchObject([{ status: 'FAIL' }]);
  });

  it('ERROR for an unreadable policy or denied attributes', async () => {
    sns.on(ListTopicsCommand).resolves({ Topics: [{ TopicArn: topicArn('bad') }, { TopicArn: topicArn('denied') }] });
    sns.on(GetTopicAttributesCommand, { TopicArn: topicArn('bad') }).resolves(topicAttributes('bad', { Policy: '[]' }));
    sns.on(GetTopicAttributesCommand, { TopicArn: topicArn('denied') }).rejects(awsError('AuthorizationError', { status: 403 }));
    expect(await runCheck(check)).toMatchObject([
      { status: 'ERROR', resource: { id: 'bad' }, message: expect.stringContaining('sns:GetTopicAttributes') },
      { status: 'ERROR', resource: { id: 'denied' }, message: expect.stringContaining('sns:GetTopicAttributes') },
    ]);
  });
});
