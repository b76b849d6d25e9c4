/**
 * The shape shared by the Amazon MQ broker checks: list the region's brokers, read each one's
 * configuration (DescribeBroker, memoized, so three checks cost one call per broker), and judge it.
 * A broker whose configuration cannot be read is ERROR for that broker only.
 */
import type { BrokerSummary, DescribeBrokerResponse } from '@aws-sdk/client-mq';
import type { CheckContext, CheckResult, ResourceRef } from '../define.js';

export function brokerRef(b: BrokerSummary): ResourceRef {
  return { arn: b.BrokerArn!, id: b.BrokerName ?? b.BrokerId! };
}

/** Runs `judge` for every broker of the scope's region; `judge` returns [] for a broker it does not judge. */
export async function forEachBroker(
  { scope, inventory, result }: Pick<CheckContext, 'scope' | 'inventory' | 'result'>,
  judge: (ref: ResourceRef, summary: BrokerSummary, broker: DescribeBrokerResponse) => CheckResult | CheckResult[],
): Promise<CheckResult[]> {
  const brokers = await inventory.mq.brokers(scope.region);
  return result.forEach(brokers, brokerRef, async (b) => judge(brokerRef(b), b, await inventory.mq.broker(scope.region, b.BrokerId!)));
}
