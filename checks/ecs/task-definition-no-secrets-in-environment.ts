import { defineCheck } from '../../src/check/define.js';
import { judgeLatestTaskDefinitions } from '../../src/check/kit/ecs-task-definitions.js';
import { detectSecrets } from '../../src/lib/secrets.js';

export default defineCheck({
  id: 'ecs.task-definition-no-secrets-in-environment',
  title: 'ECS task definition environment variables hold no literal secrets',
  description:
    'Plain environment values of a task definition are readable by anyone with ecs:DescribeTaskDefinition, stay in every revision ' +
    'forever and are shown in the console; credentials belong in the container definition\'s "secrets" (Secrets Manager or SSM ' +
    'Parameter Store references). Fails on variables of the latest ACTIVE revision that the project\'s secret detector flags (the ' +
    'detector of lambda.no-secrets-in-environment, src/lib/secrets.ts: known credential formats, connection strings with a password, ' +
    'literal values under credential names, high-entropy tokens; references and placeholders are fine). Evidence names containers, ' +
    'variables and detector kinds only, never a value; snapshots keep only the detected kinds.',
  service: 'ecs',
  resourceType: 'AWS::ECS::TaskDefinition',
  severity: 'high',
  duty: 'secrets-management',
  serviceModel: 'PaaS',
  scope: 'regional',
  remediation: {
    text: 'Store the value in Secrets Manager or SSM Parameter Store (SecureString), reference it under the container\'s "secrets" (valueFrom), register a new revision, deregister the old ones and rotate the exposed credential.',
    url: 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/specifying-sensitive-data.html',
  },
  async run(ctx) {
    return judgeLatestTaskDefinitions(ctx, (td, ref) => {
      const containers = (td.containerDefinitions ?? []).map((c) => {
        const variables = Object.fromEntries((c.environment ?? []).filter((p) => p.name !== undefined).map((p) => [p.name!, p.value ?? '']));
        return { name: c.name ?? '', variableCount: Object.keys(variables).length, secretVariables: detectSecrets(variables) };
      });
      const leaky = containers.filter((c) => c.secretVariables.length);
      const evidence = {
        taskDefinitionArn: td.taskDefinitionArn ?? null,
        containers: containers.map((c) => ({ name: c.name, variableCount: c.variableCount, secretVariables: c.secretVariables.map((h) => ({ name: h.name, kinds: h.kinds })) })),
      };
      return leaky.length
        ? ctx.result.fail(ref, `Task definition ${td.family}:${td.revision} has environment variable(s) that look like secrets: ${leaky.map((c) => `${c.name} (${c.secretVariables.map((h) => h.name).join(', ')})`).join('; ')}`, evidence)
        : ctx.result.pass(ref, `Task definition ${td.family}:${td.revision} has no environment variable that looks like a secret`, evidence);
    });
  },
});
