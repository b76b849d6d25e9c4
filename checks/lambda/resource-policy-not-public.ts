import { defineCheck } from '../../src/check/define.js';
import { isAnonymousPrincipal, type Statement } from '../../src/lib/iam-policy.js';

/** Keys that tie an anonymous grant to one account, organization, source resource or IAM-authenticated URL call. */
const PUBLIC_RESTRICTING_KEYS = ['aws:sourcearn', 'aws:sourceaccount', 'aws:sourceowner', 'aws:principalorgid', 'aws:principalaccount', 'aws:principalorgpaths', 'aws:sourceorgid', 'aws:sourceorgpaths'];
/** Keys that tie a service principal's grant to the caller's own resource or account (confused-deputy protection). */
const SERVICE_RESTRICTING_KEYS = ['aws:sourcearn', 'aws:sourceaccount', 'aws:sourceowner', 'aws:sourceorgid', 'aws:sourceorgpaths', 'lambda:eventsourcetoken'];

type Exposure = 'public' | 'confused-deputy';

/**
 * Whether a positive condition operator (String*, Arn*, not negated, not IfExists) pins one of the
 * keys to concrete values. A negated or IfExists operator does not stop a caller without the key.
 */
function restrictedBy(s: Statement, keys: readonly string[]): boolean {
  for (const [op, body] of Object.entries(s.Condition ?? {})) {
    const bare = op.replace(/^(ForAnyValue|ForAllValues):/, '');
    if (/Not|IfExists$/.test(bare) || !/^(String|Arn)/.test(bare)) continue;
    for (const [k, values] of Object.entries(body)) {
      if (keys.includes(k.toLowerCase()) && values.length > 0 && !values.includes('*')) return true;
    }
  }
  return false;
}

/** Only AWS_IAM function URL calls: anonymous principal, but each caller is an authenticated IAM identity the URL's policies allow. */
function iamAuthOnly(s: Statement): boolean {
  for (const [op, body] of Object.entries(s.Condition ?? {})) {
    if (!/^String(Equals|EqualsIgnoreCase|Like)$/.test(op)) continue;
    for (const [k, values] of Object.entries(body)) if (k.toLowerCase() === 'lambda:functionurlauthtype' && values.length > 0 && values.every((v) => v === 'AWS_IAM')) return true;
  }
  return false;
}

function statementExposure(s: Statement): Exposure | undefined {
  if (s.Effect !== 'Allow') return undefined;
  if (s.NotPrincipal || isAnonymousPrincipal(s.Principal)) {
    return restrictedBy(s, PUBLIC_RESTRICTING_KEYS) || iamAuthOnly(s) ? undefined : 'public';
  }
  const services = s.Principal && s.Principal !== '*' ? (s.Principal.Service ?? []) : [];
  if (services.length && !restrictedBy(s, SERVICE_RESTRICTING_KEYS)) return 'confused-deputy';
  return undefined;
}

export default defineCheck({
  id: 'lambda.resource-policy-not-public',
  title: 'Lambda function resource policies do not let anyone, or any AWS service on anyone\'s behalf, invoke the function',
  description:
    'The resource-based policy decides who outside the account may invoke the function. Fails on an Allow statement with Principal "*" ' +
    '(or {"AWS":"*"}, or NotPrincipal) unless a positive condition pins aws:SourceArn, aws:SourceAccount, aws:SourceOwner, ' +
    'aws:PrincipalOrgID, aws:PrincipalAccount (or the org-path variants) to concrete values, or lambda:FunctionUrlAuthType to AWS_IAM; ' +
    'and on an Allow to a service principal (s3.amazonaws.com, sns.amazonaws.com, …) without aws:SourceArn or aws:SourceAccount ' +
    '(lambda:EventSourceToken for Alexa), which lets the service invoke the function on behalf of any customer\'s resource (confused deputy). ' +
    'Each offending statement is listed with its exposure ("public" or "confused-deputy"); the severity is that of the public case. ' +
    'Grants to named accounts or roles pass (intended cross-account access is not this check\'s concern). A function without a ' +
    'policy passes: only identities of its own account with IAM permissions may invoke it.',
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
      const offending = policy.Statement.flatMap((s) => {
        const exposure = statementExposure(s);
        return exposure
          ? [{ exposure, ...(s.Sid ? { Sid: s.Sid } : {}), ...(s.Principal ? { Principal: s.Principal } : {}), ...(s.NotPrincipal ? { NotPrincipal: s.NotPrincipal } : {}), ...(s.Action ? { Action: s.Action } : {}), ...(s.Condition ? { Condition: s.Condition } : {}) }]
          : [];
      });
      const evidence = { statementCount: policy.Statement.length, offendingStatements: offending };
      if (!offending.length) return result.pass(ref, `Function ${f.FunctionName} policy grants invocation only to named or source-restricted principals`, evidence);
      const kinds = [...new Set(offending.map((o) => o.exposure))].join(' and ');
      return result.fail(ref, `Function ${f.FunctionName} policy has ${offending.length} ${kinds} statement(s)`, evidence);
    });
  },
});
