import { AccessAnalyzerClient, ListAnalyzersCommand, type AnalyzerSummary } from '@aws-sdk/client-accessanalyzer';
import { DescribeOrganizationCommand, OrganizationsClient } from '@aws-sdk/client-organizations';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import check from '../../../checks/accessanalyzer/enabled.js';
import { awsError } from '../../harness/aws.js';
import { runCheck } from '../../harness/run-check.js';

const aa = mockClient(AccessAnalyzerClient);
const org = mockClient(OrganizationsClient);
beforeEach(() => {
  aa.reset();
  org.reset();
  org.on(DescribeOrganizationCommand).rejects(awsError('AWSOrganizationsNotInUseException', { message: 'Your account is not a member of an organization.' }));
});
const analyzer = (name: string, type: AnalyzerSummary['type'], status: AnalyzerSummary['status'] = 'ACTIVE'): AnalyzerSummary => ({
  arn: `arn:aws:access-analyzer:eu-west-1:111122223333:analyzer/${name}`,
  name,
  type,
  status,
  createdAt: new Date('2025-03-01T00:00:00Z'),
});

describe('accessanalyzer.enabled', () => {
  it.each(['ACCOUNT', 'ORGANIZATION'] as const)('PASS with an ACTIVE %s analyzer', async (type) => {
    aa.on(ListAnalyzersCommand).resolves({ analyzers: [analyzer('ext', type)] });
    expect(await runCheck(check, { region: 'eu-west-1' })).toMatchObject([
      { status: 'PASS', resource: { id: '111122223333/eu-west-1', arn: 'arn:aws:access-analyzer:eu-west-1:111122223333:analyzer/ext' }, evidence: { analyzers: [{ name: 'ext', type, status: 'ACTIVE' }] }, srm: { duty: 'monitoring' } },
    ]);
    expect(org.commandCalls(DescribeOrganizationCommand)).toHaveLength(0);
  });

  it('FAIL when only unused-access analyzers or a non-active external analyzer exist', async () => {
    aa.on(ListAnalyzersCommand).resolves({ analyzers: [analyzer('unused', 'ACCOUNT_UNUSED_ACCESS'), analyzer('org-unused', 'ORGANIZATION_UNUSED_ACCESS'), analyzer('ext', 'ACCOUNT', 'FAILED')] });
    expect(await runCheck(check, { region: 'eu-west-1' })).toMatchObject([
      { status: 'FAIL', resource: { id: '111122223333/eu-west-1', arn: 'arn:aws:access-analyzer:eu-west-1:111122223333:analyzer/*' }, evidence: { analyzers: [{ name: 'unused' }, { name: 'org-unused' }, { name: 'ext', status: 'FAILED' }], OrganizationId: null } },
    ]);
  });

  it('FAIL with no analyzer at all, following pagination', async () => {
    aa.on(ListAnalyzersCommand).resolvesOnce({ analyzers: [], nextToken: 't' }).resolves({ analyzers: [] });
    expect(await runCheck(check)).toMatchObject([{ status: 'FAIL', evidence: { analyzers: [], OrganizationId: null } }]);
    expect(aa.commandCalls(ListAnalyzersCommand)).toHaveLength(2);
  });

  it('a member account without its own analyzer FAILs, naming the organization whose analyzers it cannot see', async () => {
    aa.on(ListAnalyzersCommand).resolves({ analyzers: [] });
    org.reset();
    org.on(DescribeOrganizationCommand).resolves({ Organization: { Id: 'o-abc123', Arn: 'arn:aws:organizations::999988887777:organization/o-abc123', MasterAccountId: '999988887777', FeatureSet: 'ALL' } });
    const [f] = await runCheck(check);
    expect(f).toMatchObject({ status: 'FAIL', evidence: { OrganizationId: 'o-abc123', MasterAccountId: '999988887777' } });
    expect(f!.message).toContain('o-abc123');
  });

  it('ERROR naming the permission when ListAnalyzers is denied', async () => {
    aa.on(ListAnalyzersCommand).rejects(awsError('AccessDeniedException'));
    expect(await runCheck(check)).toMatchObject([{ status: 'ERROR', message: expect.stringContaining('access-analyzer:ListAnalyzers') }]);
  });

  it('ERROR naming the permission when the organization cannot be read for a FAIL', async () => {
    aa.on(ListAnalyzersCommand).resolves({ analyzers: [] });
    org.reset();
    org.on(DescribeOrganizationCommand).rejects(awsError('AccessDeniedException'));
    expect(await runCheck(check)).toMatchObject([{ status: 'ERROR', message: expect.stringContaining('organizations:DescribeOrganization') }]);
  });
});
