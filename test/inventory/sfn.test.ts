import { DescribeStateMachineCommand, ListStateMachinesCommand, SFNClient } from '@aws-sdk/client-sfn';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import { awsError, createTestInventory } from '../harness/aws.js';
import { machine, machineArn, machineItem } from '../checks/sfn/fixtures.js';

const sfn = mockClient(SFNClient);
beforeEach(() => sfn.reset());

describe('sfn inventory', () => {
  it('stateMachines(region) asks 1000 a page and follows nextToken, once under concurrent callers', async () => {
    sfn.on(ListStateMachinesCommand, { maxResults: 1000 }).resolves({ stateMachines: [machineItem('a')], nextToken: 'n' });
    sfn.on(ListStateMachinesCommand, { maxResults: 1000, nextToken: 'n' }).resolves({ stateMachines: [machineItem('b', 'EXPRESS')] });
    const { inventory } = createTestInventory();
    const [x, y] = await Promise.all([inventory.sfn.stateMachines('us-east-1'), inventory.sfn.stateMachines('us-east-1')]);
    expect(x).toBe(y);
    expect(x.map((m) => m.name)).toEqual(['a', 'b']);
    expect(sfn.commandCalls(ListStateMachinesCommand)).toHaveLength(2);
  });

  it('stateMachine asks METADATA_ONLY (no kms:Decrypt) and drops the definition', async () => {
    sfn.on(DescribeStateMachineCommand, { stateMachineArn: machineArn('a'), includedData: 'METADATA_ONLY' }).resolves(machine('a', { loggingConfiguration: { level: 'ALL' } }));
    const { inventory } = createTestInventory();
    const config = await inventory.sfn.stateMachine('us-east-1', machineArn('a'));
    expect(config).toMatchObject({ name: 'a', loggingConfiguration: { level: 'ALL' }, tracingConfiguration: { enabled: false } });
    expect(config).not.toHaveProperty('definition');
    expect(config).not.toHaveProperty('$metadata');
  });

  it('stateMachine: denied → InventoryError naming the action, asked once', async () => {
    sfn.on(DescribeStateMachineCommand).rejects(awsError('AccessDeniedException'));
    const { inventory } = createTestInventory();
    await expect(inventory.sfn.stateMachine('us-east-1', machineArn('a'))).rejects.toMatchObject({ kind: 'denied', iamAction: 'states:DescribeStateMachine' });
    await inventory.sfn.stateMachine('us-east-1', machineArn('a')).catch(() => undefined);
    expect(sfn.commandCalls(DescribeStateMachineCommand)).toHaveLength(1);
  });
});
