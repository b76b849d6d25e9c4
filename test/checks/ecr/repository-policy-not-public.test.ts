import { DescribeRepositoriesCommand, ECRClient, GetRepositoryPolicyCommand } from '@aws-sdk/client-ecr';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import check from '../../../checks/ecr/repository-policy-not-public.js';
import { awsError } from '../../harness/aws.js';
import { runCheck } from '../../harness/run-check.js';
import { ACCOUNT, policyText, repo } from './fixtures.js';

const ecr = mockClient(ECRClient);
beforeEach(() => ecr.reset());

const pull = ['ecr:BatchGetImage', 'ecr:GetDownloadUrlForLayer'];

describe('ecr.repository-policy-not-public', () => {
  it('FAIL on Principal * without a pinning condition; PASS for an org-pinned grant, a named account and no policy', async () => {
    ecr.on(DescribeRepositoriesCommand).resolves({ repositories: [repo('open'), repo('org'), repo('partner'), repo('none')] });
    ecr.on(GetRepositoryPolicyCommand, { repositoryName: 'open' }).resolves({ registryId: ACCOUNT, repositoryName: 'open', policyText: policyText([{ Sid: 'AnyonePull', Effect: 'Allow', Principal: '*', Action: pull }]) });
    ecr.on(GetRepositoryPolicyCommand, { repositoryName: 'org' }).resolves({ policyText: policyText([{ Sid: 'OrgPull', Effect: 'Allow', Principal: '*', Action: pull, Condition: { StringEquals: { 'aws:PrincipalOrgID': 'o-abc123def4' } } }]) });
    ecr.on(GetRepositoryPolicyCommand, { repositoryName: 'partner' }).resolves({ policyText: policyText([{ Sid: 'Partner', Effect: 'Allow', Principal: { AWS: 'arn:aws:iam::444455556666:root' }, Action: pull }]) });
    ecr.on(GetRepositoryPolicyCommand, { repositoryName: 'none' }).rejects(awsError('RepositoryPolicyNotFoundException'));
    expect(await runCheck(check)).toMatchObject([
      { status: 'PASS', resource: { id: 'none' }, evidence: { policy: null, publicStatements: [] } },
      { status: 'FAIL', resource: { id: 'open', arn: repo('open').repositoryArn }, evidence: { statementCount: 1, publicStatements: [expect.objectContaining({ Sid: 'AnyonePull' })] } },
      { status: 'PASS', resource: { id: 'org' }, evidence: { publicStatements: [] } },
      { status: 'PASS', resource: { id: 'partner' }, evidence: { publicStatements: [] } },
    ]);
  });

  it('ERROR for the repository whose policy is denied; the others keep their verdict', async () => {
    ecr.on(DescribeRepositoriesCommand).resolves({ repositories: [repo('denied'), repo('none')] });
    ecr.on(GetRepositoryPolicyCommand, { repositoryName: 'denied' }).rejects(awsError('AccessDeniedException'));
    ecr.on(GetRepositoryPolicyCommand, { repositoryName: 'none' }).rejects(awsError('RepositoryPolicyNotFoundException'));
    expect(await runCheck(check)).toMatchObject([
      { status: 'ERROR', resource: { id: 'denied' }, message: expect.stringContaining('ecr:GetRepositoryPolicy') },
      { status: 'PASS', resource: { id: 'none' } },
    ]);
  });

  it('ERROR for an unparseable policy', async () => {
    ecr.on(DescribeRepositoriesCommand).resolves({ repositories: [repo('bad')] });
    ecr.on(GetRepositoryPolicyCommand).resolves({ policyText: '{not json' });
    expect(await runCheck(check)).toMatchObject([{ status: 'ERROR', resource: { id: 'bad' } }]);
  });
});
