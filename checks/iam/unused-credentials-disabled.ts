import { defineCheck } from '../../src/check/define.js';
import { accessKeyColumns, activeAccessKeys, reportError, reportEvidence, reportFlag, reportTime, userRows } from '../../src/check/kit/credential-report.js';
import { daysBetween } from '../../src/util/dates.js';

export default defineCheck({
  id: 'iam.unused-credentials-disabled',
  title: 'IAM user credentials unused for 45 days or more are disabled',
  description:
    'A console password or active access key nobody uses is an open door nobody watches. Each enabled credential must have been used ' +
    'within maxUnusedDays (CIS default 45); one never used counts from when it was set (password_last_changed, access_key_N_last_rotated). ' +
    'Every user gets a verdict: one with no console password and no active key PASSes (nothing left to disable).',
  service: 'iam',
  resourceType: 'AWS::IAM::User',
  severity: 'medium',
  duty: 'identity-access',
  serviceModel: 'SaaS',
  scope: 'global',
  remediation: {
    text: 'Remove the console password of users who no longer sign in, and deactivate (then delete) access keys that are not used.',
    cli: 'aws iam delete-login-profile --user-name <user>; aws iam update-access-key --user-name <user> --access-key-id <key-id> --status Inactive',
    url: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_finding-unused.html',
  },
  options: { maxUnusedDays: 45 },
  async run({ scope, inventory, result, options, now }) {
    const rows = userRows(await inventory.iam.credentialReport());
    return result.forEach(rows, (r) => ({ arn: r.arn ?? '', id: r.user ?? '' }), (row) => {
      const password = reportFlag(row, 'password_enabled', scope);
      const keys = activeAccessKeys(row, scope);
      const ref = { arn: row.arn!, id: row.user! };
      // Every user gets a verdict: one with no password and no active key has nothing left to disable.
      if (!password && !keys.length) {
        return result.pass(ref, `User ${row.user} has no console password and no active access key`, { ...reportEvidence(row, ['password_enabled', 'access_key_1_active', 'access_key_2_active']), maxUnusedDays: options.maxUnusedDays });
      }
      const unused: string[] = [];
      const columns: string[] = [];
      if (password) {
        columns.push('password_enabled', 'password_last_used', 'password_last_changed');
        const since =
          reportTime(row, 'password_last_used', scope) ?? reportTime(row, 'password_last_changed', scope) ?? reportTime(row, 'user_creation_time', scope);
        if (!since) throw reportError(scope, `row ${row.user} has a password but no password_last_changed or user_creation_time`);
        const days = daysBetween(since, now);
        if (days >= options.maxUnusedDays) unused.push(`password (${days} days)`);
      }
      for (const k of keys) {
        columns.push(...accessKeyColumns(k.n));
        const days = daysBetween(k.lastUsed ?? k.lastRotated, now);
        if (days >= options.maxUnusedDays) unused.push(`access key ${k.n} (${days} days${k.lastUsed ? '' : ', never used'})`);
      }
      const evidence = { ...reportEvidence(row, columns), maxUnusedDays: options.maxUnusedDays };
      return unused.length
        ? result.fail(ref, `User ${row.user} has enabled credentials unused for ${options.maxUnusedDays} days or more: ${unused.join(', ')}`, evidence)
        : result.pass(ref, `User ${row.user} used every enabled credential within ${options.maxUnusedDays} days`, evidence);
    });
  },
});
