import { DescribeDomainsCommand, ListDomainNamesCommand, OpenSearchClient } from '@aws-sdk/client-opensearch';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import check from '../../../checks/opensearch/encryption-at-rest-enabled.js';
import { awsError } from '../../harness/aws.js';
import { runCheck } from '../../harness/run-check.js';
import { domain } from './fixtures.js';

const os = mockClient(OpenSearchClient);
beforeEach(() => os.reset());
const R = { region: 'eu-west-1' };

describe('opensearch.encryption-at-rest-enabled', () => {
  it('PASS and FAIL per domain; a missing option is not PASS', async () => {
    os.on(ListDomainNamesCommand).resolves({ DomainNames: [{ DomainName: 'a' }, { DomainName: 'b' }, { DomainName: 'c' }] });
    os.on(DescribeDomainsCommand).resolves({ DomainStatusList: [domain('a'), domain('b', { EncryptionAtRestOptions: { Enabled: false } }), domain('c', { EncryptionAtRestOptions: undefined })] });
    expect(await runCheck(check, R)).toMatchObject([
      { status: 'PASS', resource: { id: 'a', arn: 'arn:aws:es:eu-west-1:111122223333:domain/a' }, evidence: { EncryptionAtRestOptions: { Enabled: true, KmsKeyId: 'arn:aws:kms:eu-west-1:111122223333:key/k' } } },
      { status: 'FAIL', resource: { id: 'b' }, evidence: { EncryptionAtRestOptions: { Enabled: false } }, srm: { duty: 'data-encryption', serviceModel: 'PaaS' } },
      { status: 'FAIL', resource: { id: 'c' }, evidence: { EncryptionAtRestOptions: { Enabled: null } } },
    ]);
  });

  it('no domains: no findings and no DescribeDomains call', async () => {
    os.on(ListDomainNamesCommand).resolves({ DomainNames: [] });
    expect(await runCheck(check, R)).toEqual([]);
    expect(os.commandCalls(DescribeDomainsCommand)).toHaveLength(0);
  });

  it('ERROR naming the permission when DescribeDomains is denied', async () => {
    os.on(ListDomainNamesCommand).resolves({ DomainNames: [{ DomainName: 'a' }] });
    os.on(DescribeDomainsCommand).rejects(awsError('AccessDeniedException'));
    expect(await runCheck(check, R)).toMatchObject([{ status: 'ERROR', message: expect.stringContaining('es:DescribeDomains') }]);
  });
});
