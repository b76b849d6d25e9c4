import { defineCheck } from '../../src/check/define.js';
import { isSfnLogLevel, logsAtLeast } from '../../src/lib/sfn-log-levels.js';

export default defineCheck({
  id: 'sfn.state-machine-logging-enabled',
  title: 'Step Functions state machines log their execution history to CloudWatch Logs',
  description:
    'Execution logs show which workflow ran, with which input, and where it failed; Express workflows keep no execution history ' +
    'anywhere else. Passes when loggingConfiguration.level (DescribeStateMachine) is at least minLevel (default FATAL, i.e. not OFF, ' +
    'as Security Hub FSBP StepFunctions.1 without its logLevel parameter; set ERROR or ALL for more) and at least one log group ' +
    'destination is named. The level ladder is OFF < FATAL < ERROR < ALL.',
  service: 'sfn',
  resourceType: 'AWS::StepFunctions::StateMachine',
  severity: 'medium',
  duty: 'logging',
  serviceModel: 'SaaS',
  scope: 'regional',
  options: { minLevel: 'FATAL' },
  remediation: {
    text: 'Set the state machine\'s logging level to ERROR or ALL with a CloudWatch Logs log group as destination.',
    cli: 'aws stepfunctions update-state-machine --state-machine-arn <arn> --logging-configuration \'{"level":"ERROR","includeExecutionData":false,"destinations":[{"cloudWatchLogsLogGroup":{"logGroupArn":"<log-group-arn>:*"}}]}\'',
    url: 'https://docs.aws.amazon.com/step-functions/latest/dg/cw-logs.html',
  },
  async run({ scope, inventory, result, options }) {
    const minLevel = options.minLevel.toUpperCase();
    if (!isSfnLogLevel(minLevel) || minLevel === 'OFF') throw new Error(`option "minLevel" of sfn.state-machine-logging-enabled must be FATAL, ERROR or ALL, not ${JSON.stringify(options.minLevel)}`);
    const machines = await inventory.sfn.stateMachines(scope.region);
    const ref = (m: (typeof machines)[number]) => ({ arn: m.stateMachineArn!, id: m.name! });
    return result.forEach(machines, ref, async (m) => {
      const logging = (await inventory.sfn.stateMachine(scope.region, m.stateMachineArn!)).loggingConfiguration;
      // AWS documents OFF as the level when none was set.
      const level = logging?.level ?? 'OFF';
      const destinations = (logging?.destinations ?? []).map((d) => d.cloudWatchLogsLogGroup?.logGroupArn ?? '').filter(Boolean);
      const evidence = { type: m.type ?? null, level, destinations, includeExecutionData: logging?.includeExecutionData ?? false, minLevel };
      if (!logsAtLeast(level, minLevel)) return result.fail(ref(m), `State machine ${m.name} logs at level ${level}, below ${minLevel}`, evidence);
      return destinations.length
        ? result.pass(ref(m), `State machine ${m.name} logs at level ${level} to ${destinations.join(', ')}`, evidence)
        : result.fail(ref(m), `State machine ${m.name} has logging level ${level} but no log group destination`, evidence);
    });
  },
});
