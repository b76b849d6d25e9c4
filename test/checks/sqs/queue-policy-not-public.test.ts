import { GetQueueAttributesCommand, ListQueuesCommand, SQSClient } from '@aws-sdk/client-sqs';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import check from '../../../checks/sqs/queue-policy-not-public.js';
import { awsError, TEST_ACCOUNT } from '../../harness/aws.js';
import { runCheck } from '../../harness/run-check.js';
import { policy, queueArn, queueAttributes, queueUrl } from './fixtures.js';

const sqs = mockClient(SQSClient);
beforeEach(() => sqs.reset());
const open = { Sid: 'anyone', Effect: 'Allow', Principal: '*', Action: 'sqs:SendMessage', Resource: queueArn('open') };
const fromTopic = { Sid: 'topic', Effect: 'Allow', Principal: { AWS: '*' }, Action: 'SQS:SendMessage', Resource: queueArn('fed'), Condition: { ArnEquals: { 'aws:SourceArn': `arn:aws:sns:us-east-1:${TEST_ACCOUNT}:orders` } } };
const named = { Effect: 'Allow', Principal: { AWS: 'arn:aws:iam::444455556666:root' }, Action: 'sqs:*', Resource: queueArn('partner') };

describe('sqs.queue-policy-not-public', () => {
  it('FAIL with the public statement as evidence; PASS for pinned, named or absent policies', async () => {
    const queues = { open: [open], fed: [fromTopic], partner: [named] } as Record<string, unknown[]>;
    sqs.on(ListQueuesCommand).resolves({ QueueUrls: [...Object.keys(queues), 'none'].map((n) => queueUrl(n)) });
    for (const [name, statements] of Object.entries(queues)) sqs.on(GetQueueAttributesCommand, { QueueUrl: queueUrl(name) }).resolves(queueAttributes(name, { Policy: policy(...statements) }));
    sqs.on(GetQueueAttributesCommand, { QueueUrl: queueUrl('none') }).resolves(queueAttributes('none'));
    expect(await runCheck(check)).toMatchObject([
      { status: 'PASS', resource: { id: 'fed' }, evidence: { statementCount: 1, publicStatements: [] } },
      { status: 'PASS', resource: { id: 'none' }, evidence: { Policy: null, publicStatements: [] } },
      { status: 'FAIL', resource: { id: 'open', arn: queueArn('open') }, evidence: { publicStatements: [{ Sid: 'anyone', Effect: 'Allow', Principal: '*', Action: ['sqs:SendMessage'] }] }, srm: { duty: 'identity-access', serviceModel: 'SaaS' } },
      { status: 'PASS', resource: { id: 'partner' } },
    ]);
  });

  it('ERROR (never PASS) for a policy that is not a policy document', async () => {
    sqs.on(ListQueuesCommand).resolves({ QueueUrls: [queueUrl('bad')] });
    sqs.on(GetQueueAttributesCommand).resolves(queueAttributes('bad', { Policy: '{not json' }));
    expect(await runCheck(check)).toMatchObject([{ status: 'ERROR', resource: { id: 'bad' }, message: expect.stringContaining('sqs:GetQueueAttributes') }]);
  });

  it('ERROR naming the permission when the attributes are denied', async () => {
    sqs.on(ListQueuesCommand).resolves({ QueueUrls: [queueUrl('a')] });
    sqs.on(GetQueueAttributesCommand).rejects(awsError('AccessDenied'));
    expect(await runCheck(check)).toMatchObject([{ status: 'ERROR', resource: { id: 'a' }, message: expect.stringContaining('sqs:GetQueueAttributes') }]);
  });
});
