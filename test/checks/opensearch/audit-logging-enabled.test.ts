import { DescribeDomainsCommand, ListDomainNamesCommand, OpenSearchClient } from '@aws-sdk/client-opensearch';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import check from '../../../checks/opensearch/audit-logging-enabled.js';
import { awsError } from '../../harness/aws.js';
import { runCheck } from '../../harness/run-check.js';
import { domain } from './fixtures.js';

const os = mockClient(OpenSearchClient);
beforeEach(() => os.reset());
const R = { region: 'eu-west-1' };

describe('opensearch.audit-logging-enabled', () => {
  it('PASS when AUDIT_LOGS is enabled; FAIL when disabled or never configured', async () => {
    os.on(ListDomainNamesCommand).resolves({ DomainNames: ['a', 'b', 'c'].map((DomainName) => ({ DomainName })) });
    os.on(DescribeDomainsCommand).resolves({
      DomainStatusList: [
        domain('a'),
        domain('b', { LogPublishingOptions: { AUDIT_LOGS: { Enabled: false, CloudWatchLogsLogGroupArn: 'arn:aws:logs:eu-west-1:111122223333:log-group:x' } } }),
        domain('c', { LogPublishingOptions: { ES_APPLICATION_LOGS: { Enabled: true, CloudWatchLogsLogGroupArn: 'arn:aws:logs:eu-west-1:111122223333:log-group:y' } }, AdvancedSecurityOptions: { Enabled: false } }),
      ],
    });
    expect(await runCheck(check, R)).toMatchObject([
      { status: 'PASS', resource: { id: 'a' }, evidence: { AUDIT_LOGS: { Enabled: true }, AdvancedSecurityOptions: { Enabled: true } } },
      { status: 'FAIL', resource: { id: 'b' }, evidence: { AUDIT_LOGS: { Enabled: false } }, srm: { duty: 'logging', serviceModel: 'PaaS' } },
      { status: 'FAIL', resource: { id: 'c' }, evidence: { AUDIT_LOGS: null, AdvancedSecurityOptions: { Enabled: false } } },
    ]);
  });

  it('ERROR naming the permission when DescribeDomains is denied', async () => {
    os.on(ListDomainNamesCommand).resolves({ DomainNames: [{ DomainName: 'a' }] });
    os.on(DescribeDomainsCommand).rejects(awsError('AccessDeniedException'));
    expect(await runCheck(check, R)).toMatchObject([{ status: 'ERROR', message: expect.stringContaining('es:DescribeDomains') }]);
  });
});
