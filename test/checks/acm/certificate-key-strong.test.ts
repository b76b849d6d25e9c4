import { ACMClient, DescribeCertificateCommand, ListCertificatesCommand } from '@aws-sdk/client-acm';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import check from '../../../checks/acm/certificate-key-strong.js';
import { awsError } from '../../harness/aws.js';
import { runCheck } from '../../harness/run-check.js';
import { REGION, cert, certArn } from './fixtures.js';

const acm = mockClient(ACMClient);
beforeEach(() => acm.reset());
const detail = (id: string, KeyAlgorithm: string, SignatureAlgorithm: string) => ({ Certificate: { CertificateArn: certArn(id), KeyAlgorithm: KeyAlgorithm as 'RSA_2048', SignatureAlgorithm, InUseBy: [] } });

describe('acm.certificate-key-strong', () => {
  it('FAIL for RSA_1024 or a SHA-1 signature; PASS for RSA 2048+ and the NIST curves', async () => {
    acm.on(ListCertificatesCommand).resolves({
      CertificateSummaryList: [cert('rsa2048'), cert('ec256', { KeyAlgorithm: 'EC_prime256v1' }), cert('rsa1024', { KeyAlgorithm: 'RSA_1024', Type: 'IMPORTED' }), cert('sha1', { Type: 'IMPORTED' })],
    });
    acm.on(DescribeCertificateCommand, { CertificateArn: certArn('rsa2048') }).resolves(detail('rsa2048', 'RSA_2048', 'SHA256WITHRSA'));
    acm.on(DescribeCertificateCommand, { CertificateArn: certArn('ec256') }).resolves(detail('ec256', 'EC_prime256v1', 'SHA256WITHECDSA'));
    acm.on(DescribeCertificateCommand, { CertificateArn: certArn('rsa1024') }).resolves(detail('rsa1024', 'RSA_1024', 'SHA256WITHRSA'));
    acm.on(DescribeCertificateCommand, { CertificateArn: certArn('sha1') }).resolves(detail('sha1', 'RSA_2048', 'SHA1WITHRSA'));
    expect(await runCheck(check, { region: REGION })).toMatchObject([
      { status: 'PASS', resource: { id: 'ec256' }, evidence: { KeyAlgorithm: 'EC_prime256v1', SignatureAlgorithm: 'SHA256WITHECDSA' } },
      { status: 'FAIL', resource: { id: 'rsa1024', arn: certArn('rsa1024') }, evidence: { KeyAlgorithm: 'RSA_1024' } },
      { status: 'PASS', resource: { id: 'rsa2048', type: 'AWS::CertificateManager::Certificate' }, srm: { duty: 'data-encryption', serviceModel: 'SaaS' } },
      { status: 'FAIL', resource: { id: 'sha1' }, evidence: { KeyAlgorithm: 'RSA_2048', SignatureAlgorithm: 'SHA1WITHRSA' } },
    ]);
  });

  it('ERROR for the certificate whose DescribeCertificate is denied; the others keep their verdict', async () => {
    acm.on(ListCertificatesCommand).resolves({ CertificateSummaryList: [cert('a'), cert('b')] });
    acm.on(DescribeCertificateCommand, { CertificateArn: certArn('a') }).rejects(awsError('AccessDeniedException'));
    acm.on(DescribeCertificateCommand, { CertificateArn: certArn('b') }).resolves(detail('b', 'RSA_2048', 'SHA256WITHRSA'));
    expect(await runCheck(check, { region: REGION })).toMatchObject([
      { status: 'ERROR', resource: { id: 'a' }, message: expect.stringContaining('acm:DescribeCertificate') },
      { status: 'PASS', resource: { id: 'b' } },
    ]);
  });
});
