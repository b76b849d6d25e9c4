import { defineCheck } from '../../src/check/define.js';
import { containersWhere, isWindowsTaskDefinition, judgeLatestTaskDefinitions } from '../../src/check/kit/ecs-task-definitions.js';

export default defineCheck({
  id: 'ecs.task-definition-read-only-root-filesystem',
  title: 'ECS task definition containers have a read-only root filesystem',
  description:
    'A writable root filesystem lets an intruder drop tools and persist changes to binaries and configuration for the life of the ' +
    'task. Fails when a container definition of the latest ACTIVE revision lacks readonlyRootFilesystem: true (writable paths belong ' +
    'on volumes). Windows task definitions are not judged: ECS does not support the parameter for Windows containers.',
  service: 'ecs',
  resourceType: 'AWS::ECS::TaskDefinition',
  severity: 'medium',
  duty: 'app-configuration',
  serviceModel: 'PaaS',
  scope: 'regional',
  remediation: {
    text: 'Set readonlyRootFilesystem: true in each container definition and mount volumes (or bind mounts) for the paths the application writes.',
    url: 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task_definition_parameters.html#container_definition_security',
  },
  async run(ctx) {
    return judgeLatestTaskDefinitions(ctx, (td, ref) => {
      if (isWindowsTaskDefinition(td)) return undefined;
      const writable = containersWhere(td, (c) => c.readonlyRootFilesystem !== true);
      const evidence = { taskDefinitionArn: td.taskDefinitionArn ?? null, writableRootContainers: writable };
      return writable.length
        ? ctx.result.fail(ref, `Task definition ${td.family}:${td.revision} has container(s) with a writable root filesystem: ${writable.join(', ')}`, evidence)
        : ctx.result.pass(ref, `Task definition ${td.family}:${td.revision} gives every container a read-only root filesystem`, evidence);
    });
  },
});
