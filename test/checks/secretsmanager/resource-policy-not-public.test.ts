import { GetResourcePolicyCommand, ListSecretsCommand, SecretsManagerClient } from '@aws-sdk/client-secrets-manager';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import check from '../../../checks/secretsmanager/resource-policy-not-public.js';
import { awsError } from '../../harness/aws.js';
import { runCheck } from '../../harness/run-check.js';
import { secret, secretArn } from './fixtures.js';

const sm = mockClient(SecretsManagerClient);
beforeEach(() => sm.reset());
const doc = (...Statement: unknown[]) => JSON.stringify({ Version: '2012-10-17', Statement });
const read = { Sid: 'read', Effect: 'Allow', Principal: { AWS: '*' }, Action: 'secretsmanager:GetSecretValue', Resource: '*' };

describe('secretsmanager.resource-policy-not-public', () => {
  it('FAIL with the public statement as evidence; PASS for pinned, named or absent policies', async () => {
    sm.on(ListSecretsCommand).resolves({ SecretList: ['open', 'org', 'partner', 'none'].map((n) => secret(n)) });
    sm.on(GetResourcePolicyCommand, { SecretId: secretArn('open') }).resolves({ ARN: secretArn('open'), Name: 'open', ResourcePolicy: doc(read) });
    sm.on(GetResourcePolicyCommand, { SecretId: secretArn('org') }).resolves({ ARN: secretArn('org'), Name: 'org', ResourcePolicy: doc({ ...read, Condition: { StringEquals: { 'aws:PrincipalOrgID': 'o-abc123' } } }) });
    sm.on(GetResourcePolicyCommand, { SecretId: secretArn('partner') }).resolves({ ARN: secretArn('partner'), Name: 'partner', ResourcePolicy: doc({ ...read, Principal: { AWS: 'arn:aws:iam::444455556666:role/app' } }) });
    sm.on(GetResourcePolicyCommand, { SecretId: secretArn('none') }).resolves({ ARN: secretArn('none'), Name: 'none' });
    expect(await runCheck(check)).toMatchObject([
      { status: 'PASS', resource: { id: 'none' }, evidence: { Policy: null, publicStatements: [] } },
      { status: 'FAIL', resource: { id: 'open', arn: secretArn('open') }, evidence: { statementCount: 1, publicStatements: [{ Sid: 'read', Action: ['secretsmanager:GetSecretValue'] }] }, srm: { duty: 'identity-access', serviceModel: 'SaaS' } },
      { status: 'PASS', resource: { id: 'org' }, evidence: { publicStatements: [] } },
      { status: 'PASS', resource: { id: 'partner' } },
    ]);
  });

  it('ERROR for an unparseable policy, or a denied GetResourcePolicy, on that secret only', async () => {
    sm.on(ListSecretsCommand).resolves({ SecretList: [secret('bad'), secret('denied'), secret('ok')] });
    sm.on(GetResourcePolicyCommand, { SecretId: secretArn('bad') }).resolves({ ResourcePolicy: '{"Statement": 5}' });
    sm.on(GetResourcePolicyCommand, { SecretId: secretArn('denied') }).rejects(awsError('AccessDeniedException'));
    sm.on(GetResourcePolicyCommand, { SecretId: secretArn('ok') }).resolves({});
    expect(await runCheck(check)).toMatchObject([
      { status: 'ERROR', resource: { id: 'bad' }, message: expect.stringContaining('secretsmanager:GetResourcePolicy') },
      { status: 'ERROR', resource: { id: 'denied' }, message: expect.stringContaining('secretsmanager:GetResourcePolicy') },
      { status: 'PASS', resource: { id: 'ok' } },
    ]);
  });
});
