import { defineCheck } from '../../src/check/define.js';
import { judgeLatestTaskDefinitions } from '../../src/check/kit/ecs-task-definitions.js';

export default defineCheck({
  id: 'ecs.task-definition-no-host-namespaces',
  title: 'ECS task definitions do not share the host\'s network, process or IPC namespace',
  description:
    'networkMode "host" puts the containers on the instance\'s network stack (every port, the instance metadata service, traffic of ' +
    'other tasks); pidMode "host" lets them see and signal every process of the instance; ipcMode "host" shares its shared memory. ' +
    'Fails when the latest ACTIVE revision of a family has any of the three set to "host". Older revisions are not judged.',
  service: 'ecs',
  resourceType: 'AWS::ECS::TaskDefinition',
  severity: 'high',
  duty: 'app-configuration',
  serviceModel: 'PaaS',
  scope: 'regional',
  remediation: {
    text: 'Register a new revision with networkMode awsvpc (or bridge) and without pidMode/ipcMode host.',
    url: 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task_definition_parameters.html#network_mode',
  },
  async run(ctx) {
    return judgeLatestTaskDefinitions(ctx, (td, ref) => {
      const evidence = { taskDefinitionArn: td.taskDefinitionArn ?? null, networkMode: td.networkMode ?? null, pidMode: td.pidMode ?? null, ipcMode: td.ipcMode ?? null };
      const shared = (['networkMode', 'pidMode', 'ipcMode'] as const).filter((k) => td[k] === 'host');
      return shared.length
        ? ctx.result.fail(ref, `Task definition ${td.family}:${td.revision} shares the host namespace via ${shared.join(', ')}`, evidence)
        : ctx.result.pass(ref, `Task definition ${td.family}:${td.revision} shares no host namespace`, evidence);
    });
  },
});
