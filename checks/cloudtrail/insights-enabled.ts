import { defineCheck } from '../../src/check/define.js';
import { accountTrailsRef, trailRef, trailSetVerdict } from '../../src/check/kit/trails.js';

export default defineCheck({
  id: 'cloudtrail.insights-enabled',
  title: 'A logging CloudTrail trail records Insights events',
  description:
    'CloudTrail Insights learns the account\'s normal rate of write API calls and errors and records an event when it departs from it ' +
    '(a burst of instance launches or of AccessDenied), a cheap signal of compromise or runaway automation. Account-level verdict: ' +
    'PASSes when any logging trail has an insight selector (ApiCallRateInsight or ApiErrorRateInsight, from GetInsightSelectors; ' +
    'InsightNotEnabledException means none); the evidence lists every trail and why it does not qualify.',
  service: 'cloudtrail',
  resourceType: 'AWS::CloudTrail::Trail',
  severity: 'low',
  duty: 'monitoring',
  serviceModel: 'SaaS',
  scope: 'global',
  remediation: {
    text: 'Enable Insights (API call rate and API error rate) on the account\'s main multi-region trail.',
    cli: 'aws cloudtrail put-insight-selectors --trail-name <trail-arn> --insight-selectors \'[{"InsightType":"ApiCallRateInsight"},{"InsightType":"ApiErrorRateInsight"}]\'',
    url: 'https://docs.aws.amazon.com/awscloudtrail/latest/userguide/logging-insights-events-with-cloudtrail.html',
  },
  async run({ scope, inventory, result, regions }) {
    const trails = await inventory.cloudtrail.allTrails(regions);
    const judged = await result.forEach(trails, trailRef, async (t) => {
      const [selectors, status] = await Promise.all([inventory.cloudtrail.insightSelectors(t), inventory.cloudtrail.trailStatus(t)]);
      const types = selectors.map((s) => s.InsightType ?? '').filter(Boolean);
      const evidence = { InsightSelectors: types, IsLogging: status.IsLogging ?? null };
      if (!types.length) return result.fail(trailRef(t), `Trail ${t.Name} has no insight selectors`, evidence);
      return status.IsLogging === true
        ? result.pass(trailRef(t), `Trail ${t.Name} records ${types.join(' and ')} events`, evidence)
        : result.fail(trailRef(t), `Trail ${t.Name} has insight selectors but is not logging`, evidence);
    });
    return [trailSetVerdict(accountTrailsRef(scope), judged, 'is logging and records Insights events', regions)];
  },
});
