import { DescribeTaskDefinitionCommand, ECSClient, ListTaskDefinitionFamiliesCommand } from '@aws-sdk/client-ecs';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import check from '../../../checks/ecs/task-definition-no-host-namespaces.js';
import { awsError } from '../../harness/aws.js';
import { runCheck } from '../../harness/run-check.js';
import { familyArn, hardened, taskDef } from './fixtures.js';

const ecs = mockClient(ECSClient);
beforeEach(() => ecs.reset());

const good = taskDef('a-good', [hardened('app'), hardened('sidecar')]);
const bad = taskDef('b-bad', [hardened('app')], { networkMode: 'host', pidMode: 'host' });

describe('ecs.task-definition-no-host-namespaces', () => {
  it('judges the latest ACTIVE revision of each family: PASS and FAIL with the deciding fields', async () => {
    ecs.on(ListTaskDefinitionFamiliesCommand).resolves({ families: ['a-good', 'b-bad'] });
    ecs.on(DescribeTaskDefinitionCommand, { taskDefinition: 'a-good' }).resolves({ taskDefinition: good });
    ecs.on(DescribeTaskDefinitionCommand, { taskDefinition: 'b-bad' }).resolves({ taskDefinition: bad });
    expect(await runCheck(check)).toMatchObject([
      { status: 'PASS', resource: { id: 'a-good', arn: familyArn('a-good') }, evidence: { taskDefinitionArn: good.taskDefinitionArn } },
      { status: 'FAIL', resource: { id: 'b-bad', arn: familyArn('b-bad') }, evidence: { networkMode: 'host', pidMode: 'host', ipcMode: null } },
    ]);
    expect(ecs.commandCalls(ListTaskDefinitionFamiliesCommand)[0]!.args[0].input).toMatchObject({ status: 'ACTIVE' });
  });

  it('FAIL on ipcMode host alone; PASS on pidMode task', async () => {
    ecs.on(ListTaskDefinitionFamiliesCommand).resolves({ families: ['ipc', 'task'] });
    ecs.on(DescribeTaskDefinitionCommand, { taskDefinition: 'ipc' }).resolves({ taskDefinition: taskDef('ipc', [hardened('app')], { networkMode: 'bridge', ipcMode: 'host' }) });
    ecs.on(DescribeTaskDefinitionCommand, { taskDefinition: 'task' }).resolves({ taskDefinition: taskDef('task', [hardened('app')], { pidMode: 'task' }) });
    expect(await runCheck(check)).toMatchObject([{ status: 'FAIL', resource: { id: 'ipc' }, evidence: { ipcMode: 'host' } }, { status: 'PASS', resource: { id: 'task' }, evidence: { pidMode: 'task' } }]);
  });

  it('ERROR naming the permission when the families cannot be listed, and per family when one cannot be described', async () => {
    ecs.on(ListTaskDefinitionFamiliesCommand).rejects(awsError('AccessDeniedException'));
    expect(await runCheck(check)).toMatchObject([{ status: 'ERROR', message: expect.stringContaining('ecs:ListTaskDefinitionFamilies') }]);
    ecs.reset();
    ecs.on(ListTaskDefinitionFamiliesCommand).resolves({ families: ['a-good', 'b-bad'] });
    ecs.on(DescribeTaskDefinitionCommand, { taskDefinition: 'a-good' }).resolves({ taskDefinition: good });
    ecs.on(DescribeTaskDefinitionCommand, { taskDefinition: 'b-bad' }).rejects(awsError('AccessDeniedException'));
    expect(await runCheck(check)).toMatchObject([
      { status: 'PASS', resource: { id: 'a-good' } },
      { status: 'ERROR', resource: { id: 'b-bad', arn: familyArn('b-bad') }, message: expect.stringContaining('ecs:DescribeTaskDefinition') },
    ]);
  });
});
