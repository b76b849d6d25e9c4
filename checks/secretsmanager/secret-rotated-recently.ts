import { invalidData } from '../../src/aws/invalid-data.js';
import { defineCheck } from '../../src/check/define.js';
import { isReplicaSecret, secretRef } from '../../src/check/kit/secret-refs.js';
import { daysBetween } from '../../src/util/dates.js';

export default defineCheck({
  id: 'secretsmanager.secret-rotated-recently',
  title: 'Secrets Manager secrets were rotated within the last maxAgeDays days',
  description:
    'A secret value older than maxAgeDays (default 90) has had that long to leak. The age is counted from LastRotatedDate, the last ' +
    'rotation Secrets Manager ran, or from CreatedDate for a secret never rotated (its value is as old as the secret). This also ' +
    'catches rotation that is enabled but failing (RotationEnabled true, LastRotatedDate old or absent). A value replaced by hand ' +
    'with PutSecretValue is not a rotation and is not seen. Judged from ListSecrets; replicas are judged at their primary region.',
  service: 'secretsmanager',
  resourceType: 'AWS::SecretsManager::Secret',
  severity: 'medium',
  duty: 'secrets-management',
  serviceModel: 'SaaS',
  scope: 'regional',
  remediation: {
    text: 'Rotate the secret now, configure automatic rotation at most every maxAgeDays days, and investigate failed rotations (the rotation function\'s logs).',
    cli: 'aws secretsmanager rotate-secret --secret-id <secret>',
    url: 'https://docs.aws.amazon.com/secretsmanager/latest/userguide/troubleshoot_rotation.html',
  },
  options: { maxAgeDays: 90 },
  async run({ scope, inventory, result, options, now }) {
    const secrets = (await inventory.secretsmanager.secrets(scope.region)).filter((s) => !isReplicaSecret(s, scope.region));
    return secrets.map((s) => {
      const ref = secretRef(s);
      const since = s.LastRotatedDate ?? s.CreatedDate;
      if (!since) throw invalidData({ service: 'secretsmanager', operation: 'ListSecrets', account: scope.account, region: scope.region }, `secret ${ref.id} has neither LastRotatedDate nor CreatedDate`);
      const days = daysBetween(since, now);
      const evidence = {
        LastRotatedDate: s.LastRotatedDate?.toISOString() ?? null,
        CreatedDate: s.CreatedDate?.toISOString() ?? null,
        RotationEnabled: s.RotationEnabled ?? null,
        daysSinceRotation: days,
        maxAgeDays: options.maxAgeDays,
      };
      const what = s.LastRotatedDate ? 'last rotated' : 'never rotated, created';
      return days <= options.maxAgeDays
        ? result.pass(ref, `Secret ${ref.id} was ${what} ${days} days ago`, evidence)
        : result.fail(ref, `Secret ${ref.id} was ${what} ${days} days ago (more than ${options.maxAgeDays})`, evidence);
    });
  },
});
