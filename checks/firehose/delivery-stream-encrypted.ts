import { defineCheck } from '../../src/check/define.js';
import { deliveryStreamRef } from '../../src/check/kit/stream-refs.js';

export default defineCheck({
  id: 'firehose.delivery-stream-encrypted',
  title: 'Firehose streams keep the records they buffer encrypted at rest',
  description:
    'Firehose buffers records before delivering them. For a Direct PUT stream (and any source other than a Kinesis data stream or MSK) ' +
    'they are encrypted at rest only when server-side encryption is on: passes when DeliveryStreamEncryptionConfiguration.Status is ' +
    'ENABLED (KeyType AWS_OWNED_CMK or CUSTOMER_MANAGED_CMK in the evidence). A stream reading from a Kinesis data stream stores ' +
    'nothing itself (AWS: the data stays in the source stream), so it is judged by that stream\'s encryption (DescribeStreamSummary ' +
    'EncryptionType KMS). A stream reading from Amazon MSK passes: MSK always encrypts its storage at rest. Reference: Security Hub ' +
    'FSBP DataFirehose.1.',
  service: 'firehose',
  resourceType: 'AWS::KinesisFirehose::DeliveryStream',
  severity: 'medium',
  duty: 'data-encryption',
  serviceModel: 'SaaS',
  scope: 'regional',
  remediation: {
    text: 'Start server-side encryption on the Firehose stream (or, for a Kinesis data stream source, on the source stream).',
    cli: 'aws firehose start-delivery-stream-encryption --delivery-stream-name <stream> --delivery-stream-encryption-configuration-input KeyType=AWS_OWNED_CMK',
    url: 'https://docs.aws.amazon.com/firehose/latest/dev/encryption.html',
  },
  async run({ scope, inventory, result }) {
    const names = await inventory.firehose.deliveryStreamNames(scope.region);
    return result.forEach(names, (n) => deliveryStreamRef(scope, n), async (name) => {
      const d = await inventory.firehose.deliveryStream(scope.region, name);
      const ref = { arn: d.DeliveryStreamARN ?? deliveryStreamRef(scope, name).arn, id: name };
      const type = d.DeliveryStreamType ?? 'DirectPut';
      if (type === 'KinesisStreamAsSource') {
        const sourceArn = d.Source?.KinesisStreamSourceDescription?.KinesisStreamARN;
        if (!sourceArn) return result.fail(ref, `Firehose stream ${name} reads from a Kinesis data stream it does not name`, { DeliveryStreamType: type, KinesisStreamARN: null });
        const source = await inventory.kinesis.streamSummary(sourceArn.split(':')[3] || scope.region, sourceArn);
        const evidence = { DeliveryStreamType: type, KinesisStreamARN: sourceArn, EncryptionType: source.EncryptionType ?? null };
        return source.EncryptionType === 'KMS'
          ? result.pass(ref, `Firehose stream ${name} reads from encrypted Kinesis stream ${source.StreamName}`, evidence)
          : result.fail(ref, `Firehose stream ${name} reads from Kinesis stream ${source.StreamName}, which is not encrypted at rest`, evidence);
      }
      if (type === 'MSKAsSource') return result.pass(ref, `Firehose stream ${name} reads from Amazon MSK, which encrypts its storage at rest`, { DeliveryStreamType: type });
      const sse = d.DeliveryStreamEncryptionConfiguration;
      const evidence = { DeliveryStreamType: type, Status: sse?.Status ?? null, KeyType: sse?.KeyType ?? null, KeyARN: sse?.KeyARN ?? null };
      return sse?.Status === 'ENABLED'
        ? result.pass(ref, `Firehose stream ${name} encrypts buffered records at rest (${sse.KeyType ?? 'key type not named'})`, evidence)
        : result.fail(ref, `Firehose stream ${name} does not encrypt buffered records at rest (encryption ${sse?.Status ?? 'not configured'})`, evidence);
    });
  },
});
