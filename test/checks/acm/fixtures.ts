import type { CertificateSummary } from '@aws-sdk/client-acm';

export const REGION = 'eu-west-1';
export const NOW = new Date('2026-06-01T00:00:00Z');
export const certArn = (id: string) => `arn:aws:acm:${REGION}:111122223333:certificate/${id}`;
export const inDays = (n: number) => new Date(NOW.getTime() + n * 86_400_000);

/** A ListCertificates summary as AWS returns it (KeyAlgorithm, NotAfter, InUse and Status come with each). */
export function cert(id: string, over: Partial<CertificateSummary> = {}): CertificateSummary {
  return {
    CertificateArn: certArn(id),
    DomainName: `${id}.example.com`,
    Status: 'ISSUED',
    Type: 'AMAZON_ISSUED',
    KeyAlgorithm: 'RSA_2048',
    InUse: true,
    RenewalEligibility: 'ELIGIBLE',
    NotBefore: inDays(-300),
    NotAfter: inDays(95),
    ...over,
  };
}
