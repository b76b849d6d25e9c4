import { DescribeDomainsCommand, ListDomainNamesCommand, OpenSearchClient } from '@aws-sdk/client-opensearch';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import check from '../../../checks/opensearch/domain-not-public.js';
import { awsError } from '../../harness/aws.js';
import { runCheck } from '../../harness/run-check.js';
import { domain, ESHTTP, policy } from './fixtures.js';

const os = mockClient(OpenSearchClient);
beforeEach(() => os.reset());
const R = { region: 'eu-west-1' };
const serve = (...domains: ReturnType<typeof domain>[]) => {
  os.on(ListDomainNamesCommand).resolves({ DomainNames: domains.map((d) => ({ DomainName: d.DomainName, EngineType: 'OpenSearch' })) });
  os.on(DescribeDomainsCommand).callsFake((input: { DomainNames: string[] }) => ({ DomainStatusList: domains.filter((d) => input.DomainNames.includes(d.DomainName!)) }));
};
const noFgac = { AdvancedSecurityOptions: { Enabled: false } };

describe('opensearch.domain-not-public', () => {
  it('VPC domains pass; public endpoints are judged by their access policy', async () => {
    serve(
      domain('a-vpc', { VPCOptions: { VPCId: 'vpc-1', SubnetIds: ['subnet-1'] }, AccessPolicies: policy(ESHTTP('*')), ...noFgac }),
      domain('b-open', { AccessPolicies: policy(ESHTTP({ AWS: '*' })), ...noFgac }),
      domain('c-ip', { AccessPolicies: policy(ESHTTP('*', { IpAddress: { 'aws:SourceIp': ['203.0.113.0/24'] } })), ...noFgac }),
      domain('d-role', { AccessPolicies: policy(ESHTTP({ AWS: 'arn:aws:iam::111122223333:role/search' })), ...noFgac }),
      domain('e-nopolicy', noFgac),
      domain('f-fgac', { AccessPolicies: policy(ESHTTP({ AWS: '*' })) }),
      domain('g-anon', { AccessPolicies: policy(ESHTTP({ AWS: '*' })), AdvancedSecurityOptions: { Enabled: true, AnonymousAuthEnabled: true } }),
      domain('h-wide-ip', { AccessPolicies: policy(ESHTTP('*', { IpAddress: { 'aws:SourceIp': ['0.0.0.0/0'] } })), ...noFgac }),
    );
    expect(await runCheck(check, R)).toMatchObject([
      { status: 'PASS', resource: { id: 'a-vpc', type: 'AWS::OpenSearchService::Domain' }, evidence: { VPCOptions: { VPCId: 'vpc-1' } } },
      { status: 'FAIL', resource: { id: 'b-open' }, evidence: { VPCOptions: null, publicStatements: [{ Effect: 'Allow', Principal: { AWS: ['*'] } }] }, srm: { duty: 'identity-access', serviceModel: 'PaaS' } },
      { status: 'PASS', resource: { id: 'c-ip' }, evidence: { publicStatements: [] } },
      { status: 'PASS', resource: { id: 'd-role' }, evidence: { publicStatements: [] } },
      { status: 'PASS', resource: { id: 'e-nopolicy' }, evidence: { AccessPolicies: null } },
      { status: 'PASS', resource: { id: 'f-fgac' }, evidence: { AdvancedSecurityOptions: { Enabled: true, AnonymousAuthEnabled: false } } },
      { status: 'FAIL', resource: { id: 'g-anon' }, evidence: { AdvancedSecurityOptions: { AnonymousAuthEnabled: true } } },
      { status: 'FAIL', resource: { id: 'h-wide-ip' } },
    ]);
    // 8 domains: DescribeDomains in batches of at most 5 names.
    expect(os.commandCalls(DescribeDomainsCommand).map((c) => c.args[0].input.DomainNames!.length)).toEqual([5, 3]);
  });

  it('ERROR, not PASS, for the domain whose access policy is not a policy document; the others keep their verdict', async () => {
    serve(domain('bad', { AccessPolicies: '{not json' }), domain('good'));
    expect(await runCheck(check, R)).toMatchObject([
      { status: 'ERROR', resource: { id: 'bad' }, message: expect.stringContaining('DescribeDomains') },
      { status: 'PASS', resource: { id: 'good' } },
    ]);
  });

  it('ERROR naming the permission when ListDomainNames is denied', async () => {
    os.on(ListDomainNamesCommand).rejects(awsError('AccessDeniedException'));
    expect(await runCheck(check, R)).toMatchObject([{ status: 'ERROR', message: expect.stringContaining('es:ListDomainNames') }]);
  });
});
