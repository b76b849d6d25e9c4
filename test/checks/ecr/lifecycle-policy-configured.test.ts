import { DescribeRepositoriesCommand, ECRClient, GetLifecyclePolicyCommand } from '@aws-sdk/client-ecr';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import check from '../../../checks/ecr/lifecycle-policy-configured.js';
import { awsError } from '../../harness/aws.js';
import { runCheck } from '../../harness/run-check.js';
import { repo } from './fixtures.js';

const ecr = mockClient(ECRClient);
beforeEach(() => ecr.reset());

const expireUntagged = JSON.stringify({ rules: [{ rulePriority: 1, description: 'untagged after 14 days', selection: { tagStatus: 'untagged', countType: 'sinceImagePushed', countUnit: 'days', countNumber: 14 }, action: { type: 'expire' } }] });

describe('ecr.lifecycle-policy-configured', () => {
  it('PASS with a rule; FAIL without a policy (LifecyclePolicyNotFoundException) or with an empty rule list', async () => {
    ecr.on(DescribeRepositoriesCommand).resolves({ repositories: [repo('kept'), repo('hoarder'), repo('empty')] });
    ecr.on(GetLifecyclePolicyCommand, { repositoryName: 'kept' }).resolves({ repositoryName: 'kept', lifecyclePolicyText: expireUntagged });
    ecr.on(GetLifecyclePolicyCommand, { repositoryName: 'hoarder' }).rejects(awsError('LifecyclePolicyNotFoundException'));
    ecr.on(GetLifecyclePolicyCommand, { repositoryName: 'empty' }).resolves({ repositoryName: 'empty', lifecyclePolicyText: '{"rules":[]}' });
    expect(await runCheck(check)).toMatchObject([
      { status: 'FAIL', resource: { id: 'empty' }, evidence: { ruleCount: 0 } },
      { status: 'FAIL', resource: { id: 'hoarder' }, evidence: { lifecyclePolicy: null } },
      { status: 'PASS', resource: { id: 'kept' }, evidence: { ruleCount: 1, rules: [{ rulePriority: 1, action: 'expire', description: 'untagged after 14 days' }] } },
    ]);
  });

  it('ERROR naming the permission when GetLifecyclePolicy is denied, and for a policy that is not JSON', async () => {
    ecr.on(DescribeRepositoriesCommand).resolves({ repositories: [repo('denied'), repo('garbled')] });
    ecr.on(GetLifecyclePolicyCommand, { repositoryName: 'denied' }).rejects(awsError('AccessDeniedException'));
    ecr.on(GetLifecyclePolicyCommand, { repositoryName: 'garbled' }).resolves({ lifecyclePolicyText: 'rules: yes' });
    expect(await runCheck(check)).toMatchObject([
      { status: 'ERROR', resource: { id: 'denied' }, message: expect.stringContaining('ecr:GetLifecyclePolicy') },
      { status: 'ERROR', resource: { id: 'garbled' }, evidence: { iamAction: 'ecr:GetLifecyclePolicy' } },
    ]);
  });
});
