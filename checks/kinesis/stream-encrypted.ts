import { invalidData } from '../../src/aws/invalid-data.js';
import { defineCheck } from '../../src/check/define.js';

export default defineCheck({
  id: 'kinesis.stream-encrypted',
  title: 'Kinesis data streams encrypt records at rest with a KMS key',
  description:
    'Without server-side encryption the records a stream holds for its retention period (logs, events, personal data) are stored ' +
    'unencrypted. Passes when DescribeStreamSummary reports EncryptionType KMS (the AWS managed key alias/aws/kinesis or a customer ' +
    'managed key, named in the evidence); fails on NONE. Reference: Security Hub FSBP Kinesis.1.',
  service: 'kinesis',
  resourceType: 'AWS::Kinesis::Stream',
  severity: 'medium',
  duty: 'data-encryption',
  serviceModel: 'SaaS',
  scope: 'regional',
  remediation: {
    text: 'Start server-side encryption on the stream with a KMS key (producers and consumers need kms:GenerateDataKey / kms:Decrypt on a customer managed key).',
    cli: 'aws kinesis start-stream-encryption --stream-name <stream> --encryption-type KMS --key-id alias/aws/kinesis',
    url: 'https://docs.aws.amazon.com/streams/latest/dev/server-side-encryption.html',
  },
  async run({ scope, inventory, result }) {
    const streams = await inventory.kinesis.streams(scope.region);
    const ref = (s: (typeof streams)[number]) => ({ arn: s.StreamARN!, id: s.StreamName! });
    return result.forEach(streams, ref, async (s) => {
      const summary = await inventory.kinesis.streamSummary(scope.region, s.StreamARN!);
      // AWS always names the encryption type (NONE when off): a summary without it cannot be judged.
      if (summary.EncryptionType === undefined) {
        throw invalidData({ service: 'kinesis', operation: 'DescribeStreamSummary', account: scope.account, region: scope.region }, `DescribeStreamSummary of ${s.StreamName} has no EncryptionType`);
      }
      const evidence = { EncryptionType: summary.EncryptionType, KeyId: summary.KeyId ?? null };
      return summary.EncryptionType === 'KMS'
        ? result.pass(ref(s), `Stream ${s.StreamName} is encrypted at rest with KMS key ${summary.KeyId ?? '(unnamed)'}`, evidence)
        : result.fail(ref(s), `Stream ${s.StreamName} is not encrypted at rest (EncryptionType ${summary.EncryptionType})`, evidence);
    });
  },
});
