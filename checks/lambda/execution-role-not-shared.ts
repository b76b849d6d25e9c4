import { defineCheck } from '../../src/check/define.js';
import { invalidData } from '../../src/aws/invalid-data.js';

export default defineCheck({
  id: 'lambda.execution-role-not-shared',
  title: 'Each Lambda execution role serves at most maxFunctionsPerRole functions',
  description:
    'A role shared by several functions carries the union of their permissions, so each function gets more than it needs and a ' +
    'compromise of one reaches the others\' resources. Fails for every function whose execution role (Role ARN) is used by more than ' +
    'maxFunctionsPerRole (default 1) functions. Counted per region: roles are global but functions regional, and the same function ' +
    'deployed to two regions with one role is a common, deliberate pattern; a role shared across regions is not counted.',
  service: 'lambda',
  resourceType: 'AWS::Lambda::Function',
  severity: 'medium',
  duty: 'function-iam',
  serviceModel: 'FaaS',
  scope: 'regional',
  remediation: {
    text: 'Create a dedicated execution role for each function with only the permissions that function uses, and assign it.',
    cli: 'aws lambda update-function-configuration --function-name <function> --role arn:aws:iam::<account-id>:role/<function-specific-role>',
    url: 'https://docs.aws.amazon.com/lambda/latest/dg/lambda-intro-execution-role.html',
  },
  options: { maxFunctionsPerRole: 1 },
  async run({ scope, inventory, result, options }) {
    const functions = await inventory.lambda.functions(scope.region);
    const byRole = new Map<string, string[]>();
    for (const f of functions) if (f.Role) byRole.set(f.Role, [...(byRole.get(f.Role) ?? []), f.FunctionName!]);
    return result.forEach(functions, (f) => ({ arn: f.FunctionArn!, id: f.FunctionName! }), (f) => {
      const ref = { arn: f.FunctionArn!, id: f.FunctionName! };
      if (!f.Role) throw invalidData({ service: 'lambda', operation: 'ListFunctions', account: scope.account, region: scope.region }, `function ${f.FunctionName} has no execution role`);
      const users = byRole.get(f.Role)!;
      const evidence = { Role: f.Role, functionsUsingRole: users.length, maxFunctionsPerRole: options.maxFunctionsPerRole, sharedWith: users.filter((n) => n !== f.FunctionName).sort().slice(0, 20) };
      return users.length > options.maxFunctionsPerRole
        ? result.fail(ref, `Function ${f.FunctionName} shares role ${f.Role} with ${users.length - 1} other function(s) in ${scope.region}`, evidence)
        : result.pass(ref, `Function ${f.FunctionName} role ${f.Role} is used by ${users.length} function(s) in ${scope.region}`, evidence);
    });
  },
});
