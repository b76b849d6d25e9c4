import { CloudFrontClient, GetDistributionConfigCommand, ListDistributionsCommand } from '@aws-sdk/client-cloudfront';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import check from '../../../checks/cloudfront/s3-origin-access-configured.js';
import { awsError } from '../../harness/aws.js';
import { runCheck } from '../../harness/run-check.js';
import { config, customOrigin, s3Origin, summary } from './fixtures.js';

const cf = mockClient(CloudFrontClient);
beforeEach(() => cf.reset());
const list = (...ids: string[]) => ({ DistributionList: { Items: ids.map(summary), IsTruncated: false, Marker: '', MaxItems: 1000, Quantity: ids.length } });

describe('cloudfront.s3-origin-access-configured', () => {
  it('PASS with OAC, PASS noting a legacy OAI, FAIL for an anonymous S3 origin; website endpoints and custom origins are not S3 origins', async () => {
    cf.on(ListDistributionsCommand).resolves(list('EOAC', 'EOAI', 'EOPEN', 'ECUSTOM', 'EBARE'));
    cf.on(GetDistributionConfigCommand, { Id: 'EOAC' }).resolves(config());
    cf.on(GetDistributionConfigCommand, { Id: 'EOAI' }).resolves(config({ origins: [s3Origin('assets', { S3OriginConfig: { OriginAccessIdentity: 'origin-access-identity/cloudfront/E127EXAMPLE51Z' } })] }));
    cf.on(GetDistributionConfigCommand, { Id: 'EOPEN' }).resolves(config({ origins: [s3Origin('assets', { OriginAccessControlId: 'E2QWRUHAPOMQZL' }), s3Origin('uploads')] }));
    cf.on(GetDistributionConfigCommand, { Id: 'ECUSTOM' }).resolves(config({ origins: [customOrigin('site', 'http-only', 'site.s3-website-eu-west-1.amazonaws.com'), customOrigin('alb', 'https-only')] }));
    // An answer without S3OriginConfig (emulators drop it): the S3 REST host still makes it an S3 origin.
    cf.on(GetDistributionConfigCommand, { Id: 'EBARE' }).resolves(config({ origins: [{ Id: 'b', DomainName: 'b.s3.amazonaws.com' }] }));
    expect(await runCheck(check)).toMatchObject([
      { status: 'FAIL', resource: { id: 'EBARE' }, evidence: { s3Origins: [{ DomainName: 'b.s3.amazonaws.com', accessMethod: null }] } },
      { status: 'PASS', resource: { id: 'ECUSTOM' }, evidence: { s3Origins: [] } },
      { status: 'PASS', resource: { id: 'EOAC' }, evidence: { s3Origins: [{ OriginAccessControlId: 'E2QWRUHAPOMQZL', accessMethod: 'OAC' }] }, srm: { duty: 'identity-access', serviceModel: 'SaaS' } },
      { status: 'PASS', resource: { id: 'EOAI' }, evidence: { s3Origins: [{ OriginAccessControlId: null, OriginAccessIdentity: 'origin-access-identity/cloudfront/E127EXAMPLE51Z', accessMethod: 'OAI (legacy)' }] } },
      { status: 'FAIL', resource: { id: 'EOPEN' }, evidence: { s3Origins: [{ Id: 'assets', accessMethod: 'OAC' }, { Id: 'uploads', accessMethod: null }] } },
    ]);
  });

  it('ERROR naming the permission when ListDistributions is denied', async () => {
    cf.on(ListDistributionsCommand).rejects(awsError('AccessDenied'));
    expect(await runCheck(check)).toMatchObject([{ status: 'ERROR', message: expect.stringContaining('cloudfront:ListDistributions') }]);
  });
});
