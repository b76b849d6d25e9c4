import { CloudFrontClient, GetDistributionConfigCommand, ListDistributionsCommand } from '@aws-sdk/client-cloudfront';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import check from '../../../checks/cloudfront/standard-logging-enabled.js';
import { awsError } from '../../harness/aws.js';
import { runCheck } from '../../harness/run-check.js';
import { config, summary } from './fixtures.js';

const cf = mockClient(CloudFrontClient);
beforeEach(() => cf.reset());
const list = (...ids: string[]) => ({ DistributionList: { Items: ids.map(summary), IsTruncated: false, Marker: '', MaxItems: 1000, Quantity: ids.length } });

describe('cloudfront.standard-logging-enabled', () => {
  it('PASS when Logging.Enabled, FAIL when disabled', async () => {
    cf.on(ListDistributionsCommand).resolves(list('ELOG', 'EQUIET'));
    cf.on(GetDistributionConfigCommand, { Id: 'ELOG' }).resolves(config());
    cf.on(GetDistributionConfigCommand, { Id: 'EQUIET' }).resolves(config({ Logging: { Enabled: false, IncludeCookies: false, Bucket: '', Prefix: '' } }));
    expect(await runCheck(check)).toMatchObject([
      { status: 'PASS', resource: { id: 'ELOG' }, evidence: { 'Logging.Enabled': true, 'Logging.Bucket': 'cf-logs.s3.amazonaws.com' }, srm: { duty: 'logging', serviceModel: 'SaaS' } },
      { status: 'FAIL', resource: { id: 'EQUIET' }, evidence: { 'Logging.Enabled': false, 'Logging.Bucket': null } },
    ]);
  });

  it('ERROR (invalid data) when GetDistributionConfig answers without a configuration', async () => {
    cf.on(ListDistributionsCommand).resolves(list('EA'));
    cf.on(GetDistributionConfigCommand).resolves({});
    expect(await runCheck(check)).toMatchObject([{ status: 'ERROR', resource: { id: 'EA' }, message: expect.stringContaining('GetDistributionConfig') }]);
  });

  it('ERROR naming the permission when GetDistributionConfig is denied', async () => {
    cf.on(ListDistributionsCommand).resolves(list('EA'));
    cf.on(GetDistributionConfigCommand).rejects(awsError('AccessDenied'));
    expect(await runCheck(check)).toMatchObject([{ status: 'ERROR', resource: { id: 'EA' }, message: expect.stringContaining('cloudfront:GetDistributionConfig') }]);
  });
});
