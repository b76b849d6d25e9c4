import type { DescribeStateMachineCommandOutput, StateMachineListItem } from '@aws-sdk/client-sfn';
import type { Aws } from '../aws/call.js';
import { memo } from './memo.js';

/** A state machine's configuration without its definition (see stateMachine). */
export type StateMachineConfig = Omit<DescribeStateMachineCommandOutput, '$metadata' | 'definition'>;

/** Memoized Step Functions data sets of one account. */
export function sfnInventory(aws: Aws) {
  return {
    /** The region's state machines (name, ARN, STANDARD or EXPRESS), 1000 a page (the API's maximum). */
    stateMachines: memo((region: string): Promise<StateMachineListItem[]> =>
      aws.paginate('sfn', region, 'ListStateMachines', (nextToken) => ({ maxResults: 1000, ...(nextToken ? { nextToken } : {}) }), (o) => ({
        items: o.stateMachines,
        next: o.nextToken,
      }))),

    /**
     * One state machine's logging and tracing configuration. Asked METADATA_ONLY so that a definition
     * encrypted with a customer managed key needs no kms:Decrypt; a plain definition still arrives
     * and is dropped here (task parameters may hold hard-coded secrets; no check reads it).
     */
    stateMachine: memo(async (region: string, stateMachineArn: string): Promise<StateMachineConfig> => {
      const out = await aws.send('sfn', region, 'DescribeStateMachine', { stateMachineArn, includedData: 'METADATA_ONLY' });
      const { $metadata: _m, definition: _dropped, ...config } = out;
      return config;
    }),
  };
}

export type SfnInventory = ReturnType<typeof sfnInventory>;
