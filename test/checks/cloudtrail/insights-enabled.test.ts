import { CloudTrailClient, DescribeTrailsCommand, GetInsightSelectorsCommand, GetTrailStatusCommand } from '@aws-sdk/client-cloudtrail';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import check from '../../../checks/cloudtrail/insights-enabled.js';
import { awsError } from '../../harness/aws.js';
import { runCheck } from '../../harness/run-check.js';
import { trail } from './fixtures.js';

const ct = mockClient(CloudTrailClient);
beforeEach(() => ct.reset());
const REGIONS = ['us-east-1', 'eu-west-1'];

describe('cloudtrail.insights-enabled', () => {
  it('PASS (one account-level verdict) when a logging trail records Insights; the trail without them (InsightNotEnabledException) is in the evidence', async () => {
    const [main, audit] = [trail('main'), trail('audit', { IsMultiRegionTrail: false, HomeRegion: 'eu-west-1' })];
    ct.on(DescribeTrailsCommand).resolves({ trailList: [main, audit] });
    ct.on(GetTrailStatusCommand).resolves({ IsLogging: true });
    ct.on(GetInsightSelectorsCommand, { TrailName: main.TrailARN }).resolves({ TrailARN: main.TrailARN, InsightSelectors: [{ InsightType: 'ApiCallRateInsight' }, { InsightType: 'ApiErrorRateInsight' }] });
    ct.on(GetInsightSelectorsCommand, { TrailName: audit.TrailARN }).rejects(awsError('InsightNotEnabledException'));
    expect(await runCheck(check, { regions: REGIONS })).toMatchObject([
      {
        status: 'PASS',
        region: 'global',
        resource: { id: '111122223333' },
        evidence: {
          qualifyingTrails: [main.TrailARN],
          trails: expect.arrayContaining([
            { TrailARN: main.TrailARN, status: 'PASS', InsightSelectors: ['ApiCallRateInsight', 'ApiErrorRateInsight'], IsLogging: true },
            { TrailARN: audit.TrailARN, status: 'FAIL', InsightSelectors: [], IsLogging: true },
          ]),
        },
        srm: { duty: 'monitoring', serviceModel: 'SaaS' },
      },
    ]);
    // Each trail asked once, in its home region, though every region lists it.
    expect(ct.commandCalls(GetInsightSelectorsCommand)).toHaveLength(2);
  });

  it('FAIL when no trail has insight selectors (moto answers without InsightSelectors), when the one that has them is not logging, and when there is no trail', async () => {
    const t = trail('main');
    ct.on(DescribeTrailsCommand).resolves({ trailList: [t] });
    ct.on(GetTrailStatusCommand).resolves({ IsLogging: true });
    ct.on(GetInsightSelectorsCommand).resolves({ TrailARN: t.TrailARN });
    expect(await runCheck(check, { regions: REGIONS })).toMatchObject([{ status: 'FAIL', evidence: { trails: [{ status: 'FAIL', InsightSelectors: [] }] } }]);
    ct.on(GetTrailStatusCommand).resolves({ IsLogging: false });
    ct.on(GetInsightSelectorsCommand).resolves({ TrailARN: t.TrailARN, InsightSelectors: [{ InsightType: 'ApiCallRateInsight' }] });
    expect(await runCheck(check, { regions: REGIONS })).toMatchObject([{ status: 'FAIL', evidence: { trails: [{ InsightSelectors: ['ApiCallRateInsight'], IsLogging: false }] } }]);
    ct.on(DescribeTrailsCommand).resolves({ trailList: [] });
    expect(await runCheck(check, { regions: REGIONS })).toMatchObject([{ status: 'FAIL', evidence: { trails: [] } }]);
  });

  it('ERROR (not FAIL) when the only trail\'s insight selectors are denied; ERROR naming cloudtrail:DescribeTrails when the list is denied', async () => {
    const t = trail('main');
    ct.on(DescribeTrailsCommand).resolves({ trailList: [t] });
    ct.on(GetTrailStatusCommand).resolves({ IsLogging: true });
    ct.on(GetInsightSelectorsCommand).rejects(awsError('AccessDeniedException'));
    expect(await runCheck(check, { regions: REGIONS })).toMatchObject([{ status: 'ERROR', message: expect.stringContaining('cloudtrail:GetInsightSelectors') }]);
    ct.reset();
    ct.on(DescribeTrailsCommand).rejects(awsError('AccessDeniedException'));
    expect(await runCheck(check, { regions: REGIONS })).toMatchObject([{ status: 'ERROR', message: expect.stringContaining('cloudtrail:DescribeTrails') }]);
  });
});
