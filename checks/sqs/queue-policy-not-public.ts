import { parseOrInvalid } from '../../src/aws/invalid-data.js';
import { defineCheck } from '../../src/check/define.js';
import { queueRef } from '../../src/check/kit/data-service-refs.js';
import { resourcePolicyVerdict } from '../../src/check/kit/resource-policy-verdict.js';
import { parsePolicyDocument } from '../../src/lib/iam-policy.js';

export default defineCheck({
  id: 'sqs.queue-policy-not-public',
  title: 'SQS queue policies do not grant access to everyone',
  description:
    'A queue policy statement that allows a wildcard principal ("*", {"AWS":"*"} or NotPrincipal) without a condition pinning the ' +
    'caller (aws:SourceArn, aws:SourceAccount, aws:PrincipalOrgID, a VPC endpoint, …) lets any AWS account, or anonymous callers, ' +
    'send, read or delete messages. Read with the project\'s one resource-policy analyser (IAM Access Analyzer\'s reading of public); ' +
    'the public statements are the evidence. A queue without a policy passes: only identities of its account with IAM permissions have access.',
  service: 'sqs',
  resourceType: 'AWS::SQS::Queue',
  severity: 'critical',
  duty: 'identity-access',
  serviceModel: 'SaaS',
  scope: 'regional',
  remediation: {
    text: 'Replace the wildcard principal with the accounts or roles that need access, or add a condition such as aws:SourceArn (the SNS topic or S3 bucket that sends) or aws:PrincipalOrgID.',
    cli: 'aws sqs set-queue-attributes --queue-url <queue-url> --attributes file://policy.json',
    url: 'https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/sqs-security-best-practices.html',
  },
  async run({ scope, inventory, result }) {
    const urls = await inventory.sqs.queueUrls(scope.region);
    return result.forEach(urls, (url) => queueRef(scope, url), async (url) => {
      const ref = queueRef(scope, url);
      const { Policy } = await inventory.sqs.queueAttributes(scope.region, url);
      const source = { service: 'sqs' as const, operation: 'GetQueueAttributes', account: scope.account, region: scope.region };
      const doc = Policy ? parseOrInvalid(source, `policy of queue ${ref.id}`, () => parsePolicyDocument(Policy)) : null;
      return resourcePolicyVerdict(result, ref, `Queue ${ref.id}`, doc, 'sqs');
    });
  },
});
