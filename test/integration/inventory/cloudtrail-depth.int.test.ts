import { CloudTrailClient, CreateTrailCommand, PutInsightSelectorsCommand, StartLoggingCommand } from '@aws-sdk/client-cloudtrail';
import { CreateBucketCommand, S3Client } from '@aws-sdk/client-s3';
import { beforeAll, describe, expect, it } from 'vitest';
import cloudwatchLogsDelivery from '../../../checks/cloudtrail/cloudwatch-logs-delivery.js';
import insightsEnabled from '../../../checks/cloudtrail/insights-enabled.js';
import { motoInventory, seedClient } from '../../harness/moto-account.js';
import { runCheck } from '../../harness/run-check.js';

const ACCOUNT = '360000000003'; // a trail with Insights and a CloudWatch Logs group, one without
const BARE = '360000000004'; // one trail, no Insights
const REGIONS = ['us-east-1', 'eu-west-1'];
const GROUP = `arn:aws:logs:us-east-1:${ACCOUNT}:log-group:cloudtrail:*`;

async function seed(account: string, insights: boolean) {
  await seedClient(S3Client, account).send(new CreateBucketCommand({ Bucket: `ct-depth-${account}` }));
  const ct = seedClient(CloudTrailClient, account);
  await ct.send(new CreateTrailCommand({
    Name: 'main', S3BucketName: `ct-depth-${account}`, IsMultiRegionTrail: true,
    ...(insights ? { CloudWatchLogsLogGroupArn: GROUP, CloudWatchLogsRoleArn: `arn:aws:iam::${account}:role/ct-logs` } : {}),
  }));
  await ct.send(new StartLoggingCommand({ Name: 'main' }));
  if (insights) await ct.send(new PutInsightSelectorsCommand({ TrailName: 'main', InsightSelectors: [{ InsightType: 'ApiCallRateInsight' }] }));
}

beforeAll(async () => {
  await seed(ACCOUNT, true);
  await seed(BARE, false);
});

describe('cloudtrail depth against moto', () => {
  it('cloudtrail.insights-enabled: PASS with the insight selectors of the logging trail; FAIL without (moto answers with no InsightSelectors, AWS with InsightNotEnabledException)', async () => {
    const { inventory, stats } = motoInventory(ACCOUNT);
    expect(await runCheck(insightsEnabled, { account: ACCOUNT, regions: REGIONS, inventory })).toMatchObject([
      { status: 'PASS', evidence: { trails: [{ status: 'PASS', InsightSelectors: ['ApiCallRateInsight'], IsLogging: true }] } },
    ]);
    // The multi-region trail is listed in both regions and asked once.
    expect(stats.byOperation.get('cloudtrail:GetInsightSelectors')).toBe(1);
    expect(await runCheck(insightsEnabled, { account: BARE, regions: REGIONS, inventory: motoInventory(BARE).inventory })).toMatchObject([
      { status: 'FAIL', evidence: { trails: [{ status: 'FAIL', InsightSelectors: [] }] } },
    ]);
  });

  it('cloudtrail.cloudwatch-logs-delivery: FAIL without a log group; with one, moto never reports LatestCloudWatchLogsDeliveryTime, so FAIL there too (AWS reports the last delivery)', async () => {
    const bare = await runCheck(cloudwatchLogsDelivery, { account: BARE, inventory: motoInventory(BARE).inventory });
    expect(bare).toMatchObject([{ status: 'FAIL', resource: { id: 'main' }, evidence: { CloudWatchLogsLogGroupArn: null } }]);
    const wired = await runCheck(cloudwatchLogsDelivery, { account: ACCOUNT, inventory: motoInventory(ACCOUNT).inventory });
    expect(wired).toMatchObject([{ status: 'FAIL', resource: { id: 'main' }, evidence: { CloudWatchLogsLogGroupArn: GROUP, LatestCloudWatchLogsDeliveryTime: null } }]);
  });
});
