import { DescribeStateMachineCommand, ListStateMachinesCommand, SFNClient } from '@aws-sdk/client-sfn';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import check from '../../../checks/sfn/state-machine-logging-enabled.js';
import { awsError } from '../../harness/aws.js';
import { runCheck } from '../../harness/run-check.js';
import { logGroupArn, machine, machineArn, machineItem } from './fixtures.js';

const sfn = mockClient(SFNClient);
beforeEach(() => sfn.reset());
const logging = (level: 'ALL' | 'ERROR' | 'FATAL' | 'OFF', destinations = [logGroupArn('/sfn/x')]) => ({
  loggingConfiguration: { level, includeExecutionData: false, destinations: destinations.map((logGroupArn) => ({ cloudWatchLogsLogGroup: { logGroupArn } })) },
});
const seed = (machines: Record<string, ReturnType<typeof machine>>) => {
  sfn.on(ListStateMachinesCommand).resolves({ stateMachines: Object.keys(machines).map((n) => machineItem(n)) });
  for (const [name, m] of Object.entries(machines)) sfn.on(DescribeStateMachineCommand, { stateMachineArn: machineArn(name), includedData: 'METADATA_ONLY' }).resolves(m);
};

describe('sfn.state-machine-logging-enabled', () => {
  it('PASS at any level but OFF with a destination (FSBP StepFunctions.1); FAIL at OFF or without a destination', async () => {
    seed({ all: machine('all', logging('ALL')), fatal: machine('fatal', logging('FATAL')), off: machine('off'), nowhere: machine('nowhere', logging('ERROR', [])) });
    expect(await runCheck(check)).toMatchObject([
      { status: 'PASS', resource: { id: 'all', arn: machineArn('all') }, evidence: { level: 'ALL', destinations: [logGroupArn('/sfn/x')], acceptedLevels: ['ALL', 'ERROR', 'FATAL'] }, srm: { duty: 'logging', serviceModel: 'SaaS', owner: 'customer' } },
      { status: 'PASS', resource: { id: 'fatal' }, evidence: { level: 'FATAL' } },
      { status: 'FAIL', resource: { id: 'nowhere' }, evidence: { level: 'ERROR', destinations: [] } },
      { status: 'FAIL', resource: { id: 'off' }, evidence: { level: 'OFF' } },
    ]);
  });

  it('acceptedLevels raises the bar: FATAL fails when only ALL and ERROR count; OFF never counts', async () => {
    seed({ error: machine('error', logging('ERROR')), fatal: machine('fatal', logging('FATAL')), off: machine('off', logging('OFF')) });
    expect((await runCheck(check, { options: { acceptedLevels: ['all', 'error', 'OFF'] } })).map((f) => [f.resource.id, f.status])).toEqual([['error', 'PASS'], ['fatal', 'FAIL'], ['off', 'FAIL']]);
  });

  it('no definition reaches the evidence (it is dropped on arrival)', async () => {
    seed({ all: machine('all', logging('ALL')) });
    expect(JSON.stringify(await runCheck(check))).not.toContain('not-a-real-key');
  });

  it('ERROR per machine when DescribeStateMachine is denied', async () => {
    seed({ a: machine('a', logging('ALL')) });
    sfn.on(DescribeStateMachineCommand).rejects(awsError('AccessDeniedException'));
    expect(await runCheck(check)).toMatchObject([{ status: 'ERROR', resource: { id: 'a' }, message: expect.stringContaining('states:DescribeStateMachine') }]);
  });
});
