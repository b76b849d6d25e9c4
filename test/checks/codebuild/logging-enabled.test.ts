import { BatchGetProjectsCommand, CodeBuildClient, ListProjectsCommand } from '@aws-sdk/client-codebuild';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import check from '../../../checks/codebuild/logging-enabled.js';
import { awsError } from '../../harness/aws.js';
import { runCheck } from '../../harness/run-check.js';
import { project } from './fixtures.js';

const cb = mockClient(CodeBuildClient);
beforeEach(() => cb.reset());
const R = { region: 'eu-west-1' };

describe('codebuild.logging-enabled', () => {
  it('PASS for CloudWatch Logs or S3, FAIL for neither, ERROR without logsConfig', async () => {
    cb.on(ListProjectsCommand).resolves({ projects: ['a-cw', 'b-s3', 'c-off', 'd-missing'] });
    cb.on(BatchGetProjectsCommand).resolves({
      projects: [
        project('a-cw'),
        project('b-s3', { logsConfig: { cloudWatchLogs: { status: 'DISABLED' }, s3Logs: { status: 'ENABLED', location: 'build-logs/app' } } }),
        project('c-off', { logsConfig: { cloudWatchLogs: { status: 'DISABLED' }, s3Logs: { status: 'DISABLED' } } }),
        project('d-missing', { logsConfig: undefined }),
      ],
    });
    expect(await runCheck(check, R)).toMatchObject([
      { status: 'PASS', resource: { id: 'a-cw' }, evidence: { 'cloudWatchLogs.status': 'ENABLED' } },
      { status: 'PASS', resource: { id: 'b-s3' }, message: expect.stringContaining('S3'), evidence: { 's3Logs.status': 'ENABLED' } },
      { status: 'FAIL', resource: { id: 'c-off' }, srm: { duty: 'logging' } },
      { status: 'ERROR', resource: { id: 'd-missing' }, message: expect.stringContaining('logsConfig') },
    ]);
  });

  it('ERROR naming the permission when ListProjects is denied', async () => {
    cb.on(ListProjectsCommand).rejects(awsError('AccessDeniedException'));
    expect(await runCheck(check, R)).toMatchObject([{ status: 'ERROR', message: expect.stringContaining('codebuild:ListProjects') }]);
  });
});
