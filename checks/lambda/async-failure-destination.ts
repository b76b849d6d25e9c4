import { defineCheck } from '../../src/check/define.js';

export default defineCheck({
  id: 'lambda.async-failure-destination',
  title: 'Lambda functions keep the events of failed asynchronous invocations',
  description:
    'When an asynchronous invocation (S3, SNS, EventBridge, …) still fails after Lambda\'s retries, or is too old, Lambda drops the ' +
    'event unless the function has an on-failure destination (GetFunctionEventInvokeConfig DestinationConfig.OnFailure) or a dead-letter ' +
    'queue (DeadLetterConfig.TargetArn). Without one, failed events are lost without a trace and cannot be replayed or investigated. ' +
    'Every function is evaluated (a function\'s configuration does not say whether callers invoke it asynchronously); the verdict ' +
    'is for the unqualified function. Duty input-validation: this is FaaS error handling.',
  service: 'lambda',
  resourceType: 'AWS::Lambda::Function',
  severity: 'low',
  duty: 'input-validation',
  serviceModel: 'FaaS',
  scope: 'regional',
  remediation: {
    text: 'Configure an on-failure destination (SQS queue, SNS topic, EventBridge bus, S3 bucket or another function) for asynchronous invocations, or a dead-letter queue.',
    cli: 'aws lambda put-function-event-invoke-config --function-name <function> --destination-config \'{"OnFailure":{"Destination":"arn:aws:sqs:<region>:<account-id>:<queue>"}}\'',
    url: 'https://docs.aws.amazon.com/lambda/latest/dg/invocation-async-retain-records.html',
  },
  async run({ scope, inventory, result }) {
    const functions = await inventory.lambda.functions(scope.region);
    return result.forEach(functions, (f) => ({ arn: f.FunctionArn!, id: f.FunctionName! }), async (f) => {
      const ref = { arn: f.FunctionArn!, id: f.FunctionName! };
      const config = await inventory.lambda.eventInvokeConfig(scope.region, f.FunctionName!);
      const onFailure = config?.DestinationConfig?.OnFailure?.Destination || null;
      const dlq = f.DeadLetterConfig?.TargetArn || null;
      const evidence = { OnFailureDestination: onFailure, DeadLetterTargetArn: dlq };
      return onFailure || dlq
        ? result.pass(ref, `Function ${f.FunctionName} sends failed asynchronous events to ${onFailure ?? dlq}`, evidence)
        : result.fail(ref, `Function ${f.FunctionName} has no on-failure destination and no dead-letter queue`, evidence);
    });
  },
});
