import { ACMClient, ListCertificatesCommand } from '@aws-sdk/client-acm';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import check from '../../../checks/acm/certificate-not-expiring.js';
import { awsError } from '../../harness/aws.js';
import { runCheck } from '../../harness/run-check.js';
import { NOW, REGION, cert, inDays } from './fixtures.js';

const acm = mockClient(ACMClient);
beforeEach(() => acm.reset());

describe('acm.certificate-not-expiring', () => {
  it('FAIL when expired or in use and within 30 days; PASS otherwise; pending certificates are not judged', async () => {
    acm.on(ListCertificatesCommand).resolves({
      CertificateSummaryList: [
        cert('fresh'),
        cert('soon', { NotAfter: inDays(12), Type: 'IMPORTED', RenewalEligibility: 'INELIGIBLE' }),
        cert('soon-unused', { NotAfter: inDays(12), InUse: false }),
        cert('gone', { NotAfter: inDays(-3), Status: 'EXPIRED', InUse: false }),
        cert('pending', { Status: 'PENDING_VALIDATION', NotAfter: undefined, InUse: false }),
        cert('nodate', { NotAfter: undefined }),
      ],
    });
    expect(await runCheck(check, { region: REGION, now: NOW })).toMatchObject([
      { status: 'PASS', resource: { id: 'fresh', type: 'AWS::CertificateManager::Certificate' }, evidence: { InUse: true, daysBeforeExpiry: 30 }, srm: { duty: 'configuration-management', serviceModel: 'SaaS' } },
      { status: 'FAIL', resource: { id: 'gone' }, evidence: { Status: 'EXPIRED', NotAfter: inDays(-3).toISOString() } },
      { status: 'FAIL', resource: { id: 'nodate' }, evidence: { NotAfter: null } },
      { status: 'FAIL', resource: { id: 'soon' }, evidence: { NotAfter: inDays(12).toISOString(), InUse: true, Type: 'IMPORTED' } },
      { status: 'PASS', resource: { id: 'soon-unused' }, evidence: { InUse: false } },
    ]);
  });

  it('asks for every key type (ListCertificates returns RSA_2048 only by default) and follows NextToken', async () => {
    acm.on(ListCertificatesCommand).callsFake((input: { NextToken?: string }) =>
      input.NextToken ? { CertificateSummaryList: [cert('b', { KeyAlgorithm: 'EC_prime256v1' })] } : { CertificateSummaryList: [cert('a')], NextToken: 't2' });
    expect((await runCheck(check, { region: REGION, now: NOW })).map((f) => f.resource.id)).toEqual(['a', 'b']);
    const input = acm.commandCalls(ListCertificatesCommand)[0]!.args[0].input;
    expect(input.Includes?.keyTypes).toEqual(expect.arrayContaining(['RSA_1024', 'RSA_2048', 'RSA_3072', 'RSA_4096', 'EC_prime256v1', 'EC_secp384r1', 'EC_secp521r1']));
  });

  it('the window is an option', async () => {
    acm.on(ListCertificatesCommand).resolves({ CertificateSummaryList: [cert('mid', { NotAfter: inDays(45) })] });
    expect(await runCheck(check, { region: REGION, now: NOW, options: { daysBeforeExpiry: 60 } })).toMatchObject([{ status: 'FAIL', evidence: { daysBeforeExpiry: 60 } }]);
  });

  it('ERROR naming the permission when ListCertificates is denied', async () => {
    acm.on(ListCertificatesCommand).rejects(awsError('AccessDeniedException'));
    expect(await runCheck(check, { region: REGION })).toMatchObject([{ status: 'ERROR', message: expect.stringContaining('acm:ListCertificates') }]);
  });
});
