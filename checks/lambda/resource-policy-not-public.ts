import { defineCheck } from '../../src/check/define.js';
import { confusedDeputyStatements, publicStatements, statementEvidence } from '../../src/lib/resource-policy.js';

export default defineCheck({
  id: 'lambda.resource-policy-not-public',
  title: 'Lambda function resource policies do not let anyone, or any AWS service on anyone\'s behalf, invoke the function',
  description:
    'The resource-based policy decides who outside the account may invoke the function. Read by the shared resource-policy analyser: ' +
    'fails on a public statement, an Allow to Principal "*" (or {"AWS":"*"}, a wildcard principal, or NotPrincipal) unless a condition ' +
    'pins the caller to fixed values (aws:SourceArn, aws:SourceAccount, aws:SourceOwner, aws:PrincipalOrgID, aws:PrincipalAccount, ' +
    'aws:PrincipalArn, the org-path variants, aws:SourceVpc(e), a narrow aws:SourceIp; for Lambda also an aws:SourceArn pattern that fixes ' +
    'the account, lambda:EventSourceToken, and lambda:FunctionUrlAuthType AWS_IAM); and on a confused-deputy statement, an Allow to a ' +
    'service principal (s3.amazonaws.com, sns.amazonaws.com, …) without aws:SourceArn or aws:SourceAccount (lambda:EventSourceToken for ' +
    'Alexa), which lets the service invoke the function on behalf of any customer\'s resource. Each offending statement is listed with its ' +
    'exposure ("public" or "confused-deputy"); the severity is that of the public case. Grants to named accounts or roles pass (intended ' +
    'cross-account access is not this check\'s concern). A function without a policy passes: only identities of its own account with IAM ' +
    'permissions may invoke it.',
  service: 'lambda',
  resourceType: 'AWS::Lambda::Function',
  severity: 'critical',
  duty: 'trigger-access',
  serviceModel: 'FaaS',
  scope: 'regional',
  remediation: {
    text: 'Remove the statement, or re-add the permission with --source-arn (and --source-account for S3) or --principal-org-id so only the intended resource or organization may invoke the function.',
    cli: 'aws lambda remove-permission --function-name <function> --statement-id <sid> && aws lambda add-permission --function-name <function> --statement-id <sid> --action lambda:InvokeFunction --principal s3.amazonaws.com --source-arn <bucket-arn> --source-account <account-id>',
    url: 'https://docs.aws.amazon.com/lambda/latest/dg/access-control-resource-based.html',
  },
  async run({ scope, inventory, result }) {
    const functions = await inventory.lambda.functions(scope.region);
    return result.forEach(functions, (f) => ({ arn: f.FunctionArn!, id: f.FunctionName! }), async (f) => {
      const ref = { arn: f.FunctionArn!, id: f.FunctionName! };
      const policy = await inventory.lambda.functionPolicy(scope.region, f.FunctionArn!);
      if (!policy) return result.pass(ref, `Function ${f.FunctionName} has no resource-based policy`, { Policy: null, offendingStatements: [] });
      const offending = [
        ...publicStatements(policy, 'lambda').map((st) => ({ exposure: 'public', ...statementEvidence(st) })),
        ...confusedDeputyStatements(policy, 'lambda').map((st) => ({ exposure: 'confused-deputy', ...statementEvidence(st) })),
      ];
      const evidence = { statementCount: policy.Statement.length, offendingStatements: offending };
      if (!offending.length) return result.pass(ref, `Function ${f.FunctionName} policy grants invocation only to named or source-restricted principals`, evidence);
      const kinds = [...new Set(offending.map((o) => o.exposure))].join(' and ');
      return result.fail(ref, `Function ${f.FunctionName} policy has ${offending.length} ${kinds} statement(s)`, evidence);
    });
  },
});
