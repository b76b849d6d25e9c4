import type { ContainerDefinition } from '@aws-sdk/client-ecs';
import { defineCheck } from '../../src/check/define.js';
import { isWindowsTaskDefinition, judgeLatestTaskDefinitions } from '../../src/check/kit/ecs-task-definitions.js';

/** `user` is "user", "uid", "user:group", "uid:gid", "uid:group" or "user:gid"; root is the name root or uid 0. */
function runsAsRoot(c: ContainerDefinition): boolean {
  const user = c.user?.trim();
  if (!user) return true; // ECS then uses the image's USER, root unless the image says otherwise: not shown to be non-root.
  const name = user.split(':')[0]!.trim();
  return name === 'root' || /^0+$/.test(name);
}

export default defineCheck({
  id: 'ecs.task-definition-non-root-user',
  title: 'ECS task definition containers run as a non-root user',
  description:
    'A process running as root in a container is one kernel bug or mount away from root on the instance. Fails when a container ' +
    'definition of the latest ACTIVE revision has no user (the image\'s USER then applies, root unless the image sets one: the task ' +
    'definition does not show a non-root user), or a user whose name is root or whose uid is 0. Windows task definitions ' +
    '(runtimePlatform WINDOWS_*) are not judged: ECS does not support user for Windows containers.',
  service: 'ecs',
  resourceType: 'AWS::ECS::TaskDefinition',
  severity: 'medium',
  duty: 'app-configuration',
  serviceModel: 'PaaS',
  scope: 'regional',
  remediation: {
    text: 'Set "user" to a non-zero uid (e.g. "1000:1000") in each container definition, or build images with a non-root USER and name it explicitly.',
    url: 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task_definition_parameters.html#container_definition_security',
  },
  async run(ctx) {
    return judgeLatestTaskDefinitions(ctx, (td, ref) => {
      if (isWindowsTaskDefinition(td)) return undefined;
      const containers = (td.containerDefinitions ?? []).map((c) => ({ name: c.name ?? '', user: c.user ?? null, root: runsAsRoot(c) }));
      const root = containers.filter((c) => c.root);
      const evidence = { taskDefinitionArn: td.taskDefinitionArn ?? null, containers: containers.map(({ name, user }) => ({ name, user })) };
      return root.length
        ? ctx.result.fail(ref, `Task definition ${td.family}:${td.revision} has container(s) not shown to run as non-root: ${root.map((c) => c.name).join(', ')}`, evidence)
        : ctx.result.pass(ref, `Task definition ${td.family}:${td.revision} runs every container as a non-root user`, evidence);
    });
  },
});
