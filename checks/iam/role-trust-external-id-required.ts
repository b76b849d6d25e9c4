import { defineCheck } from '../../src/check/define.js';
import { invalidData, parseOrInvalid } from '../../src/aws/invalid-data.js';
import { parsePolicyDocument, statementCoversAction, type Statement } from '../../src/lib/iam-policy.js';
import { statementEvidence } from '../../src/lib/resource-policy.js';

/** The account of an AWS principal: a 12-digit id or the account field of an iam/sts ARN; undefined for a unique id (AROA…: a deleted principal) or a wildcard. */
function principalAccount(value: string): string | undefined {
  if (/^\d{12}$/.test(value)) return value;
  const m = /^arn:[^:]+:(?:iam|sts)::(\d{12}):/.exec(value);
  return m?.[1];
}

/** Whether a condition requires sts:ExternalId to equal fixed values (not negated, not IfExists, not a bare wildcard). */
function requiresExternalId(s: Statement): boolean {
  for (const [op, body] of Object.entries(s.Condition ?? {})) {
    if (op.startsWith('ForAllValues:') || op.endsWith('IfExists')) continue;
    if (!/^(StringEquals|StringEqualsIgnoreCase|StringLike)$/.test(op.replace(/^ForAnyValue:/, ''))) continue;
    for (const [key, values] of Object.entries(body)) {
      if (key.toLowerCase() === 'sts:externalid' && values.length > 0 && values.every((v) => v !== '' && !/^[*?]+$/.test(v))) return true;
    }
  }
  return false;
}

export default defineCheck({
  id: 'iam.role-trust-external-id-required',
  title: 'IAM roles that other accounts may assume require an external ID',
  description:
    'A role trusted by another account, typically a third-party service, must require sts:ExternalId in its trust policy; otherwise ' +
    'the third party can be tricked by any of its other customers into using the role (the confused deputy problem). Fails on an Allow ' +
    'of sts:AssumeRole to an AWS principal (account id, root, role, user or session ARN) of an account other than the scanned one, ' +
    'without a StringEquals/StringLike condition on sts:ExternalId. "Another account" is every account but the scanned one: the accounts ' +
    'of the same organization cannot be listed cheaply from a member account, so list the ones that need no external ID in the ' +
    'trustedAccounts option. Wildcard principals are judged by iam.role-trust-not-public; unique ids of deleted principals (AROA…) trust nobody.',
  service: 'iam',
  resourceType: 'AWS::IAM::Role',
  severity: 'high',
  duty: 'identity-access',
  serviceModel: 'SaaS',
  scope: 'global',
  remediation: {
    text: 'Add a Condition {"StringEquals": {"sts:ExternalId": "<id the third party gave you>"}} to the statement trusting the other account, or list the account in trustedAccounts if it is one of your own.',
    cli: 'aws iam update-assume-role-policy --role-name <role> --policy-document file://trust-with-external-id.json',
    url: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_create_for-user_externalid.html',
  },
  options: { trustedAccounts: [] as string[] },
  async run({ scope, inventory, result, options }) {
    const { roles } = await inventory.iam.authorizationDetails();
    const source = { service: 'iam' as const, operation: 'GetAccountAuthorizationDetails', account: scope.account, region: scope.region };
    const own = new Set([scope.account, ...options.trustedAccounts]);
    return result.forEach(roles, (r) => ({ arn: r.Arn ?? '', id: r.RoleName ?? '' }), (r) => {
      const ref = { arn: r.Arn!, id: r.RoleName! };
      if (r.AssumeRolePolicyDocument === undefined) throw invalidData(source, `role ${r.RoleName} has no AssumeRolePolicyDocument`);
      const doc = parseOrInvalid(source, `trust policy of role ${r.RoleName}`, () => parsePolicyDocument(r.AssumeRolePolicyDocument!));
      const external = doc.Statement.flatMap((s) => {
        if (s.Effect !== 'Allow' || !statementCoversAction(s, 'sts:AssumeRole') || !s.Principal || s.Principal === '*') return [];
        const accounts = [...new Set((s.Principal.AWS ?? []).map(principalAccount).filter((a): a is string => a !== undefined && !own.has(a)))];
        return accounts.length ? [{ s, accounts }] : [];
      });
      const missing = external.filter((e) => !requiresExternalId(e.s));
      const evidence = {
        externalAccounts: [...new Set(external.flatMap((e) => e.accounts))].sort(),
        trustedAccounts: [...options.trustedAccounts],
        statementsWithoutExternalId: missing.map((e) => statementEvidence(e.s)),
      };
      if (!external.length) return result.pass(ref, `Role ${r.RoleName} is not trusted by another account`, evidence);
      return missing.length
        ? result.fail(ref, `Role ${r.RoleName} lets account(s) ${[...new Set(missing.flatMap((e) => e.accounts))].join(', ')} assume it without an external ID`, evidence)
        : result.pass(ref, `Role ${r.RoleName} requires an external ID from account(s) ${evidence.externalAccounts.join(', ')}`, evidence);
    });
  },
});
