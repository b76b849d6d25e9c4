import { defineCheck } from '../../src/check/define.js';
import { accessKeys, reportEvidence, userRows } from '../../src/check/kit/credential-report.js';

export default defineCheck({
  id: 'iam.single-active-access-key',
  title: 'IAM users have at most one active access key',
  description:
    'A second active key is normally a rotation that was never finished: the old key stays valid and nobody knows where it is still used.',
  service: 'iam',
  resourceType: 'AWS::IAM::User',
  severity: 'low',
  duty: 'identity-access',
  serviceModel: 'SaaS',
  scope: 'global',
  remediation: {
    text: 'Find which key is still in use (access_key_N_last_used_date), then deactivate and delete the other one.',
    cli: 'aws iam update-access-key --user-name <user> --access-key-id <old-key-id> --status Inactive && aws iam delete-access-key --user-name <user> --access-key-id <old-key-id>',
    url: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_access-keys.html',
  },
  async run({ scope, inventory, result }) {
    const rows = userRows(await inventory.iam.credentialReport());
    return result.forEach(rows, (r) => ({ arn: r.arn ?? '', id: r.user ?? '' }), (row) => {
      const active = accessKeys(row, scope).filter((k) => k.active).length;
      const ref = { arn: row.arn!, id: row.user! };
      const evidence = reportEvidence(row, ['access_key_1_active', 'access_key_2_active']);
      return active > 1
        ? result.fail(ref, `User ${row.user} has ${active} active access keys`, evidence)
        : result.pass(ref, `User ${row.user} has ${active} active access key${active === 1 ? '' : 's'}`, evidence);
    });
  },
});
