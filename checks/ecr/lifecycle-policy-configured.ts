import { defineCheck } from '../../src/check/define.js';
import { parseOrInvalid } from '../../src/aws/invalid-data.js';

export default defineCheck({
  id: 'ecr.lifecycle-policy-configured',
  title: 'ECR repositories have a lifecycle policy that expires old images',
  description:
    'Without a lifecycle policy every image ever pushed stays pullable, old vulnerable builds included, and keeps adding to the ' +
    'scanning and storage bill. Passes when GetLifecyclePolicy returns a policy with at least one rule; a repository without one ' +
    '(LifecyclePolicyNotFoundException) fails. The rules themselves (what to keep) are the owner\'s choice and are only listed.',
  service: 'ecr',
  resourceType: 'AWS::ECR::Repository',
  severity: 'low',
  duty: 'app-configuration',
  serviceModel: 'PaaS',
  scope: 'regional',
  remediation: {
    text: 'Add a lifecycle policy that expires untagged images after a few days and keeps a bounded number of tagged releases.',
    cli: 'aws ecr put-lifecycle-policy --repository-name <repository> --lifecycle-policy-text file://lifecycle.json',
    url: 'https://docs.aws.amazon.com/AmazonECR/latest/userguide/LifecyclePolicies.html',
  },
  async run({ scope, inventory, result }) {
    const repositories = await inventory.ecr.repositories(scope.region);
    const source = { service: 'ecr' as const, operation: 'GetLifecyclePolicy', account: scope.account, region: scope.region };
    return result.forEach(repositories, (r) => ({ arn: r.repositoryArn!, id: r.repositoryName! }), async (r) => {
      const ref = { arn: r.repositoryArn!, id: r.repositoryName! };
      const policy = await inventory.ecr.lifecyclePolicy(scope.region, r.repositoryName!);
      if (!policy?.lifecyclePolicyText) return result.fail(ref, `Repository ${r.repositoryName} has no lifecycle policy`, { lifecyclePolicy: null });
      const rules = parseOrInvalid(source, `lifecycle policy of ${r.repositoryName}`, () => {
        const doc = JSON.parse(policy.lifecyclePolicyText!) as { rules?: unknown };
        if (!Array.isArray(doc.rules)) throw new Error('no rules array');
        return doc.rules as { rulePriority?: number; description?: string; action?: { type?: string } }[];
      });
      const evidence = { ruleCount: rules.length, rules: rules.map((x) => ({ rulePriority: x.rulePriority ?? null, action: x.action?.type ?? null, description: x.description ?? null })) };
      return rules.length
        ? result.pass(ref, `Repository ${r.repositoryName} has a lifecycle policy with ${rules.length} rule(s)`, evidence)
        : result.fail(ref, `Repository ${r.repositoryName} has a lifecycle policy with no rule`, evidence);
    });
  },
});
