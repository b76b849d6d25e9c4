import { BatchGetProjectsCommand, CodeBuildClient, ListProjectsCommand } from '@aws-sdk/client-codebuild';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import check from '../../../checks/codebuild/no-plaintext-secrets.js';
import { awsError } from '../../harness/aws.js';
import { runCheck } from '../../harness/run-check.js';
import { FAKE_KEY_ID, FAKE_SECRET, project } from './fixtures.js';

const cb = mockClient(CodeBuildClient);
beforeEach(() => cb.reset());
const R = { region: 'eu-west-1' };
const env = (environmentVariables: { name: string; value: string; type?: 'PLAINTEXT' | 'PARAMETER_STORE' | 'SECRETS_MANAGER' }[]) => ({
  environment: { type: 'LINUX_CONTAINER' as const, image: 'aws/codebuild/standard:7.0', computeType: 'BUILD_GENERAL1_SMALL' as const, privilegedMode: false, environmentVariables },
});

describe('codebuild.no-plaintext-secrets', () => {
  it('FAILs PLAINTEXT (or untyped) credentials, PASSes references and store-backed variables, never echoes a value', async () => {
    cb.on(ListProjectsCommand).resolves({ projects: ['a-keys', 'b-refs', 'c-untyped', 'd-none'] });
    cb.on(BatchGetProjectsCommand).resolves({
      projects: [
        project('a-keys', env([{ name: 'AWS_ACCESS_KEY_ID', value: FAKE_KEY_ID, type: 'PLAINTEXT' }, { name: 'AWS_SECRET_ACCESS_KEY', value: FAKE_SECRET, type: 'PLAINTEXT' }, { name: 'STAGE', value: 'prod', type: 'PLAINTEXT' }])),
        project('b-refs', env([{ name: 'DB_PASSWORD', value: '/prod/db/password', type: 'PARAMETER_STORE' }, { name: 'API_TOKEN', value: 'prod/api:token', type: 'SECRETS_MANAGER' }, { name: 'STAGE', value: 'prod', type: 'PLAINTEXT' }])),
        project('c-untyped', env([{ name: 'DEPLOY_TOKEN', value: 'glpat-NotARealTokenValue123' }])),
        project('d-none', env([])),
      ],
    });
    const findings = await runCheck(check, R);
    expect(findings).toMatchObject([
      {
        status: 'FAIL',
        resource: { id: 'a-keys' },
        evidence: { variableCount: 3, plaintextVariableCount: 3, secretVariables: [{ name: 'AWS_ACCESS_KEY_ID', kinds: ['aws-access-key-id'] }, { name: 'AWS_SECRET_ACCESS_KEY', kinds: expect.arrayContaining(['aws-secret-access-key']) }] },
        srm: { duty: 'secrets-management', serviceModel: 'PaaS' },
      },
      { status: 'PASS', resource: { id: 'b-refs' }, evidence: { variableCount: 3, plaintextVariableCount: 1, secretVariables: [] } },
      { status: 'FAIL', resource: { id: 'c-untyped' }, evidence: { secretVariables: [{ name: 'DEPLOY_TOKEN' }] } },
      { status: 'PASS', resource: { id: 'd-none' }, evidence: { variableCount: 0 } },
    ]);
    const text = JSON.stringify(findings);
    for (const v of [FAKE_KEY_ID, FAKE_SECRET, 'glpat-NotARealTokenValue123']) expect(text).not.toContain(v);
  });

  it('asks BatchGetProjects 100 names at a time', async () => {
    const names = Array.from({ length: 150 }, (_, i) => `p${i}`);
    cb.on(ListProjectsCommand).resolves({ projects: names });
    cb.on(BatchGetProjectsCommand).callsFake((input: { names: string[] }) => ({ projects: input.names.map((n) => project(n)) }));
    expect(await runCheck(check, R)).toHaveLength(150);
    expect(cb.commandCalls(BatchGetProjectsCommand).map((c) => c.args[0].input.names?.length)).toEqual([100, 50]);
  });

  it('ERROR naming the permission when ListProjects is denied', async () => {
    cb.on(ListProjectsCommand).rejects(awsError('AccessDeniedException'));
    expect(await runCheck(check, R)).toMatchObject([{ status: 'ERROR', message: expect.stringContaining('codebuild:ListProjects') }]);
  });
});
