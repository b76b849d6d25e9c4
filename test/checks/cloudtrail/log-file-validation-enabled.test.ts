import { CloudTrailClient, DescribeTrailsCommand } from '@aws-sdk/client-cloudtrail';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import check from '../../../checks/cloudtrail/log-file-validation-enabled.js';
import { awsError } from '../../harness/aws.js';
import { runCheck } from '../../harness/run-check.js';

const ct = mockClient(CloudTrailClient);
beforeEach(() => ct.reset());

const trail = (Name: string, LogFileValidationEnabled: boolean, HomeRegion = 'us-east-1') => ({
  Name,
  TrailARN: `arn:aws:cloudtrail:${HomeRegion}:111122223333:trail/${Name}`,
  HomeRegion,
  IsMultiRegionTrail: true,
  LogFileValidationEnabled,
});

describe('cloudtrail.log-file-validation-enabled', () => {
  it('PASS when validation is on, FAIL when off, with the deciding field as evidence', async () => {
    ct.on(DescribeTrailsCommand).resolves({ trailList: [trail('a', true), trail('b', false)] });
    const findings = await runCheck(check, { region: 'us-east-1' });
    expect(findings).toMatchObject([
      { status: 'PASS', resource: { id: 'a', type: 'AWS::CloudTrail::Trail' }, srm: { layer: 'operations', owner: 'customer', duty: 'logging' } },
      { status: 'FAIL', resource: { id: 'b' }, evidence: { LogFileValidationEnabled: false } },
    ]);
  });

  it('ignores shadow copies of a trail homed in another region', async () => {
    ct.on(DescribeTrailsCommand).resolves({ trailList: [trail('org', false, 'eu-west-1')] });
    expect(await runCheck(check, { region: 'us-east-1' })).toEqual([]);
  });

  it('ERROR naming the permission when DescribeTrails is denied', async () => {
    ct.on(DescribeTrailsCommand).rejects(awsError('AccessDeniedException'));
    const findings = await runCheck(check);
    expect(findings).toMatchObject([{ status: 'ERROR', message: expect.stringContaining('cloudtrail:DescribeTrails') }]);
  });
});
