import { defineCheck } from '../../src/check/define.js';
import { residencyVerdicts } from '../../src/check/kit/residency.js';

export default defineCheck({
  id: 'lambda.function-in-allowed-region',
  title: 'Lambda functions reside in the allowed regions',
  description:
    'A function\'s code, environment variables and the data it processes live in its region. A function outside the configured ' +
    'allowedRegions stores and processes data where it may not. Without allowedRegions in the configuration the check reports nothing.',
  service: 'lambda',
  resourceType: 'AWS::Lambda::Function',
  severity: 'high',
  duty: 'data-residency',
  serviceModel: 'FaaS',
  scope: 'regional',
  remediation: {
    text: 'Redeploy the function (and its event sources) in an allowed region, then delete the original.',
    cli: 'aws lambda delete-function --function-name <function> --region <region>',
    url: 'https://docs.aws.amazon.com/lambda/latest/dg/security-dataprotection.html',
  },
  options: { allowedRegions: [] as string[] },
  async run({ scope, inventory, result, options }) {
    if (!options.allowedRegions.length) return []; // not configured: nothing to judge against
    const functions = await inventory.lambda.functions(scope.region);
    return residencyVerdicts(result, options.allowedRegions, functions.map((f) => ({
      ref: { arn: f.FunctionArn!, id: f.FunctionName! },
      label: `Function ${f.FunctionName}`,
      region: scope.region,
    })));
  },
});
