import { ListSecretsCommand, SecretsManagerClient } from '@aws-sdk/client-secrets-manager';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import check from '../../../checks/secretsmanager/secret-rotated-recently.js';
import { awsError } from '../../harness/aws.js';
import { runCheck } from '../../harness/run-check.js';
import { daysAgo, NOW, rotating, secret } from './fixtures.js';

const sm = mockClient(SecretsManagerClient);
beforeEach(() => sm.reset());

describe('secretsmanager.secret-rotated-recently', () => {
  it('age from LastRotatedDate, else CreatedDate: within 90 days PASS, older FAIL', async () => {
    sm.on(ListSecretsCommand).resolves({
      SecretList: [
        secret('fresh', rotating(20)),
        secret('failing', { ...rotating(0), LastRotatedDate: daysAgo(120), CreatedDate: daysAgo(400) }),
        secret('new-never', { CreatedDate: daysAgo(30) }),
        secret('old-never', { CreatedDate: daysAgo(91) }),
        secret('broken-rotation', { RotationEnabled: true, RotationRules: { AutomaticallyAfterDays: 30 }, CreatedDate: daysAgo(200) }),
      ],
    });
    expect(await runCheck(check, { now: NOW })).toMatchObject([
      { status: 'FAIL', resource: { id: 'broken-rotation' }, evidence: { LastRotatedDate: null, RotationEnabled: true, daysSinceRotation: 200 } },
      { status: 'FAIL', resource: { id: 'failing' }, evidence: { LastRotatedDate: daysAgo(120).toISOString(), daysSinceRotation: 120, maxAgeDays: 90 }, srm: { duty: 'secrets-management' } },
      { status: 'PASS', resource: { id: 'fresh' }, evidence: { daysSinceRotation: 20 } },
      { status: 'PASS', resource: { id: 'new-never' }, evidence: { LastRotatedDate: null, CreatedDate: daysAgo(30).toISOString(), daysSinceRotation: 30 } },
      { status: 'FAIL', resource: { id: 'old-never' }, evidence: { daysSinceRotation: 91 } },
    ]);
  });

  it('maxAgeDays is an option', async () => {
    sm.on(ListSecretsCommand).resolves({ SecretList: [secret('s', rotating(40))] });
    expect(await runCheck(check, { now: NOW, options: { maxAgeDays: 30 } })).toMatchObject([{ status: 'FAIL', evidence: { daysSinceRotation: 40, maxAgeDays: 30 } }]);
  });

  it('ERROR (never PASS) for an entry without any date; ERROR when ListSecrets is denied', async () => {
    sm.on(ListSecretsCommand).resolves({ SecretList: [secret('s', { CreatedDate: undefined })] });
    expect(await runCheck(check, { now: NOW })).toMatchObject([{ status: 'ERROR', message: expect.stringContaining('secretsmanager:ListSecrets') }]);
    sm.reset();
    sm.on(ListSecretsCommand).rejects(awsError('AccessDeniedException'));
    expect(await runCheck(check)).toMatchObject([{ status: 'ERROR', message: expect.stringContaining('secretsmanager:ListSecrets') }]);
  });
});
