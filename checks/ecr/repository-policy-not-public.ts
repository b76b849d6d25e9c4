import { defineCheck } from '../../src/check/define.js';
import { publicStatements, statementEvidence } from '../../src/lib/resource-policy.js';

export default defineCheck({
  id: 'ecr.repository-policy-not-public',
  title: 'ECR repository policies do not grant access to everyone',
  description:
    'A repository policy that allows Principal "*" without a condition pinning the caller (source account or ARN, organization, ' +
    'caller account, VPC endpoint) lets anyone on the internet pull the images, and so read the code and any secret baked into ' +
    'them, or push images when push actions are granted. Judged by the project\'s one resource-policy analyser ' +
    '(src/lib/resource-policy.ts); the statements that make the policy public are the evidence. A repository without a policy ' +
    '(RepositoryPolicyNotFoundException) passes: only identities of its own account with IAM permissions may use it. Duty ' +
    'identity-access: the exposure is a grant in a resource policy, not a network path (network controls of a PaaS service are ' +
    'the provider\'s in the SRM matrix).',
  service: 'ecr',
  resourceType: 'AWS::ECR::Repository',
  severity: 'critical',
  duty: 'identity-access',
  serviceModel: 'PaaS',
  scope: 'regional',
  remediation: {
    text: 'Replace the public statement by grants to named accounts or to your organization (aws:PrincipalOrgID); publish public images through ECR Public instead.',
    cli: 'aws ecr set-repository-policy --repository-name <repository> --policy-text file://policy.json',
    url: 'https://docs.aws.amazon.com/AmazonECR/latest/userguide/repository-policies.html',
  },
  async run({ scope, inventory, result }) {
    const repositories = await inventory.ecr.repositories(scope.region);
    return result.forEach(repositories, (r) => ({ arn: r.repositoryArn!, id: r.repositoryName! }), async (r) => {
      const ref = { arn: r.repositoryArn!, id: r.repositoryName! };
      const policy = await inventory.ecr.repositoryPolicy(scope.region, r.repositoryName!);
      if (!policy) return result.pass(ref, `Repository ${r.repositoryName} has no repository policy`, { policy: null, publicStatements: [] });
      const open = publicStatements(policy, 'ecr');
      const evidence = { statementCount: policy.Statement.length, publicStatements: open.map(statementEvidence) };
      return open.length
        ? result.fail(ref, `Repository ${r.repositoryName} has ${open.length} policy statement(s) granting access to everyone`, evidence)
        : result.pass(ref, `Repository ${r.repositoryName} has a policy with no public statement`, evidence);
    });
  },
});
