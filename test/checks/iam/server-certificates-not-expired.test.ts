import { IAMClient, ListServerCertificatesCommand } from '@aws-sdk/client-iam';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import check from '../../../checks/iam/server-certificates-not-expired.js';
import { awsError } from '../../harness/aws.js';
import { runCheck } from '../../harness/run-check.js';

const iam = mockClient(IAMClient);
beforeEach(() => iam.reset());
const cert = (name: string, Expiration?: Date) => ({
  Path: '/', ServerCertificateName: name, ServerCertificateId: `ASCA${name.toUpperCase()}`, Arn: `arn:aws:iam::111122223333:server-certificate/${name}`,
  UploadDate: new Date('2023-01-01T00:00:00Z'), ...(Expiration ? { Expiration } : {}),
});
const NOW = new Date('2026-06-01T00:00:00Z');

describe('iam.server-certificates-not-expired', () => {
  it('FAIL for an expired certificate, PASS for a valid one, by the scan clock', async () => {
    iam.on(ListServerCertificatesCommand).resolves({ ServerCertificateMetadataList: [cert('old-www', new Date('2025-12-31T00:00:00Z')), cert('www', new Date('2027-01-01T00:00:00Z'))], IsTruncated: false });
    expect(await runCheck(check, { now: NOW })).toMatchObject([
      { status: 'FAIL', region: 'global', resource: { id: 'old-www', arn: 'arn:aws:iam::111122223333:server-certificate/old-www', type: 'AWS::IAM::ServerCertificate' }, message: expect.stringContaining('2025-12-31') },
      { status: 'PASS', resource: { id: 'www' }, evidence: { Expiration: '2027-01-01T00:00:00.000Z' } },
    ]);
  });

  it('FAIL when the expiration is not known; no certificates, no findings; follows pagination', async () => {
    iam.on(ListServerCertificatesCommand).resolvesOnce({ ServerCertificateMetadataList: [cert('mystery')], IsTruncated: true, Marker: 'm' }).resolvesOnce({ ServerCertificateMetadataList: [], IsTruncated: false });
    expect(await runCheck(check, { now: NOW })).toMatchObject([{ status: 'FAIL', message: expect.stringContaining('no known expiration') }]);
    iam.reset();
    iam.on(ListServerCertificatesCommand).resolves({ ServerCertificateMetadataList: [], IsTruncated: false });
    expect(await runCheck(check, { now: NOW })).toEqual([]);
  });

  it('ERROR naming the permission when the list is denied', async () => {
    iam.on(ListServerCertificatesCommand).rejects(awsError('AccessDenied', { status: 403 }));
    expect(await runCheck(check)).toMatchObject([{ status: 'ERROR', message: expect.stringContaining('iam:ListServerCertificates') }]);
  });
});
