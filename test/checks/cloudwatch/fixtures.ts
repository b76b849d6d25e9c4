import { CloudTrailClient, DescribeTrailsCommand, GetEventSelectorsCommand, GetTrailStatusCommand, type Trail } from '@aws-sdk/client-cloudtrail';
import { CloudWatchClient, DescribeAlarmsCommand, type MetricAlarm } from '@aws-sdk/client-cloudwatch';
import { CloudWatchLogsClient, DescribeMetricFiltersCommand, type MetricFilter } from '@aws-sdk/client-cloudwatch-logs';
import { ListSubscriptionsByTopicCommand, SNSClient, type Subscription } from '@aws-sdk/client-sns';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Check } from '../../../src/check/define.js';
import { MONITORING_CLASSES, type MonitoringClassId } from '../../../src/lib/monitoring-classes.js';
import { awsError } from '../../harness/aws.js';
import { runCheck } from '../../harness/run-check.js';
import { DEFAULT_SELECTORS, trail } from '../cloudtrail/fixtures.js';

export const ct = mockClient(CloudTrailClient);
export const logs = mockClient(CloudWatchLogsClient);
export const cw = mockClient(CloudWatchClient);
export const sns = mockClient(SNSClient);

export const LOG_GROUP = 'cloudtrail/main';
export const TOPIC = 'arn:aws:sns:us-east-1:111122223333:security-alerts';
const groupArn = (account = '111122223333') => `arn:aws:logs:us-east-1:${account}:log-group:${LOG_GROUP}:*`;

export interface Chain {
  trail?: Trail;
  filters?: MetricFilter[];
  alarms?: MetricAlarm[];
  subscriptions?: Subscription[];
}

/** A complete, compliant chain for the class (CIS pattern → alarm → confirmed subscription), with parts replaceable. */
export function mockChain(classId: MonitoringClassId, over: Chain = {}): void {
  ct.reset();
  logs.reset();
  cw.reset();
  sns.reset();
  const t = over.trail ?? trail('main', { CloudWatchLogsLogGroupArn: groupArn(), CloudWatchLogsRoleArn: 'arn:aws:iam::111122223333:role/ct-logs' });
  ct.on(DescribeTrailsCommand).resolves({ trailList: [t] });
  ct.on(GetTrailStatusCommand).resolves({ IsLogging: true });
  ct.on(GetEventSelectorsCommand).resolves(DEFAULT_SELECTORS);
  logs.on(DescribeMetricFiltersCommand, { logGroupName: LOG_GROUP }).resolves({
    metricFilters: over.filters ?? [{ filterName: classId, filterPattern: MONITORING_CLASSES[classId].cisPattern, logGroupName: LOG_GROUP, metricTransformations: [{ metricName: classId, metricNamespace: 'CISBenchmark', metricValue: '1' }] }],
  });
  cw.on(DescribeAlarmsCommand).resolves({
    MetricAlarms: over.alarms ?? [{ AlarmName: `${classId}-alarm`, MetricName: classId, Namespace: 'CISBenchmark', ActionsEnabled: true, AlarmActions: [TOPIC] }],
  });
  sns.on(ListSubscriptionsByTopicCommand, { TopicArn: TOPIC }).resolves({
    Subscriptions: over.subscriptions ?? [{ SubscriptionArn: `${TOPIC}:0b5c1a2e-1111-2222-3333-444455556666`, Protocol: 'email', Endpoint: 'soc@example.com', TopicArn: TOPIC }],
  });
}

/** PASS, FAIL and ERROR for one cloudwatch.alarm-* check (the chain itself is tested in test/lib/metric-filters.test.ts). */
export function describeMonitoringCheck(check: Check, classId: MonitoringClassId): void {
  describe(check.id, () => {
    beforeEach(() => mockChain(classId));

    it('PASS when the CIS filter, an alarm with actions and a confirmed subscription exist', async () => {
      expect(await runCheck(check)).toMatchObject([{ status: 'PASS', resource: { id: `111122223333/${classId}` }, srm: { duty: 'monitoring', layer: 'endpoint' } }]);
    });

    it('FAIL when the log group only has a filter for another event class', async () => {
      const other = classId === 'vpc-changes' ? 'nacl-changes' : 'vpc-changes';
      mockChain(classId, { filters: [{ filterName: other, filterPattern: MONITORING_CLASSES[other].cisPattern, metricTransformations: [{ metricName: classId, metricNamespace: 'CISBenchmark', metricValue: '1' }] }] });
      expect(await runCheck(check)).toMatchObject([{ status: 'FAIL', message: expect.stringContaining(MONITORING_CLASSES[classId].title) }]);
    });

    it('ERROR naming the permission when the metric filters cannot be read', async () => {
      logs.on(DescribeMetricFiltersCommand).rejects(awsError('AccessDeniedException'));
      expect(await runCheck(check)).toMatchObject([{ status: 'ERROR', message: expect.stringContaining('logs:DescribeMetricFilters') }]);
    });
  });
}
