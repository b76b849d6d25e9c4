import { DescribeDomainsCommand, ListDomainNamesCommand, OpenSearchClient } from '@aws-sdk/client-opensearch';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import check from '../../../checks/opensearch/https-tls12-required.js';
import { awsError } from '../../harness/aws.js';
import { runCheck } from '../../harness/run-check.js';
import { domain } from './fixtures.js';

const os = mockClient(OpenSearchClient);
beforeEach(() => os.reset());
const R = { region: 'eu-west-1' };

describe('opensearch.https-tls12-required', () => {
  it('PASS with EnforceHTTPS and a TLS 1.2 minimum policy; FAIL on plain HTTP or a TLS 1.0 policy', async () => {
    os.on(ListDomainNamesCommand).resolves({ DomainNames: ['a', 'b', 'c', 'd'].map((DomainName) => ({ DomainName })) });
    os.on(DescribeDomainsCommand).resolves({
      DomainStatusList: [
        domain('a'),
        domain('b', { DomainEndpointOptions: { EnforceHTTPS: false, TLSSecurityPolicy: 'Policy-Min-TLS-1-2-2019-07' } }),
        domain('c', { DomainEndpointOptions: { EnforceHTTPS: true, TLSSecurityPolicy: 'Policy-Min-TLS-1-0-2019-07' } }),
        domain('d', { DomainEndpointOptions: { EnforceHTTPS: true, TLSSecurityPolicy: 'Policy-Min-TLS-1-2-2019-07' } }),
      ],
    });
    expect(await runCheck(check, R)).toMatchObject([
      { status: 'PASS', resource: { id: 'a' }, evidence: { DomainEndpointOptions: { EnforceHTTPS: true, TLSSecurityPolicy: 'Policy-Min-TLS-1-2-PFS-2023-10' } } },
      { status: 'FAIL', resource: { id: 'b' }, evidence: { DomainEndpointOptions: { EnforceHTTPS: false } }, srm: { duty: 'data-encryption' } },
      { status: 'FAIL', resource: { id: 'c' }, evidence: { DomainEndpointOptions: { TLSSecurityPolicy: 'Policy-Min-TLS-1-0-2019-07' } } },
      { status: 'PASS', resource: { id: 'd' } },
    ]);
  });

  it('FAIL, not PASS, when the endpoint options are missing', async () => {
    os.on(ListDomainNamesCommand).resolves({ DomainNames: [{ DomainName: 'a' }] });
    os.on(DescribeDomainsCommand).resolves({ DomainStatusList: [domain('a', { DomainEndpointOptions: undefined })] });
    expect(await runCheck(check, R)).toMatchObject([{ status: 'FAIL', evidence: { DomainEndpointOptions: { EnforceHTTPS: null, TLSSecurityPolicy: null } } }]);
  });

  it('ERROR naming the permission when DescribeDomains is denied', async () => {
    os.on(ListDomainNamesCommand).resolves({ DomainNames: [{ DomainName: 'a' }] });
    os.on(DescribeDomainsCommand).rejects(awsError('AccessDeniedException'));
    expect(await runCheck(check, R)).toMatchObject([{ status: 'ERROR', message: expect.stringContaining('es:DescribeDomains') }]);
  });
});
