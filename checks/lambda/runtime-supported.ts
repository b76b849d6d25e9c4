import { defineCheck } from '../../src/check/define.js';
import { invalidData } from '../../src/aws/invalid-data.js';
import { isRuntimeDeprecated, LAMBDA_RUNTIME_SOURCE, runtimeStatus } from '../../src/lib/lambda-runtimes.js';

export default defineCheck({
  id: 'lambda.runtime-supported',
  title: 'Lambda functions use a runtime that AWS still supports',
  description:
    'After a runtime\'s deprecation date Lambda no longer applies security patches to it and the function is no longer eligible for ' +
    'technical support; later, updates and creation are blocked. Fails when the scan time is on or after the runtime\'s deprecation date ' +
    `(AWS's runtime tables, kept as data in src/lib/lambda-runtimes.ts from ${LAMBDA_RUNTIME_SOURCE}), or within warnDays of it ` +
    '(default 0: only deprecated runtimes fail). Container-image functions (PackageType Image) are not evaluated: their runtime is ' +
    'in the image. A runtime identifier the table does not know passes with deprecationDate null: AWS adds runtimes after the table ' +
    'was written, and every deprecated runtime is in the table.',
  service: 'lambda',
  resourceType: 'AWS::Lambda::Function',
  severity: 'high',
  duty: 'function-logic',
  serviceModel: 'FaaS',
  scope: 'regional',
  remediation: {
    text: 'Test the function on the newest runtime of its language and switch to it.',
    cli: 'aws lambda update-function-configuration --function-name <function> --runtime <supported-runtime, e.g. nodejs22.x>',
    url: 'https://docs.aws.amazon.com/lambda/latest/dg/lambda-runtimes.html',
  },
  options: { warnDays: 0 },
  async run({ scope, inventory, result, options, now }) {
    const functions = await inventory.lambda.functions(scope.region);
    const zip = functions.filter((f) => f.PackageType !== 'Image');
    return result.forEach(zip, (f) => ({ arn: f.FunctionArn!, id: f.FunctionName! }), (f) => {
      const ref = { arn: f.FunctionArn!, id: f.FunctionName! };
      if (!f.Runtime) throw invalidData({ service: 'lambda', operation: 'ListFunctions', account: scope.account, region: scope.region }, `function ${f.FunctionName} (PackageType ${f.PackageType ?? 'unset'}) has no Runtime`);
      const status = runtimeStatus(f.Runtime, now);
      const evidence = { Runtime: f.Runtime, deprecationDate: status.deprecationDate ?? null, warnDays: options.warnDays };
      if (status.deprecationDate === undefined) return result.pass(ref, `Function ${f.FunctionName} runtime ${f.Runtime} has no known deprecation date`, evidence);
      if (!isRuntimeDeprecated(status, options.warnDays)) return result.pass(ref, `Function ${f.FunctionName} runtime ${f.Runtime} is supported until ${status.deprecationDate}`, evidence);
      const past = (status.daysUntilDeprecation ?? 0) <= 0;
      return result.fail(ref, `Function ${f.FunctionName} runtime ${f.Runtime} ${past ? 'was deprecated on' : 'is deprecated on'} ${status.deprecationDate}`, evidence);
    });
  },
});
