import { BatchGetProjectsCommand, CodeBuildClient, ListProjectsCommand } from '@aws-sdk/client-codebuild';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import check from '../../../checks/codebuild/privileged-mode-disabled.js';
import { awsError } from '../../harness/aws.js';
import { runCheck } from '../../harness/run-check.js';
import { project } from './fixtures.js';

const cb = mockClient(CodeBuildClient);
beforeEach(() => cb.reset());
const R = { region: 'eu-west-1' };
const base = project('x').environment!;

describe('codebuild.privileged-mode-disabled', () => {
  it('PASS off, FAIL on, ERROR for the one project whose answer lacks privilegedMode', async () => {
    cb.on(ListProjectsCommand).resolves({ projects: ['a-off', 'b-on', 'c-missing'] });
    cb.on(BatchGetProjectsCommand).resolves({
      projects: [project('a-off'), project('b-on', { environment: { ...base, privilegedMode: true } }), project('c-missing', { environment: { ...base, privilegedMode: undefined } })],
    });
    expect(await runCheck(check, R)).toMatchObject([
      { status: 'PASS', resource: { id: 'a-off' }, evidence: { privilegedMode: false } },
      { status: 'FAIL', resource: { id: 'b-on' }, evidence: { privilegedMode: true }, srm: { duty: 'app-configuration', serviceModel: 'PaaS' } },
      { status: 'ERROR', resource: { id: 'c-missing' }, message: expect.stringContaining('privilegedMode') },
    ]);
  });

  it('ERROR naming the permission when ListProjects is denied', async () => {
    cb.on(ListProjectsCommand).rejects(awsError('AccessDeniedException'));
    expect(await runCheck(check, R)).toMatchObject([{ status: 'ERROR', message: expect.stringContaining('codebuild:ListProjects') }]);
  });
});
