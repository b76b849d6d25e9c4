/**
 * The CIS monitoring controls: "a metric filter and alarm exist for <event class>". One evaluator
 * for all of them, following the benchmark's audit procedure on real AWS data:
 *   a multi-region trail that is logging all management events delivers to a CloudWatch Logs
 *   group → a metric filter on that group matches the event class → an alarm with enabled actions
 *   watches the filter's metric → it notifies an SNS topic → the topic has a confirmed subscriber.
 * Any one trail completing the chain meets the control (account-level verdict, as CIS 3.1).
 */
import type { Trail } from '@aws-sdk/client-cloudtrail';
import type { MetricAlarm } from '@aws-sdk/client-cloudwatch';
import type { MetricFilter } from '@aws-sdk/client-cloudwatch-logs';
import { defineCheck, type Check, type CheckContext, type CheckResult, type ResourceRef } from '../define.js';
import { type Severity } from '../../srm/severity.js';
import { FilterPatternError, parseFilterPattern } from '../../lib/filter-pattern.js';
import type { JsonObject } from '../../util/json.js';
import { MONITORING_CLASSES, type MonitoringClass, type MonitoringClassId } from '../../lib/monitoring-classes.js';
import { managementTrailVerdict, trailRef, trailSetVerdict } from './trails.js';

/** arn:aws:logs:REGION:ACCOUNT:log-group:NAME[:*] */
export function parseLogGroupArn(arn: string): { region: string; account: string; name: string } | undefined {
  const m = /^arn:[^:]+:logs:([^:]+):(\d{12}):log-group:(.+?)(:\*)?$/.exec(arn);
  return m ? { region: m[1]!, account: m[2]!, name: m[3]! } : undefined;
}

/** Whether a parsed filter matches every event of the class and none of its benign look-alikes. */
export function filterMonitors(pattern: string, cls: MonitoringClass): { monitors: boolean; unsupported?: string } {
  try {
    const p = parseFilterPattern(pattern);
    return { monitors: cls.events.every((e) => p.matches(e)) && !cls.benign.some((e) => p.matches(e)) };
  } catch (err) {
    if (err instanceof FilterPatternError) return { monitors: false, unsupported: err.message };
    throw err;
  }
}

/** Alarms whose metric (plain or inside a metric-math query) is the filter's, and whose actions are enabled. */
function alarmsOnMetric(alarms: readonly MetricAlarm[], name: string, namespace: string): MetricAlarm[] {
  return alarms.filter(
    (a) =>
      (a.MetricName === name && a.Namespace === namespace) ||
      (a.Metrics ?? []).some((q) => q.MetricStat?.Metric?.MetricName === name && q.MetricStat.Metric.Namespace === namespace),
  );
}

const snsTopicRegion = (arn: string) => arn.split(':')[3] ?? '';
const isConfirmed = (subscriptionArn: string | undefined) => !!subscriptionArn && subscriptionArn.startsWith('arn:');

/** The account-level resource of a monitoring verdict. */
export function monitoringRef(scope: { account: string; partition: string }, classId: MonitoringClassId): ResourceRef {
  return { arn: `arn:${scope.partition}:cloudwatch::${scope.account}:alarm:*`, id: `${scope.account}/${classId}` };
}

