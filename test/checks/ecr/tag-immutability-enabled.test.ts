import { DescribeRepositoriesCommand, ECRClient } from '@aws-sdk/client-ecr';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import check from '../../../checks/ecr/tag-immutability-enabled.js';
import { awsError } from '../../harness/aws.js';
import { runCheck } from '../../harness/run-check.js';
import { repo } from './fixtures.js';

const ecr = mockClient(ECRClient);
beforeEach(() => ecr.reset());

const repos = [
  repo('a-immutable', { imageTagMutability: 'IMMUTABLE' }),
  repo('b-except-latest', { imageTagMutability: 'IMMUTABLE_WITH_EXCLUSION', imageTagMutabilityExclusionFilters: [{ filterType: 'WILDCARD', filter: 'latest' }] }),
  repo('c-mutable'),
  repo('d-mutable-except', { imageTagMutability: 'MUTABLE_WITH_EXCLUSION', imageTagMutabilityExclusionFilters: [{ filterType: 'WILDCARD', filter: 'release-*' }] }),
];

describe('ecr.tag-immutability-enabled', () => {
  it('IMMUTABLE and IMMUTABLE_WITH_EXCLUSION pass; MUTABLE and MUTABLE_WITH_EXCLUSION fail', async () => {
    ecr.on(DescribeRepositoriesCommand).resolves({ repositories: repos });
    expect(await runCheck(check)).toMatchObject([
      { status: 'PASS', resource: { id: 'a-immutable' }, evidence: { imageTagMutability: 'IMMUTABLE', imageTagMutabilityExclusionFilters: [] } },
      { status: 'PASS', resource: { id: 'b-except-latest' }, evidence: { imageTagMutability: 'IMMUTABLE_WITH_EXCLUSION', imageTagMutabilityExclusionFilters: ['latest'] } },
      { status: 'FAIL', resource: { id: 'c-mutable' }, evidence: { imageTagMutability: 'MUTABLE' } },
      { status: 'FAIL', resource: { id: 'd-mutable-except' }, evidence: { imageTagMutability: 'MUTABLE_WITH_EXCLUSION', imageTagMutabilityExclusionFilters: ['release-*'] } },
    ]);
  });

  it('allowExclusions: false fails IMMUTABLE_WITH_EXCLUSION', async () => {
    ecr.on(DescribeRepositoriesCommand).resolves({ repositories: [repos[1]!] });
    expect(await runCheck(check, { options: { allowExclusions: false } })).toMatchObject([{ status: 'FAIL', resource: { id: 'b-except-latest' } }]);
  });

  it('ERROR naming the permission when DescribeRepositories is denied', async () => {
    ecr.on(DescribeRepositoriesCommand).rejects(awsError('AccessDeniedException'));
    expect(await runCheck(check)).toMatchObject([{ status: 'ERROR', message: expect.stringContaining('ecr:DescribeRepositories') }]);
  });
});
