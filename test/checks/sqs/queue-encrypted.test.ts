import { GetQueueAttributesCommand, ListQueuesCommand, SQSClient } from '@aws-sdk/client-sqs';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import check from '../../../checks/sqs/queue-encrypted.js';
import { awsError } from '../../harness/aws.js';
import { runCheck } from '../../harness/run-check.js';
import { queueArn, queueAttributes, queueUrl } from './fixtures.js';

const sqs = mockClient(SQSClient);
beforeEach(() => sqs.reset());

describe('sqs.queue-encrypted', () => {
  it('PASS with SSE-SQS or a KMS key, FAIL with neither', async () => {
    sqs.on(ListQueuesCommand).resolves({ QueueUrls: [queueUrl('sse-sqs'), queueUrl('sse-kms'), queueUrl('plain')] });
    sqs.on(GetQueueAttributesCommand, { QueueUrl: queueUrl('sse-sqs') }).resolves(queueAttributes('sse-sqs'));
    sqs.on(GetQueueAttributesCommand, { QueueUrl: queueUrl('sse-kms') }).resolves(queueAttributes('sse-kms', { SqsManagedSseEnabled: 'false', KmsMasterKeyId: 'alias/aws/sqs', KmsDataKeyReusePeriodSeconds: '300' }));
    sqs.on(GetQueueAttributesCommand, { QueueUrl: queueUrl('plain') }).resolves(queueAttributes('plain', { SqsManagedSseEnabled: 'false' }));
    expect(await runCheck(check)).toMatchObject([
      { status: 'FAIL', resource: { id: 'plain', arn: queueArn('plain') }, evidence: { SqsManagedSseEnabled: 'false', KmsMasterKeyId: null }, srm: { duty: 'data-encryption', serviceModel: 'SaaS' } },
      { status: 'PASS', resource: { id: 'sse-kms' }, evidence: { KmsMasterKeyId: 'alias/aws/sqs' } },
      { status: 'PASS', resource: { id: 'sse-sqs', arn: queueArn('sse-sqs') }, evidence: { SqsManagedSseEnabled: 'true', KmsMasterKeyId: null } },
    ]);
    expect(sqs.commandCalls(GetQueueAttributesCommand).map((c) => c.args[0].input.AttributeNames)).toEqual([['All'], ['All'], ['All']]);
  });

  it('FAIL for an old queue that reports no SSE attribute at all', async () => {
    sqs.on(ListQueuesCommand).resolves({ QueueUrls: [queueUrl('legacy')] });
    sqs.on(GetQueueAttributesCommand).resolves({ Attributes: { QueueArn: queueArn('legacy') } });
    expect(await runCheck(check)).toMatchObject([{ status: 'FAIL', evidence: { SqsManagedSseEnabled: null, KmsMasterKeyId: null } }]);
  });

  it('ERROR for the queue whose attributes are denied; ERROR for the region when ListQueues is', async () => {
    sqs.on(ListQueuesCommand).resolves({ QueueUrls: [queueUrl('a')] });
    sqs.on(GetQueueAttributesCommand).rejects(awsError('AccessDenied'));
    expect(await runCheck(check)).toMatchObject([{ status: 'ERROR', resource: { id: 'a', arn: queueArn('a') }, message: expect.stringContaining('sqs:GetQueueAttributes') }]);
    sqs.reset();
    sqs.on(ListQueuesCommand).rejects(awsError('AccessDenied'));
    expect(await runCheck(check)).toMatchObject([{ status: 'ERROR', message: expect.stringContaining('sqs:ListQueues') }]);
  });
});
