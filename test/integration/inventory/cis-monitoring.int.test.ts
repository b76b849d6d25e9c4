/**
 * The CIS monitoring chain against moto: one trail delivering to CloudWatch Logs, metric filters
 * for some event classes (one written unlike the CIS text), alarms and an SNS topic with a
 * subscriber. The monitored classes PASS, the others FAIL, and each data set is fetched once.
 */
import { CloudTrailClient, CreateTrailCommand, PutEventSelectorsCommand, StartLoggingCommand } from '@aws-sdk/client-cloudtrail';
import { CloudWatchClient, PutMetricAlarmCommand } from '@aws-sdk/client-cloudwatch';
import { CloudWatchLogsClient, CreateLogGroupCommand, PutMetricFilterCommand, PutRetentionPolicyCommand } from '@aws-sdk/client-cloudwatch-logs';
import { CreateBucketCommand, S3Client } from '@aws-sdk/client-s3';
import { CreateTopicCommand, SNSClient, SubscribeCommand } from '@aws-sdk/client-sns';
import { beforeAll, describe, expect, it } from 'vitest';
import { builtinChecks } from '../../../checks/index.js';

const cloudwatchChecks = builtinChecks.filter((c) => c.service === 'cloudwatch');
import retention from '../../../checks/logs/log-group-retention.js';
import { MONITORING_CLASSES } from '../../../src/lib/monitoring-classes.js';
import { motoInventory, seedClient } from '../../harness/moto-account.js';
import { runCheck } from '../../harness/run-check.js';

const ACCOUNT = '290000000003';
const REGION = 'us-east-1';
const GROUP = 'aws-cloudtrail-logs-main';

beforeAll(async () => {
  await seedClient(S3Client, ACCOUNT).send(new CreateBucketCommand({ Bucket: `ct-logs-${ACCOUNT}` }));
  const logs = seedClient(CloudWatchLogsClient, ACCOUNT, REGION);
  await logs.send(new CreateLogGroupCommand({ logGroupName: GROUP }));
  await logs.send(new PutRetentionPolicyCommand({ logGroupName: GROUP, retentionInDays: 400 }));
  await logs.send(new CreateLogGroupCommand({ logGroupName: '/app/short-lived' }));
  await logs.send(new PutRetentionPolicyCommand({ logGroupName: '/app/short-lived', retentionInDays: 14 }));
  const ct = seedClient(CloudTrailClient, ACCOUNT, REGION);
  await ct.send(new CreateTrailCommand({
    Name: 'main', S3BucketName: `ct-logs-${ACCOUNT}`, IsMultiRegionTrail: true,
    CloudWatchLogsLogGroupArn: `arn:aws:logs:${REGION}:${ACCOUNT}:log-group:${GROUP}:*`, CloudWatchLogsRoleArn: `arn:aws:iam::${ACCOUNT}:role/ct-logs`,
  }));
  await ct.send(new StartLoggingCommand({ Name: 'main' }));
  // moto gives a new trail no event selectors; AWS gives it the default (all management events).
  await ct.send(new PutEventSelectorsCommand({ TrailName: 'main', EventSelectors: [{ ReadWriteType: 'All', IncludeManagementEvents: true }] }));

  const sns = seedClient(SNSClient, ACCOUNT, REGION);
  const topic = (await sns.send(new CreateTopicCommand({ Name: 'security-alerts' }))).TopicArn!;
  // moto confirms email subscriptions at once; AWS keeps them "PendingConfirmation" until the link is followed.
  await sns.send(new SubscribeCommand({ TopicArn: topic, Protocol: 'email', Endpoint: 'soc@example.com' }));
  const quiet = (await sns.send(new CreateTopicCommand({ Name: 'nobody-listens' }))).TopicArn!;

  const cw = seedClient(CloudWatchClient, ACCOUNT, REGION);
  const monitor = async (name: string, pattern: string, alarmTopic: string) => {
    await logs.send(new PutMetricFilterCommand({ logGroupName: GROUP, filterName: name, filterPattern: pattern, metricTransformations: [{ metricName: name, metricNamespace: 'CISBenchmark', metricValue: '1' }] }));
    await cw.send(new PutMetricAlarmCommand({ AlarmName: name, MetricName: name, Namespace: 'CISBenchmark', Statistic: 'Sum', Period: 300, EvaluationPeriods: 1, Threshold: 1, ComparisonOperator: 'GreaterThanOrEqualToThreshold', AlarmActions: [alarmTopic] }));
  };
  await monitor('root-account-usage', MONITORING_CLASSES['root-account-usage'].cisPattern, topic);
  // Same meaning as the CIS text, different spelling: must still count.
  await monitor('cloudtrail-changes', '{$.eventName=StopLogging||$.eventName=DeleteTrail||$.eventName=UpdateTrail||$.eventName=CreateTrail||$.eventName=StartLogging}', topic);
  // A filter and alarm whose topic has no subscriber: not monitoring anyone.
  await monitor('vpc-changes', MONITORING_CLASSES['vpc-changes'].cisPattern, quiet);
});

describe('CIS monitoring metric filters and log retention against moto', () => {
  it('the monitored classes PASS; the unsubscribed and unfiltered ones FAIL', async () => {
    const { inventory, stats } = motoInventory(ACCOUNT);
    const verdicts: Record<string, string> = {};
    for (const check of cloudwatchChecks) {
      const findings = await runCheck(check, { inventory, account: ACCOUNT, regions: [REGION, 'eu-west-1'] });
      expect(findings, check.id).toHaveLength(1);
      verdicts[check.id] = findings[0]!.status;
    }
    expect(verdicts).toMatchObject({ 'cloudwatch.alarm-root-account-usage': 'PASS', 'cloudwatch.alarm-cloudtrail-changes': 'PASS', 'cloudwatch.alarm-vpc-changes': 'FAIL', 'cloudwatch.alarm-iam-policy-changes': 'FAIL' });
    // Every other class is planted unmonitored: FAIL, never ERROR or PASS.
    expect(Object.entries(verdicts).filter(([, s]) => s !== 'FAIL').map(([id]) => id).sort()).toEqual(['cloudwatch.alarm-cloudtrail-changes', 'cloudwatch.alarm-root-account-usage']);
    // Fifteen checks, one bulk read each: filters of the group, the region's alarms, each topic's subscribers.
    expect(stats.byOperation.get('logs:DescribeMetricFilters')).toBe(1);
    expect(stats.byOperation.get('cloudwatch:DescribeAlarms')).toBe(1);
    expect(stats.byOperation.get('sns:ListSubscriptionsByTopic')).toBe(2);
  });

  it('log group retention: 400 days PASS, 14 days FAIL', async () => {
    const { inventory } = motoInventory(ACCOUNT);
    const findings = await runCheck(retention, { inventory, account: ACCOUNT, region: REGION });
    expect(Object.fromEntries(findings.map((f) => [f.resource.id, f.status]))).toEqual({ [GROUP]: 'PASS', '/app/short-lived': 'FAIL' });
  });
});
