import { DescribeCertificateCommand, ListCertificatesCommand, KeyAlgorithm, type CertificateDetail, type CertificateSummary } from '@aws-sdk/client-acm';
import type { Aws } from '../aws/call.js';
import { invalidData } from '../aws/invalid-data.js';
import { memo } from './memo.js';

/** Every key type ACM knows: without this filter ListCertificates returns RSA_2048 certificates only. */
const ALL_KEY_TYPES = Object.values(KeyAlgorithm);

/** Memoized AWS Certificate Manager data sets of one account. */
export function acmInventory(aws: Aws) {
  return {
    /** Every certificate of the region, of every key type and status: KeyAlgorithm, NotAfter, InUse and Status come with each. */
    certificates: memo((region: string): Promise<CertificateSummary[]> =>
      aws.paginate(
        'acm',
        region,
        (NextToken) => new ListCertificatesCommand({ Includes: { keyTypes: ALL_KEY_TYPES }, MaxItems: 1000, ...(NextToken ? { NextToken } : {}) }),
        (o) => ({ items: o.CertificateSummaryList, next: o.NextToken }),
      )),

    /** One certificate's details: SignatureAlgorithm and InUseBy, which the summaries lack. */
    certificate: memo(async (region: string, certificateArn: string): Promise<CertificateDetail> => {
      const out = await aws.send('acm', region, new DescribeCertificateCommand({ CertificateArn: certificateArn }));
      if (!out.Certificate) throw invalidData({ service: 'acm', operation: 'DescribeCertificate', account: aws.account, region }, `DescribeCertificate answered without a Certificate for ${certificateArn}`);
      return out.Certificate;
    }),
  };
}

export type AcmInventory = ReturnType<typeof acmInventory>;