async function judgeTrail(ctx: CheckContext, cls: MonitoringClass, t: Trail): Promise<CheckResult> {
  const { inventory, result, scope } = ctx;
  const ref = trailRef(t);
  const trail = await managementTrailVerdict(inventory.cloudtrail, t);
  const base: JsonObject = { CloudWatchLogsLogGroupArn: t.CloudWatchLogsLogGroupArn ?? null, ...trail.evidence };
  if (trail.problem) return result.fail(ref, `Trail ${t.Name} ${trail.problem}`, base);
  if (!t.CloudWatchLogsLogGroupArn) return result.fail(ref, `Trail ${t.Name} does not deliver to CloudWatch Logs`, base);
  const group = parseLogGroupArn(t.CloudWatchLogsLogGroupArn);
  if (!group) return result.fail(ref, `Trail ${t.Name} names no readable log group (${t.CloudWatchLogsLogGroupArn})`, base);
  if (group.account !== scope.account) {
    // An organization trail delivering to the management account's log group: the filters live
    // there and cannot be read from here. Not a FAIL (it may well be monitored), not a PASS.
    return {
      status: 'ERROR',
      resource: ref,
      message: `Trail ${t.Name} delivers to log group ${group.name} in account ${group.account}; its metric filters and alarms are judged when that account is scanned`,
      evidence: base,
    };
  }

  const filters = await inventory.logs.metricFilters(group.region, group.name);
  const unsupported: JsonObject[] = [];
  const matching: MetricFilter[] = [];
  for (const f of filters) {
    const verdict = filterMonitors(f.filterPattern ?? '', cls);
    if (verdict.unsupported) unsupported.push({ filterName: f.filterName ?? '', reason: verdict.unsupported });
    if (verdict.monitors) matching.push(f);
  }
  const evidence: JsonObject = {
    ...base,
    metricFiltersOnGroup: filters.length,
    matchingFilters: matching.map((f) => ({ filterName: f.filterName ?? '', filterPattern: f.filterPattern ?? '' })),
    ...(unsupported.length ? { unevaluatedFilters: unsupported } : {}),
  };
  if (!matching.length) return result.fail(ref, `No metric filter on log group ${group.name} (trail ${t.Name}) matches ${cls.title}`, evidence);

  const alarms = await inventory.cloudwatch.metricAlarms(group.region);
  const watching = matching.flatMap((f) => (f.metricTransformations ?? []).flatMap((m) => alarmsOnMetric(alarms, m.metricName ?? '', m.metricNamespace ?? '')));
  const active = watching.filter((a) => a.ActionsEnabled !== false);
  evidence['alarms'] = watching.map((a) => ({ AlarmName: a.AlarmName ?? '', ActionsEnabled: a.ActionsEnabled ?? true, AlarmActions: a.AlarmActions ?? [] }));
  if (!active.length) {
    return result.fail(ref, `No alarm with enabled actions watches the metric of filter ${matching.map((f) => f.filterName).join(', ')} (${cls.title})`, evidence);
  }

  const topics = [...new Set(active.flatMap((a) => (a.AlarmActions ?? []).filter((x) => x.split(':')[2] === 'sns')))];
  const subscribed: JsonObject[] = [];
  for (const topic of topics) {
    const subs = await inventory.sns.topicSubscriptions(snsTopicRegion(topic), topic);
    subscribed.push({ TopicArn: topic, confirmedSubscriptions: subs.filter((s) => isConfirmed(s.SubscriptionArn)).length, subscriptions: subs.length });
  }
  evidence['topics'] = subscribed;
  const good = subscribed.filter((s) => (s['confirmedSubscriptions'] as number) > 0);
  if (!good.length) {
    return result.fail(ref, `Alarm ${active.map((a) => a.AlarmName).join(', ')} for ${cls.title} notifies no SNS topic with a confirmed subscription`, evidence);
  }
  return result.pass(ref, `Trail ${t.Name}: filter ${matching[0]!.filterName} → alarm ${active[0]!.AlarmName} → topic ${String(good[0]!['TopicArn'])} (${cls.title})`, evidence);
}

/** The shared run of every cloudwatch.alarm-* check. */
export async function monitoringVerdict(ctx: CheckContext, classId: MonitoringClassId): Promise<CheckResult[]> {
  const cls = MONITORING_CLASSES[classId];
  const trails = await ctx.inventory.cloudtrail.allTrails(ctx.regions);
  const judged = await ctx.result.forEach(trails, trailRef, (t) => judgeTrail(ctx, cls, t));
  return [trailSetVerdict(monitoringRef(ctx.scope, classId), judged, `completes the chain to an alarm on ${cls.title} with a subscribed topic`, ctx.regions)];
}

/** A CIS monitoring check: metadata from the event class, run by the shared evaluator. */
export function monitoringCheck(spec: { id: `cloudwatch.alarm-${string}`; monitors: MonitoringClassId; severity: Severity }): Check {
  const cls = MONITORING_CLASSES[spec.monitors];
  return defineCheck({
    id: spec.id,
    title: `A metric filter, alarm and subscribed SNS topic exist for ${cls.title}`,
    description:
      `Alerting on ${cls.title} shortens the time to respond to them. Judged per CIS audit steps: a multi-region trail that is logging all ` +
      'management events delivers to a CloudWatch Logs group with a metric filter matching these events, an alarm with enabled actions ' +
      'watches the filter\'s metric and notifies an SNS topic with at least one confirmed subscription. The filter pattern is evaluated ' +
      'against sample CloudTrail events rather than compared as text, so any equivalent pattern passes and a pattern that also matches ' +
      'benign events does not. An organization trail whose log group is in another account is ERROR here: judge it in that account.',
    service: 'cloudwatch',
    resourceType: 'AWS::CloudWatch::Alarm',
    severity: spec.severity,
    duty: 'monitoring',
    serviceModel: 'SaaS',
    scope: 'global',
    remediation: {
      text: `Create a metric filter on the trail's log group with the pattern ${cls.cisPattern}, an alarm on its metric (Sum >= 1 over 5 minutes) and an SNS topic with a confirmed subscriber.`,
      cli:
        `aws logs put-metric-filter --log-group-name <trail-log-group> --filter-name ${spec.monitors} --metric-transformations metricName=${spec.monitors},metricNamespace=CISBenchmark,metricValue=1 --filter-pattern '${cls.cisPattern}' && ` +
        `aws cloudwatch put-metric-alarm --alarm-name ${spec.monitors} --metric-name ${spec.monitors} --namespace CISBenchmark --statistic Sum --period 300 --threshold 1 --comparison-operator GreaterThanOrEqualToThreshold --evaluation-periods 1 --alarm-actions <sns-topic-arn>`,
      url: 'https://docs.aws.amazon.com/awscloudtrail/latest/userguide/cloudwatch-alarms-for-cloudtrail.html',
    },
    run: (ctx) => monitoringVerdict(ctx, spec.monitors),
  });
}
