import { CloudFrontClient, GetDistributionConfigCommand, ListDistributionsCommand } from '@aws-sdk/client-cloudfront';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import check from '../../../checks/cloudfront/viewer-tls-1-2-minimum.js';
import { awsError } from '../../harness/aws.js';
import { runCheck } from '../../harness/run-check.js';
import { config, summary } from './fixtures.js';

const cf = mockClient(CloudFrontClient);
beforeEach(() => cf.reset());
const list = (...ids: string[]) => ({ DistributionList: { Items: ids.map(summary), IsTruncated: false, Marker: '', MaxItems: 1000, Quantity: ids.length } });
const cert = { ACMCertificateArn: 'arn:aws:acm:us-east-1:111122223333:certificate/1', SSLSupportMethod: 'sni-only' as const, CloudFrontDefaultCertificate: false };

describe('cloudfront.viewer-tls-1-2-minimum', () => {
  it('PASS for TLSv1.2_* and TLSv1.3_* policies; FAIL for TLSv1.1_2016 and for the default certificate (CloudFront applies TLSv1)', async () => {
    cf.on(ListDistributionsCommand).resolves(list('E2021', 'E2018', 'E13', 'E2016', 'EDEFAULT'));
    cf.on(GetDistributionConfigCommand, { Id: 'E2021' }).resolves(config());
    cf.on(GetDistributionConfigCommand, { Id: 'E2018' }).resolves(config({ ViewerCertificate: { ...cert, MinimumProtocolVersion: 'TLSv1.2_2018' } }));
    cf.on(GetDistributionConfigCommand, { Id: 'E13' }).resolves(config({ ViewerCertificate: { ...cert, MinimumProtocolVersion: 'TLSv1.3_2025' as 'TLSv1.2_2021' } }));
    cf.on(GetDistributionConfigCommand, { Id: 'E2016' }).resolves(config({ ViewerCertificate: { ...cert, MinimumProtocolVersion: 'TLSv1.1_2016' } }));
    cf.on(GetDistributionConfigCommand, { Id: 'EDEFAULT' }).resolves(config({ ViewerCertificate: { CloudFrontDefaultCertificate: true, MinimumProtocolVersion: 'TLSv1.2_2021', SSLSupportMethod: 'vip' } }));
    expect(await runCheck(check)).toMatchObject([
      { status: 'PASS', resource: { id: 'E13' }, evidence: { MinimumProtocolVersion: 'TLSv1.3_2025' } },
      { status: 'FAIL', resource: { id: 'E2016' }, evidence: { MinimumProtocolVersion: 'TLSv1.1_2016', CloudFrontDefaultCertificate: false } },
      { status: 'PASS', resource: { id: 'E2018' }, evidence: { MinimumProtocolVersion: 'TLSv1.2_2018' } },
      { status: 'PASS', resource: { id: 'E2021' }, evidence: { MinimumProtocolVersion: 'TLSv1.2_2021' }, srm: { duty: 'data-encryption', serviceModel: 'SaaS' } },
      { status: 'FAIL', resource: { id: 'EDEFAULT' }, evidence: { CloudFrontDefaultCertificate: true, customCertificate: null } },
    ]);
  });

  it('a named ACM certificate is what viewers get, even where an answer also says CloudFrontDefaultCertificate true (emulators)', async () => {
    cf.on(ListDistributionsCommand).resolves(list('EACM'));
    cf.on(GetDistributionConfigCommand).resolves(config({ ViewerCertificate: { ...cert, CloudFrontDefaultCertificate: true, MinimumProtocolVersion: 'TLSv1.2_2021' } }));
    expect(await runCheck(check)).toMatchObject([{ status: 'PASS', evidence: { customCertificate: cert.ACMCertificateArn } }]);
  });

  it('ERROR naming the permission when GetDistributionConfig is denied', async () => {
    cf.on(ListDistributionsCommand).resolves(list('EA'));
    cf.on(GetDistributionConfigCommand).rejects(awsError('AccessDenied'));
    expect(await runCheck(check)).toMatchObject([{ status: 'ERROR', resource: { id: 'EA' }, message: expect.stringContaining('cloudfront:GetDistributionConfig') }]);
  });
});
