import { defineCheck } from '../../src/check/define.js';
import { accessKeyColumns, accessKeys, reportEvidence, reportError, reportFlag, reportTime, userRows } from '../../src/check/kit/credential-report.js';

export default defineCheck({
  id: 'iam.console-users-no-setup-access-keys',
  title: 'IAM users with a console password have no unused access key created at user setup',
  description:
    'The console\'s user wizard offers an access key along with the password; a key made "just in case" is a long-lived credential ' +
    'nobody uses and nobody watches. Judged from the credential report, as the CIS audit does: a user with password_enabled true FAILs ' +
    'when an active access key was never used (access_key_N_last_used_date N/A) and was created within setupWindowMinutes of the ' +
    'user (access_key_N_last_rotated against user_creation_time). Every user gets a verdict: users without a console password PASS.',
  service: 'iam',
  resourceType: 'AWS::IAM::User',
  severity: 'medium',
  duty: 'identity-access',
  serviceModel: 'SaaS',
  scope: 'global',
  remediation: {
    text: 'Delete the unused access key; create keys later, only for users that need programmatic access, and prefer roles and temporary credentials.',
    cli: 'aws iam delete-access-key --user-name <user> --access-key-id <key-id>',
    url: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_access-keys.html',
  },
  options: { setupWindowMinutes: 60 },
  async run({ scope, inventory, result, options }) {
    const rows = userRows(await inventory.iam.credentialReport());
    return result.forEach(rows, (r) => ({ arn: r.arn ?? '', id: r.user ?? '' }), (row) => {
      const ref = { arn: row.arn!, id: row.user! };
      if (!reportFlag(row, 'password_enabled', scope)) return result.pass(ref, `User ${row.user} has no console password`, reportEvidence(row, ['password_enabled']));
      const created = reportTime(row, 'user_creation_time', scope);
      if (!created) throw reportError(scope, `row ${row.user} has no user_creation_time`);
      const windowMs = options.setupWindowMinutes * 60_000;
      const keys = accessKeys(row, scope).filter((k) => k.active);
      const setupUnused = keys.filter((k) => !k.lastUsed && k.lastRotated && Math.abs(k.lastRotated.getTime() - created.getTime()) <= windowMs);
      const evidence = {
        ...reportEvidence(row, ['password_enabled', 'user_creation_time', ...keys.flatMap((k) => accessKeyColumns(k.n))]),
        setupWindowMinutes: options.setupWindowMinutes,
      };
      return setupUnused.length
        ? result.fail(ref, `User ${row.user} has a console password and never-used access key(s) ${setupUnused.map((k) => k.n).join(', ')} created with the user`, evidence)
        : result.pass(ref, `User ${row.user} has a console password and no never-used access key created with the user`, evidence);
    });
  },
});
