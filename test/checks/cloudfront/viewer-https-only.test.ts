import { CloudFrontClient, GetDistributionConfigCommand, ListDistributionsCommand } from '@aws-sdk/client-cloudfront';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import check from '../../../checks/cloudfront/viewer-https-only.js';
import { awsError } from '../../harness/aws.js';
import { runCheck } from '../../harness/run-check.js';
import { behavior, config, summary } from './fixtures.js';

const cf = mockClient(CloudFrontClient);
beforeEach(() => cf.reset());

describe('cloudfront.viewer-https-only', () => {
  it('PASS when every behaviour redirects or requires HTTPS; FAIL when the default or any path behaviour allows HTTP', async () => {
    cf.on(ListDistributionsCommand).resolves({ DistributionList: { Items: [summary('EGOOD'), summary('EDEFAULT'), summary('EPATH')], IsTruncated: false, Marker: '', MaxItems: 1000, Quantity: 3 } });
    cf.on(GetDistributionConfigCommand, { Id: 'EGOOD' }).resolves(config({ behaviors: [behavior('/api/*', 'assets', 'https-only')] }));
    cf.on(GetDistributionConfigCommand, { Id: 'EDEFAULT' }).resolves(config({ defaultPolicy: 'allow-all' }));
    cf.on(GetDistributionConfigCommand, { Id: 'EPATH' }).resolves(config({ behaviors: [behavior('/legacy/*', 'assets', 'allow-all')] }));
    expect(await runCheck(check)).toMatchObject([
      { status: 'FAIL', region: 'global', resource: { id: 'EDEFAULT' }, evidence: { behaviors: [{ PathPattern: 'Default (*)', ViewerProtocolPolicy: 'allow-all' }] } },
      { status: 'PASS', resource: { id: 'EGOOD', arn: summary('EGOOD').ARN, type: 'AWS::CloudFront::Distribution' }, evidence: { behaviors: [{ ViewerProtocolPolicy: 'redirect-to-https' }, { PathPattern: '/api/*', ViewerProtocolPolicy: 'https-only' }] }, srm: { duty: 'data-encryption', serviceModel: 'SaaS' } },
      { status: 'FAIL', resource: { id: 'EPATH' }, evidence: { behaviors: [{ ViewerProtocolPolicy: 'redirect-to-https' }, { PathPattern: '/legacy/*', ViewerProtocolPolicy: 'allow-all' }] } },
    ]);
    const list = cf.commandCalls(ListDistributionsCommand);
    expect(list).toHaveLength(1);
    expect(await (list[0]!.thisValue as CloudFrontClient).config.region()).toBe('us-east-1');
  });

  it('follows NextMarker while IsTruncated', async () => {
    cf.on(ListDistributionsCommand, { MaxItems: 1000 }).resolves({ DistributionList: { Items: [summary('EA')], IsTruncated: true, NextMarker: 'EA', Marker: '', MaxItems: 1000, Quantity: 1 } });
    cf.on(ListDistributionsCommand, { MaxItems: 1000, Marker: 'EA' }).resolves({ DistributionList: { Items: [summary('EB')], IsTruncated: false, Marker: 'EA', MaxItems: 1000, Quantity: 1 } });
    cf.on(GetDistributionConfigCommand).resolves(config());
    expect((await runCheck(check)).map((f) => [f.resource.id, f.status])).toEqual([['EA', 'PASS'], ['EB', 'PASS']]);
  });

  it('ERROR naming the permission: ListDistributions for the scope, GetDistributionConfig per distribution', async () => {
    cf.on(ListDistributionsCommand).rejects(awsError('AccessDenied'));
    expect(await runCheck(check)).toMatchObject([{ status: 'ERROR', message: expect.stringContaining('cloudfront:ListDistributions') }]);
    cf.reset();
    cf.on(ListDistributionsCommand).resolves({ DistributionList: { Items: [summary('EA')], IsTruncated: false, Marker: '', MaxItems: 1000, Quantity: 1 } });
    cf.on(GetDistributionConfigCommand).rejects(awsError('AccessDenied'));
    expect(await runCheck(check)).toMatchObject([{ status: 'ERROR', resource: { id: 'EA' }, message: expect.stringContaining('cloudfront:GetDistributionConfig') }]);
  });
});
