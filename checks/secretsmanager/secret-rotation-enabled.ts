import { defineCheck } from '../../src/check/define.js';
import { isReplicaSecret, secretRef } from '../../src/check/kit/secret-refs.js';

export default defineCheck({
  id: 'secretsmanager.secret-rotation-enabled',
  title: 'Secrets Manager secrets have automatic rotation enabled',
  description:
    'Automatic rotation replaces the secret on a schedule (a rotation Lambda function, or managed rotation for secrets owned by ' +
    'RDS, Redshift and other services), so a leaked value stops working without anyone having to notice the leak. Judged per ' +
    'secret from ListSecrets (RotationEnabled, which AWS omits when rotation was never configured); replicas are judged at their ' +
    'primary region, where rotation is configured. Whether rotation actually succeeds is secretsmanager.secret-rotated-recently.',
  service: 'secretsmanager',
  resourceType: 'AWS::SecretsManager::Secret',
  severity: 'medium',
  duty: 'secrets-management',
  serviceModel: 'SaaS',
  scope: 'regional',
  remediation: {
    text: 'Configure automatic rotation with a rotation function (or managed rotation) and a schedule.',
    cli: 'aws secretsmanager rotate-secret --secret-id <secret> --rotation-lambda-arn <function-arn> --rotation-rules AutomaticallyAfterDays=30',
    url: 'https://docs.aws.amazon.com/secretsmanager/latest/userguide/rotating-secrets.html',
  },
  async run({ scope, inventory, result }) {
    const secrets = (await inventory.secretsmanager.secrets(scope.region)).filter((s) => !isReplicaSecret(s, scope.region));
    return secrets.map((s) => {
      const ref = secretRef(s);
      const evidence = {
        RotationEnabled: s.RotationEnabled ?? null,
        ...(s.RotationRules?.AutomaticallyAfterDays !== undefined ? { AutomaticallyAfterDays: s.RotationRules.AutomaticallyAfterDays } : {}),
        ...(s.RotationRules?.ScheduleExpression ? { ScheduleExpression: s.RotationRules.ScheduleExpression } : {}),
        ...(s.RotationLambdaARN ? { RotationLambdaARN: s.RotationLambdaARN } : {}),
        ...(s.OwningService ? { OwningService: s.OwningService } : {}),
      };
      return s.RotationEnabled === true
        ? result.pass(ref, `Secret ${ref.id} has automatic rotation enabled`, evidence)
        : result.fail(ref, `Secret ${ref.id} has no automatic rotation`, evidence);
    });
  },
});
