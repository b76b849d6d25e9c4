import { DescribeTaskDefinitionCommand, ECSClient, ListTaskDefinitionFamiliesCommand } from '@aws-sdk/client-ecs';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import check from '../../../checks/ecs/task-definition-non-root-user.js';
import { awsError } from '../../harness/aws.js';
import { runCheck } from '../../harness/run-check.js';
import { container, familyArn, hardened, taskDef } from './fixtures.js';

const ecs = mockClient(ECSClient);
beforeEach(() => ecs.reset());

const good = taskDef('a-good', [hardened('app'), hardened('sidecar')]);
const bad = taskDef('b-bad', [hardened('app'), hardened('root-by-name', { user: 'root' }), hardened('uid0', { user: '0:1000' }), container('image-default')]);

describe('ecs.task-definition-non-root-user', () => {
  it('judges the latest ACTIVE revision of each family: PASS and FAIL with the deciding fields', async () => {
    ecs.on(ListTaskDefinitionFamiliesCommand).resolves({ families: ['a-good', 'b-bad'] });
    ecs.on(DescribeTaskDefinitionCommand, { taskDefinition: 'a-good' }).resolves({ taskDefinition: good });
    ecs.on(DescribeTaskDefinitionCommand, { taskDefinition: 'b-bad' }).resolves({ taskDefinition: bad });
    expect(await runCheck(check)).toMatchObject([
      { status: 'PASS', resource: { id: 'a-good', arn: familyArn('a-good') }, evidence: { taskDefinitionArn: good.taskDefinitionArn } },
      { status: 'FAIL', resource: { id: 'b-bad', arn: familyArn('b-bad') }, evidence: { containers: [{ name: 'app', user: '1000:1000' }, { name: 'root-by-name', user: 'root' }, { name: 'uid0', user: '0:1000' }, { name: 'image-default', user: null }] } },
    ]);
    expect(ecs.commandCalls(ListTaskDefinitionFamiliesCommand)[0]!.args[0].input).toMatchObject({ status: 'ACTIVE' });
  });

  it('does not judge Windows task definitions (ECS does not support the parameter there)', async () => {
    ecs.on(ListTaskDefinitionFamiliesCommand).resolves({ families: ['win'] });
    ecs.on(DescribeTaskDefinitionCommand).resolves({ taskDefinition: taskDef('win', [container('iis')], { runtimePlatform: { operatingSystemFamily: 'WINDOWS_SERVER_2022_CORE' } }) });
    expect(await runCheck(check)).toEqual([]);
  });

  it('a named non-root user passes; a group of 0 with a non-root user passes', async () => {
    ecs.on(ListTaskDefinitionFamiliesCommand).resolves({ families: ['named'] });
    ecs.on(DescribeTaskDefinitionCommand).resolves({ taskDefinition: taskDef('named', [hardened('app', { user: 'nginx' }), hardened('w', { user: '1000:0' })]) });
    expect(await runCheck(check)).toMatchObject([{ status: 'PASS', resource: { id: 'named' } }]);
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
