import { CloudTrailClient, DescribeTrailsCommand, GetTrailStatusCommand } from '@aws-sdk/client-cloudtrail';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import check from '../../../checks/cloudtrail/trail-logging.js';
import { awsError } from '../../harness/aws.js';
import { runCheck } from '../../harness/run-check.js';
import { trail } from './fixtures.js';

const ct = mockClient(CloudTrailClient);
beforeEach(() => ct.reset());

describe('cloudtrail.trail-logging', () => {
  it('PASS when logging, FAIL when stopped, with the stop time as evidence', async () => {
    const on = trail('on');
    const off = trail('off');
    ct.on(DescribeTrailsCommand).resolves({ trailList: [on, off] });
    ct.on(GetTrailStatusCommand, { Name: on.TrailARN }).resolves({ IsLogging: true });
    ct.on(GetTrailStatusCommand, { Name: off.TrailARN }).resolves({ IsLogging: false, StopLoggingTime: new Date('2026-10-01T00:00:00Z') });
    expect(await runCheck(check)).toMatchObject([
      { status: 'FAIL', resource: { id: 'off' }, evidence: { IsLogging: false, StopLoggingTime: '2026-10-01T00:00:00.000Z' } },
      { status: 'PASS', resource: { id: 'on' }, evidence: { IsLogging: true } },
    ]);
  });

  it('asks for the status by ARN, once per trail, only in the home region', async () => {
    ct.on(DescribeTrailsCommand).resolves({ trailList: [trail('a'), trail('b', { HomeRegion: 'eu-west-1' })] });
    ct.on(GetTrailStatusCommand).resolves({ IsLogging: true });
    await runCheck(check, { region: 'us-east-1' });
    expect(ct.commandCalls(GetTrailStatusCommand).map((c) => c.args[0].input)).toEqual([{ Name: trail('a').TrailARN }]);
  });

  it('ERROR for one trail whose status is denied; the others keep their verdict', async () => {
    const a = trail('a');
    const b = trail('b');
    ct.on(DescribeTrailsCommand).resolves({ trailList: [a, b] });
    ct.on(GetTrailStatusCommand, { Name: a.TrailARN }).rejects(awsError('AccessDeniedException'));
    ct.on(GetTrailStatusCommand, { Name: b.TrailARN }).resolves({ IsLogging: true });
    expect(await runCheck(check)).toMatchObject([
      { status: 'ERROR', resource: { id: 'a' }, message: expect.stringContaining('cloudtrail:GetTrailStatus') },
      { status: 'PASS', resource: { id: 'b' } },
    ]);
  });

  it('ERROR, not FAIL, when the answer has no IsLogging', async () => {
    ct.on(DescribeTrailsCommand).resolves({ trailList: [trail('a')] });
    ct.on(GetTrailStatusCommand).resolves({});
    expect(await runCheck(check)).toMatchObject([{ status: 'ERROR', resource: { id: 'a' } }]);
  });
});
