import { BatchGetProjectsCommand, CodeBuildClient, ListProjectsCommand } from '@aws-sdk/client-codebuild';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import check from '../../../checks/codebuild/source-no-credentials.js';
import { awsError } from '../../harness/aws.js';
import { runCheck } from '../../harness/run-check.js';
import { project } from './fixtures.js';

const cb = mockClient(CodeBuildClient);
beforeEach(() => cb.reset());
const R = { region: 'eu-west-1' };

describe('codebuild.source-no-credentials', () => {
  it('FAILs a password or a token in the primary or a secondary source URL; a user name alone PASSes; the URL is never echoed', async () => {
    cb.on(ListProjectsCommand).resolves({ projects: ['a-clean', 'b-userpass', 'c-token-user', 'd-secondary', 'e-username', 'f-s3'] });
    cb.on(BatchGetProjectsCommand).resolves({
      projects: [
        project('a-clean'),
        project('b-userpass', { source: { type: 'BITBUCKET', location: 'https://builder:AppPassw0rdNotReal@bitbucket.org/example/app.git' } }),
        project('c-token-user', { source: { type: 'GITHUB', location: 'https://ghp_0123456789abcdefghijABCDEFGHIJ012345@github.com/example/app.git' } }),
        project('d-secondary', { secondarySources: [{ type: 'BITBUCKET', sourceIdentifier: 'lib', location: 'https://x-token-auth:NotARealToken123@bitbucket.org/example/lib.git' }] }),
        project('e-username', { source: { type: 'BITBUCKET', location: 'https://jdoe@bitbucket.org/example/app.git' } }),
        project('f-s3', { source: { type: 'S3', location: 'artifacts-bucket/source.zip' } }),
      ],
    });
    const findings = await runCheck(check, R);
    expect(findings).toMatchObject([
      { status: 'PASS', resource: { id: 'a-clean', arn: 'arn:aws:codebuild:eu-west-1:111122223333:project/a-clean' }, evidence: { sources: [{ sourceIdentifier: 'primary', credentials: false }] } },
      { status: 'FAIL', resource: { id: 'b-userpass' }, evidence: { sources: [{ sourceIdentifier: 'primary', credentials: true, userInfo: { password: true } }] }, srm: { duty: 'secrets-management', serviceModel: 'PaaS' } },
      { status: 'FAIL', resource: { id: 'c-token-user' }, evidence: { sources: [{ userInfo: { password: false, tokenKinds: ['github-token'] } }] } },
      { status: 'FAIL', resource: { id: 'd-secondary' }, message: expect.stringContaining('lib'), evidence: { sources: [{ credentials: false }, { sourceIdentifier: 'lib', credentials: true }] } },
      { status: 'PASS', resource: { id: 'e-username' }, evidence: { sources: [{ userInfo: { password: false, tokenKinds: [] } }] } },
      { status: 'PASS', resource: { id: 'f-s3' } },
    ]);
    const text = JSON.stringify(findings);
    for (const secret of ['AppPassw0rdNotReal', 'ghp_0123456789', 'NotARealToken123', 'example/app', 'example/lib']) expect(text).not.toContain(secret);
  });

  it('still FAILs on a location the snapshot recorder redacted (the marker stands for the password)', async () => {
    cb.on(ListProjectsCommand).resolves({ projects: ['r'] });
    cb.on(BatchGetProjectsCommand).resolves({ projects: [project('r', { source: { type: 'BITBUCKET', location: 'https://u:[REDACTED:connection-string-password]@bitbucket.org/example/app.git' } })] });
    expect(await runCheck(check, R)).toMatchObject([{ status: 'FAIL', resource: { id: 'r' } }]);
  });

  it('ERROR naming the permission when BatchGetProjects is denied', async () => {
    cb.on(ListProjectsCommand).resolves({ projects: ['a'] });
    cb.on(BatchGetProjectsCommand).rejects(awsError('AccessDeniedException'));
    expect(await runCheck(check, R)).toMatchObject([{ status: 'ERROR', message: expect.stringContaining('codebuild:BatchGetProjects') }]);
  });
});
