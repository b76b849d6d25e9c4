import type { CertificateDetail, CertificateSummary, KeyAlgorithm } from '@aws-sdk/client-acm';
import type { Aws } from '../aws/call.js';
import { invalidData } from '../aws/invalid-data.js';
import { memo } from './memo.js';

/**
 * Every key type ACM knows: without this filter ListCertificates returns RSA_2048 certificates only.
 * Spelled out rather than read from the SDK's enum so the inventory loads no SDK package (a test
 * compares the list with the SDK's).
 */
export const ALL_KEY_TYPES: readonly KeyAlgorithm[] = ['EC_prime256v1', 'EC_secp384r1', 'EC_secp521r1', 'RSA_1024', 'RSA_2048', 'RSA_3072', 'RSA_4096'];

/** Memoized AWS Certificate Manager data sets of one account. */
export function acmInventory(aws: Aws) {
  return {
    /** Every certificate of the region, of every key type and status: KeyAlgorithm, NotAfter, InUse and Status come with each. */
    certificates: memo((region: string): Promise<CertificateSummary[]> =>
      aws.paginate(
        'acm',
        region,
        'ListCertificates', (NextToken) => ({ Includes: { keyTypes: [...ALL_KEY_TYPES] }, MaxItems: 1000, ...(NextToken ? { NextToken } : {}) }),
        (o) => ({ items: o.CertificateSummaryList, next: o.NextToken }),
      )),

    /** One certificate's details: SignatureAlgorithm and InUseBy, which the summaries lack. */
    certificate: memo(async (region: string, certificateArn: string): Promise<CertificateDetail> => {
      const out = await aws.send('acm', region, 'DescribeCertificate', { CertificateArn: certificateArn });
      if (!out.Certificate) throw invalidData({ service: 'acm', operation: 'DescribeCertificate', account: aws.account, region }, `DescribeCertificate answered without a Certificate for ${certificateArn}`);
      return out.Certificate;
    }),
  };
}

export type AcmInventory = ReturnType<typeof acmInventory>;
