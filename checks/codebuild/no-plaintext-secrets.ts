import { defineCheck } from '../../src/check/define.js';
import { detectSecrets } from '../../src/lib/secrets.js';

export default defineCheck({
  id: 'codebuild.no-plaintext-secrets',
  title: 'CodeBuild project environment variables hold no clear-text credentials',
  description:
    'FSBP CodeBuild.2 (which looks for AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY). PLAINTEXT environment variables are stored and ' +
    'shown in clear to anyone who can read the project, and printed into build logs by a careless buildspec; credentials belong in ' +
    'PARAMETER_STORE or SECRETS_MANAGER variables, and AWS access for builds in the service role. Judged: every PLAINTEXT variable ' +
    '(the type AWS assumes when none is given) through the project\'s secret detector (src/lib/secrets.ts: known credential formats ' +
    'such as access key ids, secret access keys under their name, connection strings with a password, literal values under credential ' +
    'names, high-entropy tokens). Evidence names variables and detector kinds only, never a value.',
  service: 'codebuild',
  resourceType: 'AWS::CodeBuild::Project',
  severity: 'critical',
  duty: 'secrets-management',
  serviceModel: 'PaaS',
  scope: 'regional',
  remediation: {
    text: 'Store the value in Secrets Manager or SSM Parameter Store, change the variable to type SECRETS_MANAGER or PARAMETER_STORE with the secret\'s name, give the service role read access to it, and rotate the exposed credential. Builds get AWS access from the service role, never from keys.',
    url: 'https://docs.aws.amazon.com/codebuild/latest/userguide/build-spec-ref.html#build-spec.env',
  },
  async run({ scope, inventory, result }) {
    const projects = await inventory.codebuild.projects(scope.region);
    return projects.map((p) => {
      const ref = { arn: p.arn!, id: p.name! };
      const variables = p.environment?.environmentVariables ?? [];
      const plain = variables.filter((v) => v.name !== undefined && (v.type ?? 'PLAINTEXT') === 'PLAINTEXT');
      const hits = detectSecrets(Object.fromEntries(plain.map((v) => [v.name!, v.value ?? ''])));
      const evidence = {
        variableCount: variables.length,
        plaintextVariableCount: plain.length,
        secretVariables: hits.map((h) => ({ name: h.name, kinds: h.kinds })),
      };
      return hits.length
        ? result.fail(ref, `Project ${p.name} has PLAINTEXT environment variable(s) that look like credentials: ${hits.map((h) => `${h.name} (${h.kinds.join(', ')})`).join('; ')}`, evidence)
        : result.pass(ref, `Project ${p.name} has no PLAINTEXT environment variable that looks like a credential`, evidence);
    });
  },
});
