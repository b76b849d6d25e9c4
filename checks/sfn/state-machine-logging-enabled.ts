import { defineCheck } from '../../src/check/define.js';

export default defineCheck({
  id: 'sfn.state-machine-logging-enabled',
  title: 'Step Functions state machines log their execution history to CloudWatch Logs',
  description:
    'Execution logs show which workflow ran, with which input, and where it failed; Express workflows keep no execution history ' +
    'anywhere else. Passes when loggingConfiguration.level (DescribeStateMachine; OFF when never set) is one of acceptedLevels ' +
    '(default ALL, ERROR, FATAL: any level but OFF, as Security Hub FSBP StepFunctions.1 without its logLevel parameter; drop FATAL ' +
    'to require every error, which FATAL alone does not log) and at least one log group destination is named.',
  service: 'sfn',
  resourceType: 'AWS::StepFunctions::StateMachine',
  severity: 'medium',
  duty: 'logging',
  serviceModel: 'SaaS',
  scope: 'regional',
  options: { acceptedLevels: ['ALL', 'ERROR', 'FATAL'] },
  remediation: {
    text: 'Set the state machine\'s logging level to ERROR or ALL with a CloudWatch Logs log group as destination.',
    cli: 'aws stepfunctions update-state-machine --state-machine-arn <arn> --logging-configuration \'{"level":"ERROR","includeExecutionData":false,"destinations":[{"cloudWatchLogsLogGroup":{"logGroupArn":"<log-group-arn>:*"}}]}\'',
    url: 'https://docs.aws.amazon.com/step-functions/latest/dg/cw-logs.html',
  },
  async run({ scope, inventory, result, options }) {
    // OFF never counts, whatever the configuration lists: it logs nothing.
    const accepted = new Set(options.acceptedLevels.map((l) => l.trim().toUpperCase()).filter((l) => l !== 'OFF'));
    const machines = await inventory.sfn.stateMachines(scope.region);
    const ref = (m: (typeof machines)[number]) => ({ arn: m.stateMachineArn!, id: m.name! });
    return result.forEach(machines, ref, async (m) => {
      const logging = (await inventory.sfn.stateMachine(scope.region, m.stateMachineArn!)).loggingConfiguration;
      // AWS documents OFF as the level when none was set.
      const level = logging?.level ?? 'OFF';
      const destinations = (logging?.destinations ?? []).map((d) => d.cloudWatchLogsLogGroup?.logGroupArn ?? '').filter(Boolean);
      const evidence = { type: m.type ?? null, level, destinations, includeExecutionData: logging?.includeExecutionData ?? false, acceptedLevels: [...accepted] };
      if (!accepted.has(level)) return result.fail(ref(m), `State machine ${m.name} logs at level ${level}, not one of ${[...accepted].join(', ')}`, evidence);
      return destinations.length
        ? result.pass(ref(m), `State machine ${m.name} logs at level ${level} to ${destinations.join(', ')}`, evidence)
        : result.fail(ref(m), `State machine ${m.name} has logging level ${level} but no log group destination`, evidence);
    });
  },
});
