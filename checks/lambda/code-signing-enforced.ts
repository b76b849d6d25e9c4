import { defineCheck } from '../../src/check/define.js';

export default defineCheck({
  id: 'lambda.code-signing-enforced',
  title: 'Lambda functions only accept code signed by a trusted publisher',
  description:
    'The function\'s code is the customer\'s to secure. Code signing makes Lambda verify, on every deployment, that the package was signed ' +
    'by an allowed AWS Signer profile and not altered since; with UntrustedArtifactOnDeployment Enforce, unsigned or tampered code is ' +
    'rejected, while Warn only logs and deploys it anyway. FAIL for a .zip function without a code signing configuration or with one set to ' +
    'Warn. Container-image functions (PackageType Image) are not judged: Lambda code signing does not apply to them (sign images in ECR instead).',
  service: 'lambda',
  resourceType: 'AWS::Lambda::Function',
  severity: 'medium',
  duty: 'function-logic',
  serviceModel: 'FaaS',
  scope: 'regional',
  remediation: {
    text: 'Create a signing profile in AWS Signer and a code signing configuration that allows it with UntrustedArtifactOnDeployment=Enforce, attach it to the function, and deploy signed packages.',
    cli: 'aws lambda put-function-code-signing-config --function-name <function> --code-signing-config-arn <code-signing-config-arn>',
    url: 'https://docs.aws.amazon.com/lambda/latest/dg/configuration-codesigning.html',
  },
  async run({ scope, inventory, result }) {
    const zip = (await inventory.lambda.functions(scope.region)).filter((f) => f.PackageType !== 'Image');
    if (!zip.length) return [];
    const configs = await inventory.lambda.codeSigningByFunction(scope.region);
    return result.forEach(zip, (f) => ({ arn: f.FunctionArn!, id: f.FunctionName! }), (f) => {
      const ref = { arn: f.FunctionArn!, id: f.FunctionName! };
      const config = configs.get(f.FunctionArn!);
      const policy = config?.CodeSigningPolicies?.UntrustedArtifactOnDeployment ?? null;
      const evidence = { CodeSigningConfigArn: config?.CodeSigningConfigArn ?? null, UntrustedArtifactOnDeployment: policy };
      if (!config) return result.fail(ref, `Function ${f.FunctionName} has no code signing configuration: any package can be deployed`, evidence);
      // AWS's default for a configuration without an explicit policy is Warn.
      return policy === 'Enforce'
        ? result.pass(ref, `Function ${f.FunctionName} rejects code not signed by an allowed publisher`, evidence)
        : result.fail(ref, `Function ${f.FunctionName} has code signing set to ${policy ?? 'Warn (default)'}: unsigned code is still deployed`, evidence);
    });
  },
});
