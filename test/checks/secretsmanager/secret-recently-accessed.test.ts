import { ListSecretsCommand, SecretsManagerClient } from '@aws-sdk/client-secrets-manager';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import check from '../../../checks/secretsmanager/secret-recently-accessed.js';
import { awsError } from '../../harness/aws.js';
import { runCheck } from '../../harness/run-check.js';
import { daysAgo, NOW, secret } from './fixtures.js';

const sm = mockClient(SecretsManagerClient);
beforeEach(() => sm.reset());
// AWS rounds LastAccessedDate to the day (midnight UTC) and omits it for a secret never retrieved in the region.
const day = (n: number) => new Date(daysAgo(n).toISOString().slice(0, 10) + 'T00:00:00Z');

describe('secretsmanager.secret-recently-accessed', () => {
  it('FAIL when last retrieved, or created and never retrieved, more than 90 days ago; PASS otherwise', async () => {
    sm.on(ListSecretsCommand).resolves({
      SecretList: [
        secret('used', { LastAccessedDate: day(1), CreatedDate: daysAgo(700) }),
        secret('stale', { LastAccessedDate: day(150), CreatedDate: daysAgo(700) }),
        secret('new-unused', { CreatedDate: daysAgo(5) }),
        secret('old-unused', { CreatedDate: daysAgo(365) }),
      ],
    });
    expect(await runCheck(check, { now: NOW })).toMatchObject([
      { status: 'PASS', resource: { id: 'new-unused' }, evidence: { LastAccessedDate: null, daysSinceLastAccess: 5 } },
      { status: 'FAIL', resource: { id: 'old-unused' }, evidence: { LastAccessedDate: null, CreatedDate: daysAgo(365).toISOString(), daysSinceLastAccess: 365 } },
      { status: 'FAIL', resource: { id: 'stale' }, evidence: { LastAccessedDate: day(150).toISOString(), daysSinceLastAccess: 150, maxUnusedDays: 90 }, srm: { duty: 'secrets-management' } },
      { status: 'PASS', resource: { id: 'used' }, evidence: { LastAccessedDate: day(1).toISOString() } },
    ]);
  });

  it('maxUnusedDays is an option; replicas are judged at their primary', async () => {
    sm.on(ListSecretsCommand).resolves({ SecretList: [secret('s', { LastAccessedDate: day(40) }), secret('dr-copy', { PrimaryRegion: 'eu-west-1', CreatedDate: daysAgo(400) })] });
    expect(await runCheck(check, { now: NOW, options: { maxUnusedDays: 30 } })).toMatchObject([{ status: 'FAIL', resource: { id: 's' }, evidence: { maxUnusedDays: 30 } }]);
  });

  it('ERROR when ListSecrets is denied', async () => {
    sm.on(ListSecretsCommand).rejects(awsError('AccessDeniedException'));
    expect(await runCheck(check)).toMatchObject([{ status: 'ERROR', message: expect.stringContaining('secretsmanager:ListSecrets') }]);
  });
});
