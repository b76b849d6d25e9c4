import { ListSecretsCommand, SecretsManagerClient } from '@aws-sdk/client-secrets-manager';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import check from '../../../checks/secretsmanager/secret-rotation-enabled.js';
import { awsError } from '../../harness/aws.js';
import { runCheck } from '../../harness/run-check.js';
import { NOW, rotating, secret, secretArn } from './fixtures.js';

const sm = mockClient(SecretsManagerClient);
beforeEach(() => sm.reset());

describe('secretsmanager.secret-rotation-enabled', () => {
  it('PASS with rotation (Lambda or managed), FAIL without (RotationEnabled omitted or false)', async () => {
    sm.on(ListSecretsCommand).resolves({
      SecretList: [
        secret('db', rotating(3)),
        secret('rds-master', { RotationEnabled: true, OwningService: 'rds', RotationRules: { ScheduleExpression: 'rate(7 days)' } }),
        secret('api-key'),
        secret('paused', { RotationEnabled: false, RotationRules: { AutomaticallyAfterDays: 30 } }),
      ],
    });
    expect(await runCheck(check, { now: NOW })).toMatchObject([
      { status: 'FAIL', resource: { id: 'api-key', arn: secretArn('api-key') }, evidence: { RotationEnabled: null }, srm: { duty: 'secrets-management', serviceModel: 'SaaS', owner: 'customer' } },
      { status: 'PASS', resource: { id: 'db' }, evidence: { RotationEnabled: true, AutomaticallyAfterDays: 30 } },
      { status: 'FAIL', resource: { id: 'paused' }, evidence: { RotationEnabled: false } },
      { status: 'PASS', resource: { id: 'rds-master' }, evidence: { OwningService: 'rds', ScheduleExpression: 'rate(7 days)' } },
    ]);
  });

  it('judges a replica at its primary region only', async () => {
    sm.on(ListSecretsCommand).resolves({ SecretList: [secret('replica', { PrimaryRegion: 'us-west-2' }, 'eu-west-1'), secret('own', {}, 'eu-west-1')] });
    expect((await runCheck(check, { region: 'eu-west-1' })).map((f) => f.resource.id)).toEqual(['own']);
  });

  it('follows NextToken pages', async () => {
    sm.on(ListSecretsCommand, { MaxResults: 100 }).resolves({ SecretList: [secret('a')], NextToken: 't1' });
    sm.on(ListSecretsCommand, { MaxResults: 100, NextToken: 't1' }).resolves({ SecretList: [secret('b')] });
    expect((await runCheck(check)).map((f) => f.resource.id)).toEqual(['a', 'b']);
  });

  it('ERROR naming the permission when ListSecrets is denied', async () => {
    sm.on(ListSecretsCommand).rejects(awsError('AccessDeniedException'));
    expect(await runCheck(check)).toMatchObject([{ status: 'ERROR', message: expect.stringContaining('secretsmanager:ListSecrets') }]);
  });
});
