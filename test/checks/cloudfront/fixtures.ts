import type { CacheBehavior, DistributionConfig, DistributionSummary, Origin } from '@aws-sdk/client-cloudfront';

export const ACCOUNT = '111122223333';
export const summary = (Id: string): DistributionSummary =>
  ({ Id, ARN: `arn:aws:cloudfront::${ACCOUNT}:distribution/${Id}`, DomainName: `${Id.toLowerCase()}.cloudfront.net`, Status: 'Deployed', Enabled: true }) as DistributionSummary;

export const s3Origin = (Id: string, over: Partial<Origin> = {}): Origin => ({
  Id,
  DomainName: `${Id}.s3.eu-west-1.amazonaws.com`,
  S3OriginConfig: { OriginAccessIdentity: '' },
  OriginAccessControlId: '',
  ...over,
});

export const customOrigin = (Id: string, OriginProtocolPolicy: 'http-only' | 'https-only' | 'match-viewer', DomainName = `${Id}.example.com`): Origin => ({
  Id,
  DomainName,
  CustomOriginConfig: { HTTPPort: 80, HTTPSPort: 443, OriginProtocolPolicy, OriginSslProtocols: { Quantity: 1, Items: ['TLSv1.2'] } },
});

export const behavior = (PathPattern: string, TargetOriginId: string, ViewerProtocolPolicy: string): CacheBehavior =>
  ({ PathPattern, TargetOriginId, ViewerProtocolPolicy, CachePolicyId: '658327ea-f89d-4fab-a63d-7e88639e58f6' }) as CacheBehavior;

/** A GetDistributionConfig answer: a secure distribution unless overridden. */
export function config(over: Partial<DistributionConfig> & { origins?: Origin[]; behaviors?: CacheBehavior[]; defaultPolicy?: string; defaultTarget?: string } = {}): { DistributionConfig: DistributionConfig; ETag: string } {
  const { origins, behaviors, defaultPolicy, defaultTarget, ...rest } = over;
  const o = origins ?? [s3Origin('assets', { OriginAccessControlId: 'E2QWRUHAPOMQZL' })];
  const b = behaviors ?? [];
  return {
    ETag: 'E2QWRUHEXAMPLE',
    DistributionConfig: {
      CallerReference: 'ref',
      Comment: '',
      Enabled: true,
      Origins: { Quantity: o.length, Items: o },
      DefaultCacheBehavior: { TargetOriginId: defaultTarget ?? o[0]!.Id!, ViewerProtocolPolicy: (defaultPolicy ?? 'redirect-to-https') as 'redirect-to-https', CachePolicyId: '658327ea-f89d-4fab-a63d-7e88639e58f6' },
      CacheBehaviors: { Quantity: b.length, Items: b },
      ViewerCertificate: { ACMCertificateArn: `arn:aws:acm:us-east-1:${ACCOUNT}:certificate/1`, SSLSupportMethod: 'sni-only', MinimumProtocolVersion: 'TLSv1.2_2021', CloudFrontDefaultCertificate: false },
      Logging: { Enabled: true, IncludeCookies: false, Bucket: 'cf-logs.s3.amazonaws.com', Prefix: 'site/' },
      WebACLId: `arn:aws:wafv2:us-east-1:${ACCOUNT}:global/webacl/edge/1`,
      ...rest,
    } as DistributionConfig,
  };
}
