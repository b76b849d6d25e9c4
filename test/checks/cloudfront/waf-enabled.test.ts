import { CloudFrontClient, GetDistributionConfigCommand, ListDistributionsCommand } from '@aws-sdk/client-cloudfront';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import check from '../../../checks/cloudfront/waf-enabled.js';
import { awsError } from '../../harness/aws.js';
import { runCheck } from '../../harness/run-check.js';
import { config, summary } from './fixtures.js';

const cf = mockClient(CloudFrontClient);
beforeEach(() => cf.reset());
const list = (...ids: string[]) => ({ DistributionList: { Items: ids.map(summary), IsTruncated: false, Marker: '', MaxItems: 1000, Quantity: ids.length } });

describe('cloudfront.waf-enabled', () => {
  it('PASS with a WebACLId, FAIL with an empty one', async () => {
    cf.on(ListDistributionsCommand).resolves(list('EWAF', 'ENONE'));
    cf.on(GetDistributionConfigCommand, { Id: 'EWAF' }).resolves(config());
    cf.on(GetDistributionConfigCommand, { Id: 'ENONE' }).resolves(config({ WebACLId: '' }));
    expect(await runCheck(check)).toMatchObject([
      { status: 'FAIL', resource: { id: 'ENONE' }, evidence: { WebACLId: '' } },
      { status: 'PASS', resource: { id: 'EWAF' }, evidence: { WebACLId: 'arn:aws:wafv2:us-east-1:111122223333:global/webacl/edge/1' }, srm: { duty: 'app-configuration', serviceModel: 'SaaS' } },
    ]);
  });

  it('ERROR naming the permission when GetDistributionConfig is denied', async () => {
    cf.on(ListDistributionsCommand).resolves(list('EA'));
    cf.on(GetDistributionConfigCommand).rejects(awsError('AccessDenied'));
    expect(await runCheck(check)).toMatchObject([{ status: 'ERROR', resource: { id: 'EA' }, message: expect.stringContaining('cloudfront:GetDistributionConfig') }]);
  });
});
