import { defineCheck } from '../../src/check/define.js';
import { invalidData, parseOrInvalid } from '../../src/aws/invalid-data.js';
import { parsePolicyDocument } from '../../src/lib/iam-policy.js';
import { publicStatements, statementEvidence } from '../../src/lib/resource-policy.js';

export default defineCheck({
  id: 'iam.role-trust-not-public',
  title: 'IAM role trust policies do not let any principal assume the role',
  description:
    'A role\'s trust policy is the resource policy of sts:AssumeRole. An Allow statement to Principal "*" (or {"AWS": "*"}, a wildcard ' +
    'in a principal list, or NotPrincipal) lets any AWS identity of any account assume the role and act with its permissions, unless ' +
    'a condition pins the caller (aws:PrincipalOrgID, aws:PrincipalAccount, aws:PrincipalArn, aws:SourceAccount, … to fixed values), ' +
    'as IAM Access Analyzer reads it. sts:ExternalId alone does not pin the caller: anyone who learns the value may use it. ' +
    'Judged by the shared resource-policy analyser; the public statements are the evidence.',
  service: 'iam',
  resourceType: 'AWS::IAM::Role',
  severity: 'critical',
  duty: 'identity-access',
  serviceModel: 'SaaS',
  scope: 'global',
  remediation: {
    text: 'Name the accounts or roles that may assume the role in Principal, or pin the callers with an aws:PrincipalOrgID or aws:PrincipalArn condition.',
    cli: 'aws iam update-assume-role-policy --role-name <role> --policy-document file://trust.json',
    url: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_terms-and-concepts.html#term_trust-policy',
  },
  async run({ scope, inventory, result }) {
    const { roles } = await inventory.iam.authorizationDetails();
    const source = { service: 'iam' as const, operation: 'GetAccountAuthorizationDetails', account: scope.account, region: scope.region };
    return result.forEach(roles, (r) => ({ arn: r.Arn ?? '', id: r.RoleName ?? '' }), (r) => {
      const ref = { arn: r.Arn!, id: r.RoleName! };
      if (r.AssumeRolePolicyDocument === undefined) throw invalidData(source, `role ${r.RoleName} has no AssumeRolePolicyDocument`);
      // GetAccountAuthorizationDetails returns the document URL-encoded; parsePolicyDocument decodes it.
      const doc = parseOrInvalid(source, `trust policy of role ${r.RoleName}`, () => parsePolicyDocument(r.AssumeRolePolicyDocument!));
      const open = publicStatements(doc, 'iam').map(statementEvidence);
      return open.length
        ? result.fail(ref, `Role ${r.RoleName} trust policy lets any principal assume it in ${open.length} statement(s)`, { publicStatements: open })
        : result.pass(ref, `Role ${r.RoleName} trust policy names or pins who may assume it`, { publicStatements: [] });
    });
  },
});
