import { defineCheck } from '../../src/check/define.js';
import { detectSecrets } from '../../src/lib/secrets.js';
import { invalidData } from '../../src/aws/invalid-data.js';

export default defineCheck({
  id: 'lambda.no-secrets-in-environment',
  title: 'Lambda function environment variables hold no literal secrets',
  description:
    'Environment variables are readable by anyone with lambda:GetFunctionConfiguration and are copied into deployment tooling, ' +
    'so credentials belong in Secrets Manager or SSM Parameter Store. Fails on variables whose value contains an AWS access key id ' +
    '(and a 40-character secret key next to one), a PEM private key, a JWT, a GitHub, Slack or Stripe secret token, a Google API key, ' +
    'a connection string with a password (scheme://user:pass@host), a literal value under a credential name (…PASSWORD, …SECRET, …TOKEN, ' +
    '…API_KEY, …PRIVATE_KEY), or an opaque token of high Shannon entropy (>= 4.5 bits per character over >= 20 characters). ' +
    'References are fine: ARNs, SSM parameter paths, {{resolve:…}} and ${…} placeholders. Evidence names variables and detector ' +
    'kinds only, never a value. Detection lives in src/lib/secrets.ts; snapshots keep the detected kinds in the redaction marker.',
  service: 'lambda',
  resourceType: 'AWS::Lambda::Function',
  severity: 'high',
  duty: 'secrets-management',
  serviceModel: 'FaaS',
  scope: 'regional',
  remediation: {
    text: 'Move the secret to AWS Secrets Manager (or an SSM SecureString parameter), read it at runtime, replace the variable by the secret ARN or parameter name, and rotate the exposed credential.',
    cli: 'aws secretsmanager create-secret --name <name> --secret-string file://secret.txt && aws lambda update-function-configuration --function-name <function> --environment "Variables={SECRET_ARN=<secret-arn>}"',
    url: 'https://docs.aws.amazon.com/secretsmanager/latest/userguide/retrieving-secrets_lambda.html',
  },
  async run({ scope, inventory, result }) {
    const functions = await inventory.lambda.functions(scope.region);
    const source = { service: 'lambda' as const, operation: 'ListFunctions', account: scope.account, region: scope.region };
    return result.forEach(functions, (f) => ({ arn: f.FunctionArn!, id: f.FunctionName! }), (f) => {
      const ref = { arn: f.FunctionArn!, id: f.FunctionName! };
      const env = f.Environment;
      // Lambda could not apply (decrypt) the variables: there is nothing to look at, which is not "no secrets".
      if (env?.Error && !env.Variables) throw invalidData(source, `function ${f.FunctionName} reports an environment error (${env.Error.ErrorCode ?? 'unknown'}) and no variables`);
      const variables = env?.Variables ?? {};
      const hits = detectSecrets(variables);
      const evidence = { variableCount: Object.keys(variables).length, secretVariables: hits.map((h) => ({ name: h.name, kinds: h.kinds })) };
      return hits.length
        ? result.fail(ref, `Function ${f.FunctionName} has ${hits.length} environment variable(s) that look like secrets: ${hits.map((h) => h.name).join(', ')}`, evidence)
        : result.pass(ref, `Function ${f.FunctionName} has no environment variable that looks like a secret (${evidence.variableCount} examined)`, evidence);
    });
  },
});
