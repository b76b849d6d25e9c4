import { DescribeDomainsCommand, ListDomainNamesCommand, OpenSearchClient } from '@aws-sdk/client-opensearch';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import check from '../../../checks/opensearch/node-to-node-encryption-enabled.js';
import { awsError } from '../../harness/aws.js';
import { runCheck } from '../../harness/run-check.js';
import { domain } from './fixtures.js';

const os = mockClient(OpenSearchClient);
beforeEach(() => os.reset());
const R = { region: 'eu-west-1' };

describe('opensearch.node-to-node-encryption-enabled', () => {
  it('PASS and FAIL per domain; a missing option is not PASS', async () => {
    os.on(ListDomainNamesCommand).resolves({ DomainNames: [{ DomainName: 'a' }, { DomainName: 'b' }, { DomainName: 'c' }] });
    os.on(DescribeDomainsCommand).resolves({ DomainStatusList: [domain('a'), domain('b', { NodeToNodeEncryptionOptions: { Enabled: false } }), domain('c', { NodeToNodeEncryptionOptions: undefined })] });
    expect(await runCheck(check, R)).toMatchObject([
      { status: 'PASS', resource: { id: 'a' }, evidence: { NodeToNodeEncryptionOptions: { Enabled: true } } },
      { status: 'FAIL', resource: { id: 'b' }, evidence: { NodeToNodeEncryptionOptions: { Enabled: false } }, srm: { duty: 'data-encryption' } },
      { status: 'FAIL', resource: { id: 'c' }, evidence: { NodeToNodeEncryptionOptions: { Enabled: null } } },
    ]);
  });

  it('ERROR naming the permission when ListDomainNames is denied', async () => {
    os.on(ListDomainNamesCommand).rejects(awsError('AccessDeniedException'));
    expect(await runCheck(check, R)).toMatchObject([{ status: 'ERROR', message: expect.stringContaining('es:ListDomainNames') }]);
  });
});
