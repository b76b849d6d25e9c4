import { DescribeDomainsCommand, ListDomainNamesCommand, OpenSearchClient } from '@aws-sdk/client-opensearch';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import check from '../../../checks/opensearch/fine-grained-access-control-enabled.js';
import { awsError } from '../../harness/aws.js';
import { runCheck } from '../../harness/run-check.js';
import { domain } from './fixtures.js';

const os = mockClient(OpenSearchClient);
beforeEach(() => os.reset());
const R = { region: 'eu-west-1' };

describe('opensearch.fine-grained-access-control-enabled', () => {
  it('PASS when enabled; FAIL when off, missing, or open to anonymous requests', async () => {
    os.on(ListDomainNamesCommand).resolves({ DomainNames: ['a', 'b', 'c', 'd'].map((DomainName) => ({ DomainName })) });
    os.on(DescribeDomainsCommand).resolves({
      DomainStatusList: [
        domain('a'),
        domain('b', { AdvancedSecurityOptions: { Enabled: false, InternalUserDatabaseEnabled: false } }),
        domain('c', { AdvancedSecurityOptions: { Enabled: true, AnonymousAuthEnabled: true } }),
        domain('d', { AdvancedSecurityOptions: undefined }),
      ],
    });
    expect(await runCheck(check, R)).toMatchObject([
      { status: 'PASS', resource: { id: 'a' }, evidence: { AdvancedSecurityOptions: { Enabled: true, AnonymousAuthEnabled: false } } },
      { status: 'FAIL', resource: { id: 'b' }, evidence: { AdvancedSecurityOptions: { Enabled: false } }, srm: { duty: 'identity-access', serviceModel: 'PaaS' } },
      { status: 'FAIL', resource: { id: 'c' }, evidence: { AdvancedSecurityOptions: { Enabled: true, AnonymousAuthEnabled: true } } },
      { status: 'FAIL', resource: { id: 'd' }, evidence: { AdvancedSecurityOptions: { Enabled: null } } },
    ]);
  });

  it('ERROR naming the permission when ListDomainNames is denied', async () => {
    os.on(ListDomainNamesCommand).rejects(awsError('AccessDeniedException'));
    expect(await runCheck(check, R)).toMatchObject([{ status: 'ERROR', message: expect.stringContaining('es:ListDomainNames') }]);
  });
});
