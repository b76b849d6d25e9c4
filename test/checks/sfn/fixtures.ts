import type { DescribeStateMachineCommandOutput, StateMachineListItem } from '@aws-sdk/client-sfn';
import { TEST_ACCOUNT } from '../../harness/aws.js';

export const machineArn = (name: string, region = 'us-east-1') => `arn:aws:states:${region}:${TEST_ACCOUNT}:stateMachine:${name}`;
export const logGroupArn = (name: string) => `arn:aws:logs:us-east-1:${TEST_ACCOUNT}:log-group:${name}:*`;

export function machineItem(name: string, type: 'STANDARD' | 'EXPRESS' = 'STANDARD'): StateMachineListItem {
  return { stateMachineArn: machineArn(name), name, type, creationDate: new Date('2026-01-10T00:00:00Z') };
}

/** DescribeStateMachine as AWS returns it for a machine created without logging or tracing. */
export function machine(name: string, extra: Partial<DescribeStateMachineCommandOutput> = {}): Omit<DescribeStateMachineCommandOutput, '$metadata'> {
  return {
    stateMachineArn: machineArn(name), name, status: 'ACTIVE', type: 'STANDARD', creationDate: new Date('2026-01-10T00:00:00Z'),
    roleArn: `arn:aws:iam::${TEST_ACCOUNT}:role/sfn`,
    definition: JSON.stringify({ StartAt: 'Call', States: { Call: { Type: 'Task', Resource: 'arn:aws:states:::http:invoke', Parameters: { Headers: { 'x-api-key': 'not-a-real-key' } }, End: true } } }),
    loggingConfiguration: { level: 'OFF', includeExecutionData: false },
    tracingConfiguration: { enabled: false },
    ...extra,
  };
}
