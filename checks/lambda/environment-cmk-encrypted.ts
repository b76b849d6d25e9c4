import { defineCheck } from '../../src/check/define.js';

export default defineCheck({
  id: 'lambda.environment-cmk-encrypted',
  title: 'Lambda functions holding classified data encrypt their environment with a customer managed KMS key',
  description:
    'Lambda encrypts environment variables at rest with an AWS owned key unless KMSKeyArn names a customer managed key; only a ' +
    'customer managed key lets the customer control, audit and revoke who can decrypt them. Evaluated: functions that have ' +
    'environment variables and whose classificationTag (default "data-classification") has a value in cmkRequiredFor (default ' +
    'confidential, restricted; compared case-insensitively). They fail without KMSKeyArn. Other functions are not evaluated: without ' +
    'variables there is nothing to encrypt, and for unclassified data the AWS owned key is the documented default, not a defect.',
  service: 'lambda',
  resourceType: 'AWS::Lambda::Function',
  severity: 'medium',
  duty: 'secrets-management',
  serviceModel: 'FaaS',
  scope: 'regional',
  remediation: {
    text: 'Create (or choose) a customer managed KMS key whose key policy lets the execution role decrypt, and set it as the function\'s KMS key.',
    cli: 'aws lambda update-function-configuration --function-name <function> --kms-key-arn arn:aws:kms:<region>:<account-id>:key/<key-id>',
    url: 'https://docs.aws.amazon.com/lambda/latest/dg/configuration-envvars-encryption.html',
  },
  options: { classificationTag: 'data-classification', cmkRequiredFor: ['confidential', 'restricted'] },
  async run({ scope, inventory, result, options }) {
    const functions = await inventory.lambda.functions(scope.region);
    const withVariables = functions.filter((f) => Object.keys(f.Environment?.Variables ?? {}).length > 0);
    const required = new Set(options.cmkRequiredFor.map((c) => c.toLowerCase()));
    return result.forEach(withVariables, (f) => ({ arn: f.FunctionArn!, id: f.FunctionName! }), async (f) => {
      const tags = await inventory.lambda.functionTags(scope.region, f.FunctionArn!);
      const tagKey = Object.keys(tags).find((k) => k.toLowerCase() === options.classificationTag.toLowerCase());
      const classification = tagKey === undefined ? undefined : tags[tagKey]!;
      if (classification === undefined || !required.has(classification.trim().toLowerCase())) return [];
      const ref = { arn: f.FunctionArn!, id: f.FunctionName! };
      const evidence = { [options.classificationTag]: classification, KMSKeyArn: f.KMSKeyArn ?? null };
      return f.KMSKeyArn
        ? result.pass(ref, `Function ${f.FunctionName} (${classification}) encrypts its environment with ${f.KMSKeyArn}`, evidence)
        : result.fail(ref, `Function ${f.FunctionName} (${classification}) has no KMSKeyArn: its environment is encrypted with an AWS owned key`, evidence);
    });
  },
});
