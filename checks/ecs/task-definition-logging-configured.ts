import { defineCheck } from '../../src/check/define.js';
import { judgeLatestTaskDefinitions } from '../../src/check/kit/ecs-task-definitions.js';

export default defineCheck({
  id: 'ecs.task-definition-logging-configured',
  title: 'ECS task definition containers send their logs somewhere',
  description:
    'Without a logConfiguration a container\'s output stays on the instance (EC2) or is lost (Fargate), and an incident leaves no ' +
    'application trail. Fails when a container definition of the latest ACTIVE revision has no logConfiguration.logDriver ' +
    '(awslogs, awsfirelens, splunk, … all count; the destination itself is not judged). Older revisions are not judged.',
  service: 'ecs',
  resourceType: 'AWS::ECS::TaskDefinition',
  severity: 'medium',
  duty: 'logging',
  serviceModel: 'PaaS',
  scope: 'regional',
  remediation: {
    text: 'Give each container a logConfiguration, e.g. the awslogs driver to a CloudWatch Logs group with a retention period.',
    url: 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/using_awslogs.html',
  },
  async run(ctx) {
    return judgeLatestTaskDefinitions(ctx, (td, ref) => {
      const containers = (td.containerDefinitions ?? []).map((c) => ({ name: c.name ?? '', logDriver: c.logConfiguration?.logDriver ?? null }));
      const unlogged = containers.filter((c) => !c.logDriver).map((c) => c.name);
      const evidence = { taskDefinitionArn: td.taskDefinitionArn ?? null, containers };
      return unlogged.length
        ? ctx.result.fail(ref, `Task definition ${td.family}:${td.revision} has container(s) without a log configuration: ${unlogged.join(', ')}`, evidence)
        : ctx.result.pass(ref, `Task definition ${td.family}:${td.revision} configures logging for every container`, evidence);
    });
  },
});
