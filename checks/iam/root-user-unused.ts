import { defineCheck } from '../../src/check/define.js';
import { accessKeys, reportEvidence, reportTime, requireRootRow } from '../../src/check/kit/credential-report.js';
import { daysBetween } from '../../src/util/dates.js';
import { rootUserRef } from '../../src/check/kit/iam-refs.js';

export default defineCheck({
  id: 'iam.root-user-unused',
  title: 'The root user has not been used recently',
  description:
    'The root user is for the few tasks only it can do; routine use exposes credentials no policy can restrict. ' +
    'Fails when the root password or a root access key was used within maxDaysSinceUse days (default 90: a quarter, ' +
    'long enough that the rare root-only task does not keep the check red for long, short enough to catch a habit).',
  service: 'iam',
  resourceType: 'AWS::IAM::Root',
  severity: 'medium',
  duty: 'identity-access',
  serviceModel: 'SaaS',
  scope: 'global',
  remediation: {
    text: 'Do daily and administrative work through IAM Identity Center users or roles; keep root for root-only tasks, change its password and delete its access keys.',
    console: 'IAM console > Credential report: review <root_account> password_last_used and access_key_*_last_used_date',
    url: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/root-user-best-practices.html',
  },
  options: { maxDaysSinceUse: 90 },
  async run({ scope, inventory, result, options, now }) {
    // No <root_account> row (moto) means the question cannot be answered: invalid-data, so ERROR.
    const root = requireRootRow(await inventory.iam.credentialReport(), scope);
    const uses = [
      { what: 'password', at: reportTime(root, 'password_last_used', scope) },
      ...accessKeys(root, scope).map((k) => ({ what: `access key ${k.n}`, at: k.lastUsed })),
    ].filter((u): u is { what: string; at: Date } => u.at !== undefined);
    const recent = uses.filter((u) => daysBetween(u.at, now) < options.maxDaysSinceUse);
    const evidence = {
      ...reportEvidence(root, ['password_last_used', 'access_key_1_last_used_date', 'access_key_2_last_used_date']),
      maxDaysSinceUse: options.maxDaysSinceUse,
    };
    const ref = rootUserRef(scope);
    return [
      recent.length
        ? result.fail(ref, `Root user was used within ${options.maxDaysSinceUse} days: ${recent.map((u) => `${u.what} on ${u.at.toISOString()}`).join(', ')}`, evidence)
        : result.pass(ref, `Root user was not used in the last ${options.maxDaysSinceUse} days`, evidence),
    ];
  },
});
