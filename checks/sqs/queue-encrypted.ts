import { defineCheck } from '../../src/check/define.js';
import { queueRef } from '../../src/check/kit/data-service-refs.js';

export default defineCheck({
  id: 'sqs.queue-encrypted',
  title: 'SQS queues encrypt messages at rest',
  description:
    'Server-side encryption keeps message bodies encrypted on SQS storage: with SQS managed keys (SqsManagedSseEnabled "true", ' +
    'which AWS applies to queues created since October 2022 unless turned off) or with a KMS key (KmsMasterKeyId). A queue with ' +
    'neither stores messages unencrypted. Judged per queue from GetQueueAttributes (All).',
  service: 'sqs',
  resourceType: 'AWS::SQS::Queue',
  severity: 'medium',
  duty: 'data-encryption',
  serviceModel: 'SaaS',
  scope: 'regional',
  remediation: {
    text: 'Turn on SSE-SQS for the queue, or SSE-KMS with a KMS key whose policy lets the producers and consumers use it.',
    cli: 'aws sqs set-queue-attributes --queue-url <queue-url> --attributes SqsManagedSseEnabled=true',
    url: 'https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/sqs-server-side-encryption.html',
  },
  async run({ scope, inventory, result }) {
    const urls = await inventory.sqs.queueUrls(scope.region);
    return result.forEach(urls, (url) => queueRef(scope, url), async (url) => {
      const ref = queueRef(scope, url);
      const attrs = await inventory.sqs.queueAttributes(scope.region, url);
      const evidence = { SqsManagedSseEnabled: attrs.SqsManagedSseEnabled ?? null, KmsMasterKeyId: attrs.KmsMasterKeyId ?? null };
      if (attrs.KmsMasterKeyId) return result.pass(ref, `Queue ${ref.id} is encrypted with KMS key ${attrs.KmsMasterKeyId}`, evidence);
      if (attrs.SqsManagedSseEnabled === 'true') return result.pass(ref, `Queue ${ref.id} is encrypted with SQS managed keys (SSE-SQS)`, evidence);
      return result.fail(ref, `Queue ${ref.id} has neither SSE-SQS nor a KMS key: messages are stored unencrypted`, evidence);
    });
  },
});
