import { invalidData } from '../../src/aws/invalid-data.js';
import { defineCheck } from '../../src/check/define.js';
import { isReplicaSecret, secretRef } from '../../src/check/kit/secret-refs.js';
import { daysBetween } from '../../src/util/dates.js';

export default defineCheck({
  id: 'secretsmanager.secret-recently-accessed',
  title: 'Secrets Manager secrets were retrieved within the last maxUnusedDays days',
  description:
    'A secret nobody retrieves is a credential nobody needs that still grants access if it leaks: delete it, or find out why it is ' +
    'kept. Judged from ListSecrets\' LastAccessedDate (a date, rounded by AWS to the day, omitted when the secret was never ' +
    'retrieved in the region): older than maxUnusedDays (default 90) fails. A secret never retrieved fails once it is older than ' +
    'maxUnusedDays (CreatedDate), and passes while it is younger. Replicas are judged at their primary region. The scan itself ' +
    'never retrieves a secret value, so it never changes LastAccessedDate.',
  service: 'secretsmanager',
  resourceType: 'AWS::SecretsManager::Secret',
  severity: 'low',
  duty: 'secrets-management',
  serviceModel: 'SaaS',
  scope: 'regional',
  remediation: {
    text: 'Confirm the secret is no longer used (CloudTrail GetSecretValue events), then delete it; Secrets Manager keeps it restorable during the recovery window.',
    cli: 'aws secretsmanager delete-secret --secret-id <secret> --recovery-window-in-days 30',
    url: 'https://docs.aws.amazon.com/secretsmanager/latest/userguide/manage_delete-secret.html',
  },
  options: { maxUnusedDays: 90 },
  async run({ scope, inventory, result, options, now }) {
    const secrets = (await inventory.secretsmanager.secrets(scope.region)).filter((s) => !isReplicaSecret(s, scope.region));
    return secrets.map((s) => {
      const ref = secretRef(s);
      const since = s.LastAccessedDate ?? s.CreatedDate;
      if (!since) throw invalidData({ service: 'secretsmanager', operation: 'ListSecrets', account: scope.account, region: scope.region }, `secret ${ref.id} has neither LastAccessedDate nor CreatedDate`);
      const days = daysBetween(since, now);
      const evidence = {
        LastAccessedDate: s.LastAccessedDate?.toISOString() ?? null,
        CreatedDate: s.CreatedDate?.toISOString() ?? null,
        daysSinceLastAccess: days,
        maxUnusedDays: options.maxUnusedDays,
      };
      const what = s.LastAccessedDate ? 'last retrieved' : 'never retrieved, created';
      return days <= options.maxUnusedDays
        ? result.pass(ref, `Secret ${ref.id} was ${what} ${days} days ago`, evidence)
        : result.fail(ref, `Secret ${ref.id} was ${what} ${days} days ago (more than ${options.maxUnusedDays})`, evidence);
    });
  },
});
