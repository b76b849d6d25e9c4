import { parseOrInvalid } from '../../src/aws/invalid-data.js';
import { defineCheck } from '../../src/check/define.js';
import { resourcePolicyVerdict } from '../../src/check/kit/resource-policy-verdict.js';
import { parsePolicyDocument } from '../../src/lib/iam-policy.js';

export default defineCheck({
  id: 'sns.topic-policy-not-public',
  title: 'SNS topic policies do not grant access to everyone',
  description:
    'A topic policy statement that allows a wildcard principal without a condition pinning the caller lets any AWS account publish ' +
    'to the topic (spam, forged alerts) or subscribe to it (read every message). The default topic policy AWS writes allows ' +
    '{"AWS":"*"} only with AWS:SourceOwner equal to the owner account, which pins the caller, and so passes (condition keys are ' +
    'case-insensitive). Read with the project\'s one resource-policy analyser; the public statements are the evidence.',
  service: 'sns',
  resourceType: 'AWS::SNS::Topic',
  severity: 'critical',
  duty: 'identity-access',
  serviceModel: 'SaaS',
  scope: 'regional',
  remediation: {
    text: 'Replace the wildcard principal with the accounts or services that need access, or add a condition such as aws:SourceAccount, aws:SourceArn or aws:PrincipalOrgID.',
    cli: 'aws sns set-topic-attributes --topic-arn <topic-arn> --attribute-name Policy --attribute-value file://policy.json',
    url: 'https://docs.aws.amazon.com/sns/latest/dg/sns-security-best-practices.html',
  },
  async run({ scope, inventory, result }) {
    const arns = await inventory.sns.topicArns(scope.region);
    const ref = (arn: string) => ({ arn, id: arn.split(':').pop()! });
    return result.forEach(arns, ref, async (arn) => {
      const { Policy } = await inventory.sns.topicAttributes(scope.region, arn);
      const source = { service: 'sns' as const, operation: 'GetTopicAttributes', account: scope.account, region: scope.region };
      const doc = Policy ? parseOrInvalid(source, `policy of topic ${ref(arn).id}`, () => parsePolicyDocument(Policy)) : null;
      return resourcePolicyVerdict(result, ref(arn), `Topic ${ref(arn).id}`, doc, 'sns');
    });
  },
});
