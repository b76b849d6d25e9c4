import { CloudTrailClient, DescribeTrailsCommand, GetEventSelectorsCommand, GetTrailStatusCommand } from '@aws-sdk/client-cloudtrail';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import check from '../../../checks/cloudtrail/multi-region-trail-enabled.js';
import { awsError } from '../../harness/aws.js';
import { runCheck } from '../../harness/run-check.js';
import { DEFAULT_SELECTORS, trail } from './fixtures.js';

const ct = mockClient(CloudTrailClient);
beforeEach(() => ct.reset());
const REGIONS = ['us-east-1', 'eu-west-1'];

describe('cloudtrail.multi-region-trail-enabled', () => {
  it('PASS (one account-level verdict) naming the qualifying trail, seen as a shadow in other regions', async () => {
    const main = trail('main');
    ct.on(DescribeTrailsCommand).resolves({ trailList: [main] });
    ct.on(GetTrailStatusCommand).resolves({ IsLogging: true });
    ct.on(GetEventSelectorsCommand).resolves(DEFAULT_SELECTORS);
    const findings = await runCheck(check, { regions: REGIONS });
    expect(findings).toMatchObject([{ status: 'PASS', region: 'global', resource: { id: '111122223333' }, evidence: { qualifyingTrails: [main.TrailARN] } }]);
    // The shadow copy in eu-west-1 was deduplicated: one status call for the trail.
    expect(ct.commandCalls(GetTrailStatusCommand)).toHaveLength(1);
  });

  it('an organization trail homed in the management account satisfies a member account', async () => {
    const org = trail('org', { IsOrganizationTrail: true, TrailARN: 'arn:aws:cloudtrail:us-east-1:999999999999:trail/org' });
    ct.on(DescribeTrailsCommand).resolves({ trailList: [org] });
    ct.on(GetTrailStatusCommand).resolves({ IsLogging: true });
    ct.on(GetEventSelectorsCommand).resolves(DEFAULT_SELECTORS);
    expect(await runCheck(check, { regions: REGIONS })).toMatchObject([{ status: 'PASS' }]);
  });

  it.each([
    ['single-region only', trail('r', { IsMultiRegionTrail: false }), { IsLogging: true }, DEFAULT_SELECTORS],
    ['not logging', trail('m'), { IsLogging: false }, DEFAULT_SELECTORS],
    ['write-only management events', trail('m'), { IsLogging: true }, { EventSelectors: [{ ReadWriteType: 'WriteOnly' as const, IncludeManagementEvents: true }] }],
    ['management events excluded', trail('m'), { IsLogging: true }, { EventSelectors: [{ ReadWriteType: 'All' as const, IncludeManagementEvents: false }] }],
    ['KMS events excluded', trail('m'), { IsLogging: true }, { EventSelectors: [{ ReadWriteType: 'All' as const, IncludeManagementEvents: true, ExcludeManagementEventSources: ['kms.amazonaws.com'] }] }],
  ])('FAIL when the only trail is %s', async (_why, t, status, selectors) => {
    ct.on(DescribeTrailsCommand).resolves({ trailList: [t] });
    ct.on(GetTrailStatusCommand).resolves(status);
    ct.on(GetEventSelectorsCommand).resolves(selectors);
    expect(await runCheck(check, { regions: REGIONS })).toMatchObject([{ status: 'FAIL', evidence: { trails: [{ TrailARN: t.TrailARN, status: 'FAIL' }] } }]);
  });

  it('accepts advanced selectors for all management events', async () => {
    ct.on(DescribeTrailsCommand).resolves({ trailList: [trail('adv')] });
    ct.on(GetTrailStatusCommand).resolves({ IsLogging: true });
    ct.on(GetEventSelectorsCommand).resolves({ AdvancedEventSelectors: [{ Name: 'mgmt', FieldSelectors: [{ Field: 'eventCategory', Equals: ['Management'] }] }] });
    expect(await runCheck(check, { regions: REGIONS })).toMatchObject([{ status: 'PASS' }]);
  });

  it('FAIL when the account has no trail at all', async () => {
    ct.on(DescribeTrailsCommand).resolves({ trailList: [] });
    expect(await runCheck(check, { regions: REGIONS })).toMatchObject([{ status: 'FAIL', evidence: { trails: [] } }]);
  });

  it('ERROR, never FAIL, when the only multi-region trail could not be read', async () => {
    ct.on(DescribeTrailsCommand).resolves({ trailList: [trail('m')] });
    ct.on(GetTrailStatusCommand).rejects(awsError('AccessDeniedException'));
    ct.on(GetEventSelectorsCommand).resolves(DEFAULT_SELECTORS);
    expect(await runCheck(check, { regions: REGIONS })).toMatchObject([{ status: 'ERROR', message: expect.stringContaining('cloudtrail:GetTrailStatus') }]);
  });

  it('ERROR naming the permission when DescribeTrails is denied', async () => {
    ct.on(DescribeTrailsCommand).rejects(awsError('AccessDeniedException'));
    expect(await runCheck(check, { regions: REGIONS })).toMatchObject([{ status: 'ERROR', message: expect.stringContaining('cloudtrail:DescribeTrails') }]);
  });
});
