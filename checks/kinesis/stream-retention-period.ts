import { invalidData } from '../../src/aws/invalid-data.js';
import { defineCheck } from '../../src/check/define.js';

export default defineCheck({
  id: 'kinesis.stream-retention-period',
  title: 'Kinesis data streams keep records long enough to replay them after an incident',
  description:
    'A stream keeps records for 24 hours unless told otherwise; a consumer outage or a bad deployment noticed over a weekend then loses ' +
    'data that can no longer be replayed or investigated. Passes when RetentionPeriodHours (DescribeStreamSummary) is at least ' +
    'minRetentionHours (default 168, seven days, the default of Security Hub FSBP Kinesis.3; AWS allows up to 8760).',
  service: 'kinesis',
  resourceType: 'AWS::Kinesis::Stream',
  severity: 'medium',
  duty: 'incident-response',
  serviceModel: 'SaaS',
  scope: 'regional',
  options: { minRetentionHours: 168 },
  remediation: {
    text: 'Increase the stream\'s retention period (extended retention beyond 24 hours is billed per shard hour).',
    cli: 'aws kinesis increase-stream-retention-period --stream-name <stream> --retention-period-hours 168',
    url: 'https://docs.aws.amazon.com/streams/latest/dev/kinesis-extended-retention.html',
  },
  async run({ scope, inventory, result, options }) {
    const streams = await inventory.kinesis.streams(scope.region);
    const ref = (s: (typeof streams)[number]) => ({ arn: s.StreamARN!, id: s.StreamName! });
    return result.forEach(streams, ref, async (s) => {
      const hours = (await inventory.kinesis.streamSummary(scope.region, s.StreamARN!)).RetentionPeriodHours;
      // AWS always answers RetentionPeriodHours: without it there is nothing to judge.
      if (hours === undefined) throw invalidData({ service: 'kinesis', operation: 'DescribeStreamSummary', account: scope.account, region: scope.region }, `stream ${s.StreamName} has no RetentionPeriodHours`);
      const evidence = { RetentionPeriodHours: hours, minRetentionHours: options.minRetentionHours };
      return hours >= options.minRetentionHours
        ? result.pass(ref(s), `Stream ${s.StreamName} keeps records for ${hours} hours`, evidence)
        : result.fail(ref(s), `Stream ${s.StreamName} keeps records for ${hours} hours, under ${options.minRetentionHours}`, evidence);
    });
  },
});
