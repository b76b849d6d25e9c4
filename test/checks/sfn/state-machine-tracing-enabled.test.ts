import { DescribeStateMachineCommand, ListStateMachinesCommand, SFNClient } from '@aws-sdk/client-sfn';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import check from '../../../checks/sfn/state-machine-tracing-enabled.js';
import { awsError } from '../../harness/aws.js';
import { runCheck } from '../../harness/run-check.js';
import { machine, machineArn, machineItem } from './fixtures.js';

const sfn = mockClient(SFNClient);
beforeEach(() => sfn.reset());

describe('sfn.state-machine-tracing-enabled', () => {
  it('PASS with tracing enabled, FAIL without', async () => {
    sfn.on(ListStateMachinesCommand).resolves({ stateMachines: [machineItem('traced'), machineItem('dark', 'EXPRESS')] });
    sfn.on(DescribeStateMachineCommand, { stateMachineArn: machineArn('traced') }).resolves(machine('traced', { tracingConfiguration: { enabled: true } }));
    sfn.on(DescribeStateMachineCommand, { stateMachineArn: machineArn('dark') }).resolves(machine('dark', { type: 'EXPRESS' }));
    expect(await runCheck(check)).toMatchObject([
      { status: 'FAIL', resource: { id: 'dark' }, evidence: { type: 'EXPRESS', tracingEnabled: false } },
      { status: 'PASS', resource: { id: 'traced', arn: machineArn('traced') }, evidence: { tracingEnabled: true }, srm: { duty: 'logging', serviceModel: 'SaaS' } },
    ]);
  });

  it('ERROR naming the permission when the list is denied', async () => {
    sfn.on(ListStateMachinesCommand).rejects(awsError('AccessDeniedException'));
    expect(await runCheck(check)).toMatchObject([{ status: 'ERROR', message: expect.stringContaining('states:ListStateMachines') }]);
  });
});
