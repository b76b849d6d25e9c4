import { CloudFrontClient, GetDistributionConfigCommand, ListDistributionsCommand } from '@aws-sdk/client-cloudfront';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import check from '../../../checks/cloudfront/origin-https-only.js';
import { awsError } from '../../harness/aws.js';
import { runCheck } from '../../harness/run-check.js';
import { behavior, config, customOrigin, s3Origin, summary } from './fixtures.js';

const cf = mockClient(CloudFrontClient);
beforeEach(() => cf.reset());
const list = (...ids: string[]) => ({ DistributionList: { Items: ids.map(summary), IsTruncated: false, Marker: '', MaxItems: 1000, Quantity: ids.length } });

describe('cloudfront.origin-https-only', () => {
  it('https-only passes, http-only fails, match-viewer passes only when every behaviour reaching it refuses HTTP viewers', async () => {
    cf.on(ListDistributionsCommand).resolves(list('ESECURE', 'EHTTP', 'EMATCHOK', 'EMATCHBAD', 'ES3ONLY', 'EGROUP'));
    cf.on(GetDistributionConfigCommand, { Id: 'ESECURE' }).resolves(config({ origins: [customOrigin('alb', 'https-only')] }));
    cf.on(GetDistributionConfigCommand, { Id: 'EHTTP' }).resolves(config({ origins: [customOrigin('site', 'http-only', 'site.s3-website-eu-west-1.amazonaws.com')] }));
    cf.on(GetDistributionConfigCommand, { Id: 'EMATCHOK' }).resolves(config({ origins: [customOrigin('api', 'match-viewer')], behaviors: [behavior('/v1/*', 'api', 'https-only')] }));
    cf.on(GetDistributionConfigCommand, { Id: 'EMATCHBAD' }).resolves(config({ origins: [s3Origin('assets'), customOrigin('api', 'match-viewer')], behaviors: [behavior('/v1/*', 'api', 'allow-all')] }));
    cf.on(GetDistributionConfigCommand, { Id: 'ES3ONLY' }).resolves(config());
    cf.on(GetDistributionConfigCommand, { Id: 'EGROUP' }).resolves(
      config({
        origins: [customOrigin('a', 'match-viewer'), customOrigin('b', 'https-only')],
        OriginGroups: { Quantity: 1, Items: [{ Id: 'grp', FailoverCriteria: { StatusCodes: { Quantity: 1, Items: [500] } }, Members: { Quantity: 2, Items: [{ OriginId: 'a' }, { OriginId: 'b' }] } }] },
        defaultTarget: 'grp',
        defaultPolicy: 'allow-all',
      }),
    );
    expect(await runCheck(check)).toMatchObject([
      { status: 'FAIL', resource: { id: 'EGROUP' }, evidence: { customOrigins: [{ Id: 'a', OriginProtocolPolicy: 'match-viewer', viewerProtocolPolicies: ['allow-all'], https: false }, { Id: 'b', https: true }] } },
      { status: 'FAIL', resource: { id: 'EHTTP' }, evidence: { customOrigins: [{ DomainName: 'site.s3-website-eu-west-1.amazonaws.com', OriginProtocolPolicy: 'http-only', https: false }] } },
      { status: 'FAIL', resource: { id: 'EMATCHBAD' }, evidence: { customOrigins: [{ Id: 'api', viewerProtocolPolicies: ['allow-all'] }] } },
      { status: 'PASS', resource: { id: 'EMATCHOK' }, evidence: { customOrigins: [{ Id: 'api', OriginProtocolPolicy: 'match-viewer', viewerProtocolPolicies: ['redirect-to-https', 'https-only'], https: true }] } },
      { status: 'PASS', resource: { id: 'ES3ONLY' }, evidence: { customOrigins: [] } },
      { status: 'PASS', resource: { id: 'ESECURE' }, evidence: { customOrigins: [{ OriginProtocolPolicy: 'https-only' }] }, srm: { duty: 'data-encryption' } },
    ]);
  });

  it('ERROR naming the permission when GetDistributionConfig is denied', async () => {
    cf.on(ListDistributionsCommand).resolves(list('EA'));
    cf.on(GetDistributionConfigCommand).rejects(awsError('AccessDenied'));
    expect(await runCheck(check)).toMatchObject([{ status: 'ERROR', resource: { id: 'EA' }, message: expect.stringContaining('cloudfront:GetDistributionConfig') }]);
  });
});
