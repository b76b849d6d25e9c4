import { defineCheck } from '../../src/check/define.js';

export default defineCheck({
  id: 'sfn.state-machine-tracing-enabled',
  title: 'Step Functions state machines send traces to AWS X-Ray',
  description:
    'X-Ray traces follow one execution through the Lambda functions, queues and APIs it calls, which execution logs alone do not ' +
    'connect. Passes when tracingConfiguration.enabled (DescribeStateMachine) is true. Reference: AWS Control Tower ' +
    'CT.STEPFUNCTIONS.PR.2 (Security Hub FSBP has no tracing control for Step Functions).',
  service: 'sfn',
  resourceType: 'AWS::StepFunctions::StateMachine',
  severity: 'low',
  duty: 'logging',
  serviceModel: 'SaaS',
  scope: 'regional',
  remediation: {
    text: 'Enable X-Ray tracing on the state machine (its role needs the X-Ray write permissions).',
    cli: 'aws stepfunctions update-state-machine --state-machine-arn <arn> --tracing-configuration enabled=true',
    url: 'https://docs.aws.amazon.com/step-functions/latest/dg/concepts-xray-tracing.html',
  },
  async run({ scope, inventory, result }) {
    const machines = await inventory.sfn.stateMachines(scope.region);
    const ref = (m: (typeof machines)[number]) => ({ arn: m.stateMachineArn!, id: m.name! });
    return result.forEach(machines, ref, async (m) => {
      const enabled = (await inventory.sfn.stateMachine(scope.region, m.stateMachineArn!)).tracingConfiguration?.enabled ?? false;
      const evidence = { type: m.type ?? null, tracingEnabled: enabled };
      return enabled
        ? result.pass(ref(m), `State machine ${m.name} sends traces to X-Ray`, evidence)
        : result.fail(ref(m), `State machine ${m.name} does not send traces to X-Ray`, evidence);
    });
  },
});
