import { defineCheck } from '../../src/check/define.js';
import { invalidData } from '../../src/aws/invalid-data.js';

export default defineCheck({
  id: 'lambda.function-url-auth',
  title: 'Lambda function URLs require IAM authentication',
  description:
    'A function URL with AuthType NONE lets anyone on the internet invoke the function; AWS_IAM requires a SigV4-signed request from ' +
    'a principal the policies allow. Functions without a URL are not evaluated. Only the unqualified URL of each function is read ' +
    '(GetFunctionUrlConfig per function); a URL attached to an alias is not examined.',
  service: 'lambda',
  resourceType: 'AWS::Lambda::Url',
  severity: 'critical',
  duty: 'trigger-access',
  serviceModel: 'FaaS',
  scope: 'regional',
  remediation: {
    text: 'Set the function URL auth type to AWS_IAM (and grant lambda:InvokeFunctionUrl to the callers), or delete the URL and front the function with API Gateway and an authorizer.',
    cli: 'aws lambda update-function-url-config --function-name <function> --auth-type AWS_IAM',
    url: 'https://docs.aws.amazon.com/lambda/latest/dg/urls-auth.html',
  },
  async run({ scope, inventory, result }) {
    const functions = await inventory.lambda.functions(scope.region);
    return result.forEach(functions, (f) => ({ arn: f.FunctionArn!, id: f.FunctionName! }), async (f) => {
      const url = await inventory.lambda.functionUrl(scope.region, f.FunctionName!);
      if (!url) return [];
      const ref = { arn: url.FunctionArn ?? f.FunctionArn!, id: f.FunctionName! };
      const evidence = { FunctionUrl: url.FunctionUrl ?? null, AuthType: url.AuthType ?? null, Cors: { AllowOrigins: url.Cors?.AllowOrigins ?? null } };
      if (url.AuthType === 'AWS_IAM') return result.pass(ref, `Function URL of ${f.FunctionName} requires IAM authentication (AuthType AWS_IAM)`, evidence);
      if (url.AuthType === 'NONE') return result.fail(ref, `Function URL of ${f.FunctionName} has AuthType NONE: anyone may invoke it`, evidence);
      throw invalidData({ service: 'lambda', operation: 'GetFunctionUrlConfig', account: scope.account, region: scope.region }, `function URL of ${f.FunctionName} has AuthType ${String(url.AuthType)}`);
    });
  },
});
