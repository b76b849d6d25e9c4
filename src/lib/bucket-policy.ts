/**
 * S3 bucket policy analysis: whether a policy denies requests made without TLS. Whether it is
 * public is the shared resource-policy reading (resource-policy.ts). Everything here is pure;
 * documents come from parsePolicyDocument.
 */
import { globMatch } from '../util/glob.js';
import { isAnonymousPrincipal, type PolicyDocument, type Statement } from './iam-policy.js';

// ---------------------------------------------------------------------------------------------
// Secure transport (CIS AWS Foundations 2.1.1)
// ---------------------------------------------------------------------------------------------

export interface SecureTransportAnalysis {
  /** True when Deny statements refuse every S3 action without TLS, on the bucket and on all its objects. */
  denied: boolean;
  coversBucket: boolean;
  coversObjects: boolean;
  /** The qualifying Deny statements (the ones that decided). */
  statements: Statement[];
}

/** Whether the statement's actions include every S3 action: "*", "s3:*", or a NotAction that names no S3 action. */
function coversAllS3Actions(s: Statement): boolean {
  if (s.Action) return s.Action.some((a) => a === '*' || a.toLowerCase() === 's3:*');
  if (s.NotAction) return s.NotAction.every((a) => a !== '*' && !a.toLowerCase().startsWith('s3:'));
  return false;
}

/** The condition is exactly `Bool`/`BoolIfExists` `aws:SecureTransport` = false, with nothing narrowing it. */
function isSecureTransportFalseOnly(s: Statement): boolean {
  const ops = Object.entries(s.Condition ?? {});
  if (ops.length !== 1) return false;
  const [op, body] = ops[0]!;
  if (op !== 'Bool' && op !== 'BoolIfExists') return false;
  const keys = Object.entries(body);
  if (keys.length !== 1) return false;
  const [key, values] = keys[0]!;
  return key.toLowerCase() === 'aws:securetransport' && values.some((v) => v.toLowerCase() === 'false');
}

/** A resource pattern matches the bucket ARN itself. */
function coversBucketArn(pattern: string, bucketArn: string): boolean {
  return globMatch(pattern, bucketArn);
}

/**
 * A resource pattern matches every object ARN of the bucket (`<arn>/<any key>`): it ends in `*`
 * and some prefix of `<arn>/` matches the part before it, so any key is absorbed by the final `*`.
 */
function coversAllObjects(pattern: string, bucketArn: string): boolean {
  return pattern.endsWith('*') && globMatch(pattern, `${bucketArn}/`);
}

/**
 * Whether the policy denies non-TLS requests for the bucket and all its objects. A statement
 * counts when it is a Deny, to everyone (`"*"` or `{"AWS": "*"}`), of every S3 action, with the
 * single condition `aws:SecureTransport` false under `Bool` or `BoolIfExists`. A condition that adds
 * other keys narrows the Deny and does not count; neither does `s3:TlsVersion` (a different
 * control), `NotPrincipal` or `NotResource`. Bucket and object coverage may come from separate
 * statements.
 */
export function analyzeSecureTransport(doc: PolicyDocument | null, bucketArn: string): SecureTransportAnalysis {
  const statements = (doc?.Statement ?? []).filter(
    (s) => s.Effect === 'Deny' && !s.NotPrincipal && isAnonymousPrincipal(s.Principal) && coversAllS3Actions(s) && isSecureTransportFalseOnly(s) && !!s.Resource,
  );
  const coversBucket = statements.some((s) => s.Resource!.some((r) => coversBucketArn(r, bucketArn)));
  const coversObjects = statements.some((s) => s.Resource!.some((r) => coversAllObjects(r, bucketArn)));
  return { denied: coversBucket && coversObjects, coversBucket, coversObjects, statements };
}
