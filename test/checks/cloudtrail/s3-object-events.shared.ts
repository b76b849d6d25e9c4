/** The test table both S3 object-event checks share; each check's test file runs it for its access type. */
import { CloudTrailClient, DescribeTrailsCommand, GetEventSelectorsCommand } from '@aws-sdk/client-cloudtrail';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Check } from '../../../src/check/define.js';
import { awsError } from '../../harness/aws.js';
import { runCheck } from '../../harness/run-check.js';
import { DEFAULT_SELECTORS, trail } from './fixtures.js';

export function describeS3ObjectEventsCheck(check: Check, access: 'read' | 'write'): void {
  const ct = mockClient(CloudTrailClient);
  beforeEach(() => ct.reset());
  const REGIONS = ['us-east-1', 'eu-west-1'];
  const SAME = access === 'write' ? 'WriteOnly' : 'ReadOnly';
  const OTHER = access === 'write' ? 'ReadOnly' : 'WriteOnly';

  describe(check.id, () => {
    it.each([
      ['basic, all buckets (arn:aws:s3)', { EventSelectors: [{ ReadWriteType: 'All', DataResources: [{ Type: 'AWS::S3::Object', Values: ['arn:aws:s3'] }] }] }],
      [`basic, ${access} only, all buckets (arn:aws:s3:::)`, { EventSelectors: [{ ReadWriteType: SAME, DataResources: [{ Type: 'AWS::S3::Object', Values: ['arn:aws:s3:::'] }] }] }],
      ['advanced, all S3 object events', { AdvancedEventSelectors: [{ FieldSelectors: [{ Field: 'eventCategory', Equals: ['Data'] }, { Field: 'resources.type', Equals: ['AWS::S3::Object'] }] }] }],
    ])('PASS with %s', async (_why, selectors) => {
      const t = trail('main');
      ct.on(DescribeTrailsCommand).resolves({ trailList: [t] });
      ct.on(GetEventSelectorsCommand).resolves(selectors as never);
      expect(await runCheck(check, { regions: REGIONS })).toMatchObject([{ status: 'PASS', region: 'global', evidence: { qualifyingTrails: [t.TrailARN] } }]);
    });

    it.each([
      ['management events only (AWS default)', DEFAULT_SELECTORS],
      ['the other access type only', { EventSelectors: [{ ReadWriteType: OTHER, DataResources: [{ Type: 'AWS::S3::Object', Values: ['arn:aws:s3'] }] }] }],
      ['one bucket only', { EventSelectors: [{ ReadWriteType: 'All', DataResources: [{ Type: 'AWS::S3::Object', Values: ['arn:aws:s3:::prod-data/'] }] }] }],
      ['advanced, one bucket only', { AdvancedEventSelectors: [{ FieldSelectors: [{ Field: 'eventCategory', Equals: ['Data'] }, { Field: 'resources.type', Equals: ['AWS::S3::Object'] }, { Field: 'resources.ARN', StartsWith: ['arn:aws:s3:::prod-data/'] }] }] }],
    ])('FAIL with %s', async (_why, selectors) => {
      ct.on(DescribeTrailsCommand).resolves({ trailList: [trail('main')] });
      ct.on(GetEventSelectorsCommand).resolves(selectors as never);
      expect(await runCheck(check, { regions: REGIONS })).toMatchObject([{ status: 'FAIL' }]);
    });

    it('ignores single-region trails (CIS asks for a multi-region trail)', async () => {
      ct.on(DescribeTrailsCommand).resolves({ trailList: [trail('local', { IsMultiRegionTrail: false })] });
      ct.on(GetEventSelectorsCommand).resolves({ EventSelectors: [{ ReadWriteType: 'All', DataResources: [{ Type: 'AWS::S3::Object', Values: ['arn:aws:s3'] }] }] });
      expect(await runCheck(check, { regions: REGIONS })).toMatchObject([{ status: 'FAIL', evidence: { trails: [] } }]);
    });

    it('ERROR when the selectors of the only trail are denied', async () => {
      ct.on(DescribeTrailsCommand).resolves({ trailList: [trail('main')] });
      ct.on(GetEventSelectorsCommand).rejects(awsError('AccessDeniedException'));
      expect(await runCheck(check, { regions: REGIONS })).toMatchObject([{ status: 'ERROR', message: expect.stringContaining('cloudtrail:GetEventSelectors') }]);
    });
  });
}
