import type { EventBus } from '@aws-sdk/client-eventbridge';
import type { Aws } from '../aws/call.js';
import { memo } from './memo.js';

/** Memoized EventBridge data sets of one account. */
export function eventbridgeInventory(aws: Aws) {
  return {
    /**
     * The region's event buses (default, custom and partner), 100 a page (the API's maximum). Each
     * comes with its resource-based policy as a JSON string (Policy), so no per-bus call is needed.
     */
    eventBuses: memo((region: string): Promise<EventBus[]> =>
      aws.paginate('eventbridge', region, 'ListEventBuses', (NextToken) => ({ Limit: 100, ...(NextToken ? { NextToken } : {}) }), (o) => ({
        items: o.EventBuses,
        next: o.NextToken,
      }))),
  };
}

export type EventbridgeInventory = ReturnType<typeof eventbridgeInventory>;
