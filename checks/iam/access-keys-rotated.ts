import { defineCheck } from '../../src/check/define.js';
import { activeAccessKeys, reportEvidence, userRows } from '../../src/check/kit/credential-report.js';
import { daysBetween } from '../../src/util/dates.js';

export default defineCheck({
  id: 'iam.access-keys-rotated',
  title: 'Active IAM user access keys were created or rotated within the last 90 days',
  description:
    'A long-lived key has had more chances to leak through code, logs and laptops. Every active key must be younger than ' +
    'maxAgeDays (CIS default 90) by access_key_N_last_rotated. Every user gets a verdict: one without an active key PASSes (nothing to rotate).',
  service: 'iam',
  resourceType: 'AWS::IAM::User',
  severity: 'medium',
  duty: 'identity-access',
  serviceModel: 'SaaS',
  scope: 'global',
  remediation: {
    text: 'Create a new key, move its users to it, then deactivate and delete the old key. Prefer roles and temporary credentials over user keys.',
    cli: 'aws iam create-access-key --user-name <user> && aws iam update-access-key --user-name <user> --access-key-id <old-key-id> --status Inactive',
    url: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/id-credentials-access-keys-update.html',
  },
  options: { maxAgeDays: 90 },
  async run({ scope, inventory, result, options, now }) {
    const rows = userRows(await inventory.iam.credentialReport());
    return result.forEach(rows, (r) => ({ arn: r.arn ?? '', id: r.user ?? '' }), (row) => {
      const keys = activeAccessKeys(row, scope);
      const ref = { arn: row.arn!, id: row.user! };
      // Every user gets a verdict: one with no active key has nothing to rotate.
      if (!keys.length) return result.pass(ref, `User ${row.user} has no active access key`, { ...reportEvidence(row, ['access_key_1_active', 'access_key_2_active']), maxAgeDays: options.maxAgeDays });
      const old = keys.filter((k) => daysBetween(k.lastRotated, now) > options.maxAgeDays);
      const evidence = {
        ...reportEvidence(row, keys.flatMap((k) => [`access_key_${k.n}_active`, `access_key_${k.n}_last_rotated`])),
        maxAgeDays: options.maxAgeDays,
      };
      return old.length
        ? result.fail(ref, `User ${row.user} has active access keys older than ${options.maxAgeDays} days: ${old.map((k) => `key ${k.n} (${daysBetween(k.lastRotated, now)} days)`).join(', ')}`, evidence)
        : result.pass(ref, `User ${row.user} has no active access key older than ${options.maxAgeDays} days`, evidence);
    });
  },
});
