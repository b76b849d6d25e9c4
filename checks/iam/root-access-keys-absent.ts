import { defineCheck } from '../../src/check/define.js';
import { summaryFlag } from '../../src/check/kit/account-summary.js';
import { accessKeys, reportEvidence, rootRow } from '../../src/check/kit/credential-report.js';
import { rootUserRef } from '../../src/check/kit/iam-refs.js';

export default defineCheck({
  id: 'iam.root-access-keys-absent',
  title: 'The root user has no access keys',
  description:
    'Access keys of the root user give unrestricted programmatic access to the whole account and cannot be limited by any policy. ' +
    'GetAccountSummary counts inactive keys too: an inactive root key is still a key that can be re-activated.',
  service: 'iam',
  resourceType: 'AWS::IAM::Root',
  severity: 'critical',
  duty: 'identity-access',
  serviceModel: 'SaaS',
  scope: 'global',
  remediation: {
    text: 'Sign in as the root user, open Security credentials and delete every access key (deactivating is not enough).',
    cli: 'aws iam delete-access-key --access-key-id <root-access-key-id>  # run with the root user\'s own credentials',
    url: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_root-user_manage_delete-key.html',
  },
  async run({ scope, inventory, result }) {
    const [summary, rows] = await Promise.all([inventory.iam.accountSummary(), inventory.iam.credentialReport()]);
    const present = summaryFlag(summary, 'AccountAccessKeysPresent', scope);
    // AWS's credential report has a <root_account> row (moto's has none): it also shows whether a key is active.
    const root = rootRow(rows);
    const active = root ? accessKeys(root, scope).filter((k) => k.active).map((k) => k.n) : [];
    const evidence = {
      AccountAccessKeysPresent: summary.AccountAccessKeysPresent ?? null,
      ...(root ? reportEvidence(root, ['access_key_1_active', 'access_key_2_active']) : {}),
    };
    const ref = rootUserRef(scope);
    return [
      present || active.length
        ? result.fail(ref, `Root user has access keys (AccountAccessKeysPresent=${evidence.AccountAccessKeysPresent}, active keys: ${active.length})`, evidence)
        : result.pass(ref, 'Root user has no access keys (AccountAccessKeysPresent=0)', evidence),
    ];
  },
});
