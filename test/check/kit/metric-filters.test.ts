import { DescribeTrailsCommand } from '@aws-sdk/client-cloudtrail';
import { DescribeMetricFiltersCommand } from '@aws-sdk/client-cloudwatch-logs';
import { DescribeAlarmsCommand } from '@aws-sdk/client-cloudwatch';
import { ListSubscriptionsByTopicCommand } from '@aws-sdk/client-sns';
import { describe, expect, it } from 'vitest';
import check from '../../../checks/cloudwatch/alarm-root-account-usage.js';
import { parseLogGroupArn } from '../../../src/check/kit/metric-filters.js';
import { awsError } from '../../harness/aws.js';
import { runCheck } from '../../harness/run-check.js';
import { LOG_GROUP, TOPIC, ct, cw, logs, mockChain, sns } from '../../checks/cloudwatch/fixtures.js';
import { trail } from '../../checks/cloudtrail/fixtures.js';

const filter = (filterPattern: string, metricName = 'root') => ({ filterName: 'f', filterPattern, metricTransformations: [{ metricName, metricNamespace: 'Sec', metricValue: '1' }] });
const ROOT = '{$.userIdentity.type="Root" && $.userIdentity.invokedBy NOT EXISTS && $.eventType !="AwsServiceEvent"}';
const alarm = (over: object = {}) => ({ AlarmName: 'root-use', MetricName: 'root', Namespace: 'Sec', ActionsEnabled: true, AlarmActions: [TOPIC], ...over });

describe('the monitoring chain: trail → log group → metric filter → alarm → SNS subscription', () => {
  it('parses log group ARNs with and without the :* suffix', () => {
    expect(parseLogGroupArn('arn:aws:logs:eu-west-1:111122223333:log-group:aws/cloudtrail:main:*')).toEqual({ region: 'eu-west-1', account: '111122223333', name: 'aws/cloudtrail:main' });
    expect(parseLogGroupArn('arn:aws-us-gov:logs:us-gov-west-1:111122223333:log-group:ct')).toEqual({ region: 'us-gov-west-1', account: '111122223333', name: 'ct' });
    expect(parseLogGroupArn('not-an-arn')).toBeUndefined();
  });

  it('PASS with an equivalent pattern written differently, and an alarm on a metric-math query', async () => {
    mockChain('root-account-usage', {
      filters: [filter(ROOT)],
      alarms: [{ AlarmName: 'math', ActionsEnabled: true, AlarmActions: [TOPIC], Metrics: [{ Id: 'm1', MetricStat: { Metric: { MetricName: 'root', Namespace: 'Sec' }, Period: 300, Stat: 'Sum' } }] }],
    });
    expect(await runCheck(check)).toMatchObject([{ status: 'PASS', evidence: { qualifyingTrails: [expect.stringContaining('trail/main')] } }]);
  });

  it.each([
    ['the trail does not deliver to CloudWatch Logs', { trail: trail('main') }, /does not deliver to CloudWatch Logs/],
    ['the trail is single-region', { trail: trail('main', { IsMultiRegionTrail: false, CloudWatchLogsLogGroupArn: `arn:aws:logs:us-east-1:111122223333:log-group:${LOG_GROUP}:*` }) }, /single-region/],
    ['no filter matches', { filters: [filter('{ $.userIdentity.type = "IAMUser" }')] }, /No metric filter on log group cloudtrail\/main/],
    ['the filter pattern also matches service-invoked root events', { filters: [filter('{ $.userIdentity.type = "Root" }')] }, /No metric filter/],
    ['no alarm watches the metric', { filters: [filter(ROOT)], alarms: [alarm({ MetricName: 'other' })] }, /No alarm with enabled actions/],
    ['the alarm watches the metric in another namespace', { filters: [filter(ROOT)], alarms: [alarm({ Namespace: 'Other' })] }, /No alarm with enabled actions/],
    ['the alarm has its actions disabled', { filters: [filter(ROOT)], alarms: [alarm({ ActionsEnabled: false })] }, /No alarm with enabled actions/],
    ['the alarm notifies no SNS topic', { filters: [filter(ROOT)], alarms: [alarm({ AlarmActions: ['arn:aws:automate:us-east-1:ec2:stop'] })] }, /notifies no SNS topic/],
    ['the only subscription is pending confirmation', { filters: [filter(ROOT)], alarms: [alarm()], subscriptions: [{ SubscriptionArn: 'PendingConfirmation', TopicArn: TOPIC, Protocol: 'email' }] }, /notifies no SNS topic with a confirmed subscription/],
    ['the topic has no subscription', { filters: [filter(ROOT)], alarms: [alarm()], subscriptions: [] }, /confirmed subscription/],
  ])('FAIL when %s', async (_why, chain, message) => {
    mockChain('root-account-usage', chain);
    expect(await runCheck(check)).toMatchObject([{ status: 'FAIL', message: expect.stringMatching(message) }]);
  });

  it('FAIL when no trail exists at all', async () => {
    mockChain('root-account-usage');
    ct.on(DescribeTrailsCommand).resolves({ trailList: [] });
    expect(await runCheck(check)).toMatchObject([{ status: 'FAIL', message: expect.stringContaining('No trail exists') }]);
  });

  it('a space-delimited filter is not evaluated, and the evidence says so', async () => {
    mockChain('root-account-usage', { filters: [filter('[version, account, type=Root]')] });
    const [f] = await runCheck(check);
    expect(f).toMatchObject({ status: 'FAIL' });
    expect(JSON.stringify(f!.evidence)).toContain('space-delimited');
  });

  it('an organization trail delivering to another account is ERROR (it cannot be read from here), not FAIL or PASS', async () => {
    mockChain('root-account-usage', {
      trail: trail('org', { IsOrganizationTrail: true, TrailARN: 'arn:aws:cloudtrail:us-east-1:999999999999:trail/org', CloudWatchLogsLogGroupArn: 'arn:aws:logs:us-east-1:999999999999:log-group:org-trail:*' }),
    });
    expect(await runCheck(check)).toMatchObject([{ status: 'ERROR', message: expect.stringContaining('account 999999999999') }]);
    expect(logs.commandCalls(DescribeMetricFiltersCommand)).toHaveLength(0);
  });

  it('ERROR naming the action when alarms or subscriptions cannot be read', async () => {
    mockChain('root-account-usage', { filters: [filter(ROOT)] });
    cw.on(DescribeAlarmsCommand).rejects(awsError('AccessDenied', { status: 403 }));
    expect(await runCheck(check)).toMatchObject([{ status: 'ERROR', message: expect.stringContaining('cloudwatch:DescribeAlarms') }]);
    mockChain('root-account-usage', { filters: [filter(ROOT)], alarms: [alarm()] });
    sns.on(ListSubscriptionsByTopicCommand).rejects(awsError('AuthorizationError', { status: 403 }));
    expect(await runCheck(check)).toMatchObject([{ status: 'ERROR', message: expect.stringContaining('sns:ListSubscriptionsByTopic') }]);
  });
});
