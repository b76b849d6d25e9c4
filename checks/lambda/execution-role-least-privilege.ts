import { defineCheck } from '../../src/check/define.js';
import { isAllowAllExceptStatement, parsePolicyDocument, statementCoversAllResources, type Statement } from '../../src/lib/iam-policy.js';
import { invalidData, parseOrInvalid } from '../../src/aws/invalid-data.js';

/** Allow of every action, or of every action of a service ("s3:*"), on every resource; or NotAction on every resource. */
function broadActions(s: Statement): string[] {
  if (s.Effect !== 'Allow') return [];
  if (isAllowAllExceptStatement(s)) return (s.NotAction ?? []).map((a) => `NotAction:${a}`);
  if (!s.Action || !statementCoversAllResources(s)) return [];
  return s.Action.filter((a) => a === '*' || /^[a-z0-9-]+:\*$/i.test(a));
}

export default defineCheck({
  id: 'lambda.execution-role-least-privilege',
  title: 'Lambda execution roles do not grant administrative or service-wide permissions',
  description:
    'Code running in the function, including injected or vulnerable dependency code, acts with the execution role. Fails when the ' +
    'role has an AWS managed policy listed in adminManagedPolicies attached (default AdministratorAccess, PowerUserAccess, ' +
    'IAMFullAccess), or a customer managed or inline policy with an Allow statement of Action "*" or "<service>:*" (or NotAction) on ' +
    'Resource "*". Other AWS managed policies are not examined (their documents are AWS\'s; GetAccountAuthorizationDetails is read ' +
    'without them). A role of another account cannot be read from this account: ERROR for that function, naming why. Evidence ' +
    'lists the offending policies and their broad actions.',
  service: 'lambda',
  resourceType: 'AWS::Lambda::Function',
  severity: 'high',
  duty: 'function-iam',
  serviceModel: 'FaaS',
  scope: 'regional',
  remediation: {
    text: 'Give the function its own role with only the actions and resources it uses (start from AWSLambdaBasicExecutionRole and IAM Access Analyzer policy generation), and detach the broad policies.',
    cli: 'aws iam detach-role-policy --role-name <role> --policy-arn arn:aws:iam::aws:policy/AdministratorAccess  # or delete-role-policy / put-role-policy with scoped actions',
    url: 'https://docs.aws.amazon.com/lambda/latest/dg/lambda-intro-execution-role.html',
  },
  options: { adminManagedPolicies: ['AdministratorAccess', 'PowerUserAccess', 'IAMFullAccess'] },
  async run({ scope, inventory, result, options }) {
    const functions = await inventory.lambda.functions(scope.region);
    const details = await inventory.iam.authorizationDetails();
    const iamSource = { service: 'iam' as const, operation: 'GetAccountAuthorizationDetails', account: scope.account, region: scope.region };
    const lambdaSource = { service: 'lambda' as const, operation: 'ListFunctions', account: scope.account, region: scope.region };
    const adminNames = new Set<string>(options.adminManagedPolicies);

    return result.forEach(functions, (f) => ({ arn: f.FunctionArn!, id: f.FunctionName! }), (f) => {
      const ref = { arn: f.FunctionArn!, id: f.FunctionName! };
      const roleArn = f.Role;
      if (!roleArn) throw invalidData(lambdaSource, `function ${f.FunctionName} has no execution role`);
      const roleAccount = roleArn.split(':')[4];
      if (roleAccount !== scope.account) throw invalidData(iamSource, `execution role ${roleArn} of function ${f.FunctionName} belongs to account ${roleAccount}: its policies cannot be read from account ${scope.account}`, 'CrossAccountRole');
      const roleName = roleArn.slice(roleArn.lastIndexOf('/') + 1);
      const role = details.roles.find((r) => r.Arn === roleArn) ?? details.roles.find((r) => r.RoleName === roleName);
      if (!role) throw invalidData(iamSource, `execution role ${roleArn} of function ${f.FunctionName} is not in the account (deleted?)`, 'NoSuchRole');

      const offending: { PolicyName: string; PolicyArn?: string; policyType: string; Action: string[] }[] = [];
      for (const p of role.AttachedManagedPolicies ?? []) {
        const arn = p.PolicyArn ?? '';
        const name = p.PolicyName ?? arn.slice(arn.lastIndexOf('/') + 1);
        if (/^arn:[^:]+:iam::aws:policy\//.test(arn)) {
          if (adminNames.has(name)) offending.push({ PolicyName: name, PolicyArn: arn, policyType: 'aws-managed', Action: [] });
          continue;
        }
        const policy = details.policies.find((x) => x.Arn === arn);
        const doc = policy?.PolicyVersionList?.find((v) => v.IsDefaultVersion || v.VersionId === policy.DefaultVersionId)?.Document;
        if (!doc) throw invalidData(iamSource, `customer managed policy ${arn} attached to role ${role.RoleName} has no default version document`);
        const actions = parseOrInvalid(iamSource, `policy ${arn}`, () => parsePolicyDocument(doc)).Statement.flatMap(broadActions);
        if (actions.length) offending.push({ PolicyName: name, PolicyArn: arn, policyType: 'customer-managed', Action: [...new Set(actions)] });
      }
      for (const p of role.RolePolicyList ?? []) {
        if (!p.PolicyDocument) throw invalidData(iamSource, `inline policy ${p.PolicyName} of role ${role.RoleName} has no document`);
        const actions = parseOrInvalid(iamSource, `inline policy ${p.PolicyName} of role ${role.RoleName}`, () => parsePolicyDocument(p.PolicyDocument!)).Statement.flatMap(broadActions);
        if (actions.length) offending.push({ PolicyName: p.PolicyName ?? '', policyType: 'inline', Action: [...new Set(actions)] });
      }
      const evidence = { Role: roleArn, offendingPolicies: offending };
      return offending.length
        ? result.fail(ref, `Function ${f.FunctionName} role ${role.RoleName} has broad permissions in ${offending.map((o) => o.PolicyName).join(', ')}`, evidence)
        : result.pass(ref, `Function ${f.FunctionName} role ${role.RoleName} has no administrative or service-wide policy`, evidence);
    });
  },
});
