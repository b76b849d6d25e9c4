import { DescribeRepositoriesCommand, ECRClient, GetRegistryScanningConfigurationCommand } from '@aws-sdk/client-ecr';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import check from '../../../checks/ecr/image-scanning-enabled.js';
import { awsError } from '../../harness/aws.js';
import { runCheck } from '../../harness/run-check.js';
import { ACCOUNT, repo } from './fixtures.js';

const ecr = mockClient(ECRClient);
beforeEach(() => ecr.reset());

const repos = [repo('web-frontend', { imageScanningConfiguration: { scanOnPush: true } }), repo('payments'), repo('legacy-batch')];

describe('ecr.image-scanning-enabled', () => {
  it('BASIC: scan on push or a matching SCAN_ON_PUSH rule passes; neither fails', async () => {
    ecr.on(DescribeRepositoriesCommand).resolves({ repositories: repos });
    ecr.on(GetRegistryScanningConfigurationCommand).resolves({ registryId: ACCOUNT, scanningConfiguration: { scanType: 'BASIC', rules: [{ scanFrequency: 'SCAN_ON_PUSH', repositoryFilters: [{ filter: 'pay', filterType: 'WILDCARD' }] }] } });
    expect(await runCheck(check)).toMatchObject([
      { status: 'FAIL', resource: { id: 'legacy-batch' }, evidence: { scanType: 'BASIC', matchingRules: [], scanOnPush: false } },
      // A filter without a wildcard matches names that contain it.
      { status: 'PASS', resource: { id: 'payments' }, evidence: { matchingRules: [{ scanFrequency: 'SCAN_ON_PUSH', repositoryFilters: ['pay'] }] } },
      { status: 'PASS', resource: { id: 'web-frontend', arn: repos[0]!.repositoryArn }, evidence: { scanOnPush: true } },
    ]);
  });

  it('ENHANCED: only matching rules count (the repository-level scanOnPush no longer applies); wildcard filters match the whole name', async () => {
    ecr.on(DescribeRepositoriesCommand).resolves({ repositories: repos });
    ecr.on(GetRegistryScanningConfigurationCommand).resolves({ registryId: ACCOUNT, scanningConfiguration: { scanType: 'ENHANCED', rules: [{ scanFrequency: 'CONTINUOUS_SCAN', repositoryFilters: [{ filter: 'pay*', filterType: 'WILDCARD' }, { filter: '*-batch', filterType: 'WILDCARD' }] }] } });
    expect(await runCheck(check)).toMatchObject([
      { status: 'PASS', resource: { id: 'legacy-batch' } },
      { status: 'PASS', resource: { id: 'payments' }, evidence: { scanType: 'ENHANCED' } },
      { status: 'FAIL', resource: { id: 'web-frontend' }, evidence: { scanType: 'ENHANCED', scanOnPush: true, matchingRules: [] } },
    ]);
  });

  it('ERROR naming the permission when the registry scanning configuration cannot be read', async () => {
    ecr.on(DescribeRepositoriesCommand).resolves({ repositories: repos });
    ecr.on(GetRegistryScanningConfigurationCommand).rejects(awsError('AccessDeniedException'));
    expect(await runCheck(check)).toMatchObject([{ status: 'ERROR', message: expect.stringContaining('ecr:GetRegistryScanningConfiguration') }]);
  });

  it('ERROR naming the permission when DescribeRepositories is denied', async () => {
    ecr.on(DescribeRepositoriesCommand).rejects(awsError('AccessDeniedException'));
    ecr.on(GetRegistryScanningConfigurationCommand).resolves({ registryId: ACCOUNT, scanningConfiguration: { scanType: 'BASIC', rules: [] } });
    expect(await runCheck(check)).toMatchObject([{ status: 'ERROR', message: expect.stringContaining('ecr:DescribeRepositories') }]);
  });
});
