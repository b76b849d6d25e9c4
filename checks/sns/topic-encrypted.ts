import { defineCheck } from '../../src/check/define.js';

export default defineCheck({
  id: 'sns.topic-encrypted',
  title: 'SNS topics encrypt messages at rest with a KMS key',
  description:
    'SNS server-side encryption is off unless the topic has a KMS key (KmsMasterKeyId, the AWS managed alias/aws/sns or a customer ' +
    'managed key); with it, message bodies are encrypted as soon as SNS receives them and stored encrypted until delivered. ' +
    'Judged per topic from GetTopicAttributes.',
  service: 'sns',
  resourceType: 'AWS::SNS::Topic',
  severity: 'medium',
  duty: 'data-encryption',
  serviceModel: 'SaaS',
  scope: 'regional',
  remediation: {
    text: 'Set a KMS key on the topic (alias/aws/sns, or a customer managed key whose policy lets the publishers and the subscribed services use it).',
    cli: 'aws sns set-topic-attributes --topic-arn <topic-arn> --attribute-name KmsMasterKeyId --attribute-value alias/aws/sns',
    url: 'https://docs.aws.amazon.com/sns/latest/dg/sns-server-side-encryption.html',
  },
  async run({ scope, inventory, result }) {
    const arns = await inventory.sns.topicArns(scope.region);
    const ref = (arn: string) => ({ arn, id: arn.split(':').pop()! });
    return result.forEach(arns, ref, async (arn) => {
      const { KmsMasterKeyId } = await inventory.sns.topicAttributes(scope.region, arn);
      const evidence = { KmsMasterKeyId: KmsMasterKeyId || null };
      return KmsMasterKeyId
        ? result.pass(ref(arn), `Topic ${ref(arn).id} is encrypted with KMS key ${KmsMasterKeyId}`, evidence)
        : result.fail(ref(arn), `Topic ${ref(arn).id} has no KMS key: server-side encryption is off`, evidence);
    });
  },
});
