import { CloudTrailClient, DescribeTrailsCommand, GetTrailStatusCommand } from '@aws-sdk/client-cloudtrail';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import check from '../../../checks/cloudtrail/cloudwatch-logs-delivery.js';
import { awsError } from '../../harness/aws.js';
import { runCheck } from '../../harness/run-check.js';
import { trail } from './fixtures.js';

const ct = mockClient(CloudTrailClient);
beforeEach(() => ct.reset());
const NOW = new Date('2025-06-01T12:00:00Z');
const hoursAgo = (h: number) => new Date(NOW.getTime() - h * 3_600_000);
const GROUP = 'arn:aws:logs:us-east-1:111122223333:log-group:cloudtrail:*';
const withLogs = (name: string, over = {}) => trail(name, { CloudWatchLogsLogGroupArn: GROUP, CloudWatchLogsRoleArn: 'arn:aws:iam::111122223333:role/ct-logs', ...over });

describe('cloudtrail.cloudwatch-logs-delivery', () => {
  it('PASS for a recent delivery; FAIL without a log group, with a stale delivery, and with none recorded (the delivery error as evidence)', async () => {
    const [fresh, none, stale, broken] = [withLogs('fresh'), trail('no-group'), withLogs('stale'), withLogs('broken')];
    ct.on(DescribeTrailsCommand).resolves({ trailList: [fresh, none, stale, broken] });
    ct.on(GetTrailStatusCommand, { Name: fresh.TrailARN }).resolves({ IsLogging: true, LatestCloudWatchLogsDeliveryTime: hoursAgo(1) });
    ct.on(GetTrailStatusCommand, { Name: stale.TrailARN }).resolves({ IsLogging: true, LatestCloudWatchLogsDeliveryTime: hoursAgo(30) });
    ct.on(GetTrailStatusCommand, { Name: broken.TrailARN }).resolves({ IsLogging: true, LatestCloudWatchLogsDeliveryError: 'AccessDenied: role cannot write' });
    expect(await runCheck(check, { now: NOW })).toMatchObject([
      { status: 'FAIL', resource: { id: 'broken' }, evidence: { CloudWatchLogsLogGroupArn: GROUP, LatestCloudWatchLogsDeliveryTime: null, LatestCloudWatchLogsDeliveryError: 'AccessDenied: role cannot write' } },
      { status: 'PASS', resource: { id: 'fresh', arn: fresh.TrailARN, type: 'AWS::CloudTrail::Trail' }, evidence: { LatestCloudWatchLogsDeliveryTime: hoursAgo(1).toISOString(), maxDeliveryAgeHours: 24 }, srm: { duty: 'logging' } },
      { status: 'FAIL', resource: { id: 'no-group' }, evidence: { CloudWatchLogsLogGroupArn: null } },
      { status: 'FAIL', resource: { id: 'stale' }, evidence: { LatestCloudWatchLogsDeliveryTime: hoursAgo(30).toISOString() } },
    ]);
    // No status call for the trail without a log group.
    expect(ct.commandCalls(GetTrailStatusCommand)).toHaveLength(3);
  });

  it('judges a multi-region trail once, at home; honours maxDeliveryAgeHours', async () => {
    const t = withLogs('main', { HomeRegion: 'eu-west-1' });
    ct.on(DescribeTrailsCommand).resolves({ trailList: [t] });
    ct.on(GetTrailStatusCommand).resolves({ IsLogging: true, LatestCloudWatchLogsDeliveryTime: hoursAgo(30) });
    expect(await runCheck(check, { now: NOW, region: 'us-east-1' })).toEqual([]);
    expect(await runCheck(check, { now: NOW, region: 'eu-west-1', options: { maxDeliveryAgeHours: 48 } })).toMatchObject([{ status: 'PASS', evidence: { maxDeliveryAgeHours: 48 } }]);
  });

  it('ERROR for the trail whose status is denied; ERROR naming cloudtrail:DescribeTrails when the list is denied', async () => {
    const t = withLogs('main');
    ct.on(DescribeTrailsCommand).resolves({ trailList: [t] });
    ct.on(GetTrailStatusCommand).rejects(awsError('AccessDeniedException'));
    expect(await runCheck(check, { now: NOW })).toMatchObject([{ status: 'ERROR', resource: { id: 'main' }, message: expect.stringContaining('cloudtrail:GetTrailStatus') }]);
    ct.reset();
    ct.on(DescribeTrailsCommand).rejects(awsError('AccessDeniedException'));
    expect(await runCheck(check, { now: NOW })).toMatchObject([{ status: 'ERROR', message: expect.stringContaining('cloudtrail:DescribeTrails') }]);
  });
});
