import { defineCheck } from '../../src/check/define.js';
import { containersWhere, judgeLatestTaskDefinitions } from '../../src/check/kit/ecs-task-definitions.js';

export default defineCheck({
  id: 'ecs.task-definition-no-privileged-containers',
  title: 'ECS task definitions run no privileged container',
  description:
    'A privileged container gets every Linux capability and the host\'s devices: root in it is root on the container instance, and ' +
    'so over every other task there. Judges the latest ACTIVE revision of each task definition family (older revisions, even ones ' +
    'a service still runs, are not judged); fails when any container definition has privileged: true. Fargate rejects privileged ' +
    'containers, so this matters for the EC2 and External launch types.',
  service: 'ecs',
  resourceType: 'AWS::ECS::TaskDefinition',
  severity: 'high',
  duty: 'app-configuration',
  serviceModel: 'PaaS',
  scope: 'regional',
  remediation: {
    text: 'Register a new revision without privileged: true; grant only the Linux capabilities the container needs (linuxParameters.capabilities.add).',
    url: 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task_definition_parameters.html#container_definition_security',
  },
  async run(ctx) {
    return judgeLatestTaskDefinitions(ctx, (td, ref) => {
      const privileged = containersWhere(td, (c) => c.privileged === true);
      const evidence = { taskDefinitionArn: td.taskDefinitionArn ?? null, privilegedContainers: privileged };
      return privileged.length
        ? ctx.result.fail(ref, `Task definition ${td.family}:${td.revision} runs privileged container(s) ${privileged.join(', ')}`, evidence)
        : ctx.result.pass(ref, `Task definition ${td.family}:${td.revision} runs no privileged container`, evidence);
    });
  },
});
