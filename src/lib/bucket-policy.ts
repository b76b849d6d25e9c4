/**
 * S3 bucket policy analysis: whether a policy denies requests made without TLS, and whether it
 * is "public" as S3 defines the word (S3 User Guide, "Blocking public access", "The meaning of
 * public"). Everything here is pure; documents come from parsePolicyDocument.
 */
import { globMatch } from '../util/glob.js';
import { isAnonymousPrincipal, type PolicyDocument, type Principal, type Statement } from './iam-policy.js';
import type { JsonObject } from '../util/json.js';

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

// ---------------------------------------------------------------------------------------------
// Public policy (S3's definition)
// ---------------------------------------------------------------------------------------------

/**
 * Condition keys that make a wildcard-principal grant non-public when they are limited to fixed
 * values: the list of the S3 User Guide ("The meaning of public") and of the
 * PublicAccessBlockConfiguration API reference, plus aws:PrincipalAccount / aws:PrincipalArn /
 * aws:PrincipalOrgPaths, which identify the principal as aws:PrincipalOrgID does (the guide's
 * example of a principal condition).
 */
const LIMITING_KEYS = new Set(
  [
    'aws:SourceArn', 'aws:SourceVpc', 'aws:SourceVpce', 'aws:SourceOwner', 'aws:SourceAccount', 'aws:userid',
    'aws:PrincipalOrgID', 'aws:PrincipalAccount', 'aws:PrincipalArn', 'aws:PrincipalOrgPaths',
    's3:DataAccessPointArn', 's3:DataAccessPointAccount', 's3:x-amz-server-side-encryption-aws-kms-key-id',
  ].map((k) => k.toLowerCase()),
);

/** Operators that limit a key to the listed values (not negated, not IfExists: an absent key would pass). */
const LIMITING_OPERATORS = new Set(['StringEquals', 'StringEqualsIgnoreCase', 'StringLike', 'ArnEquals', 'ArnLike']);

/** A value with no wildcard and no policy variable. */
function isFixed(value: string): boolean {
  return value !== '' && !/[*?]/.test(value) && !value.includes('${');
}

/** s3:DataAccessPointArn may wildcard the access point name as long as everything up to the account is fixed. */
function isFixedAccessPointArn(value: string): boolean {
  if (value.includes('${')) return false;
  const parts = value.split(':');
  if (parts.length < 6) return false;
  return parts.slice(0, 5).every((p) => !/[*?]/.test(p)) && /^\d{12}$/.test(parts[4]!);
}

/** aws:SourceIp CIDRs S3 treats as non-public: IPv4 /8 or narrower, IPv6 /32 or narrower. */
function isNarrowCidr(value: string): boolean {
  const [addr, prefix] = value.trim().split('/');
  if (!addr || /[*?]/.test(addr) || addr.includes('${')) return false;
  const v6 = addr.includes(':');
  if (!v6 && !/^\d{1,3}(\.\d{1,3}){3}$/.test(addr)) return false;
  if (prefix === undefined) return true;
  if (!/^\d{1,3}$/.test(prefix)) return false;
  const bits = Number(prefix);
  return v6 ? bits >= 32 && bits <= 128 : bits >= 8 && bits <= 32;
}

/** The operator without a ForAnyValue: prefix; null for operators that cannot limit (negated, IfExists, ForAllValues). */
function limitingOperator(op: string): string | null {
  if (op.startsWith('ForAllValues:') || op.endsWith('IfExists')) return null;
  return op.replace(/^ForAnyValue:/, '');
}

/** Whether one condition (operator, key, values) restricts the grant to fixed values of a key S3 recognises. */
function isLimitingCondition(op: string, key: string, values: readonly string[]): boolean {
  const bare = limitingOperator(op);
  if (!bare || values.length === 0) return false;
  const k = key.toLowerCase();
  if (k === 'aws:sourceip') return bare === 'IpAddress' && values.every(isNarrowCidr);
  if (!LIMITING_OPERATORS.has(bare) || !LIMITING_KEYS.has(k)) return false;
  if (k === 's3:dataaccesspointarn') return values.every(isFixedAccessPointArn);
  return values.every(isFixed);
}

/** Whether the principal admits anyone: "*", a wildcard in any principal list. */
function isWildcardPrincipal(p: Principal | undefined): boolean {
  if (!p) return false;
  if (p === '*' || isAnonymousPrincipal(p)) return true;
  return Object.values(p).some((list) => list.some((v: string) => /[*?]/.test(v)));
}

/**
 * Whether an Allow statement is public by S3's definition: it grants to a wildcard principal (or
 * to everyone but a NotPrincipal list) and no condition limits it to fixed values of a key S3
 * recognises (fixed principals, narrow aws:SourceIp ranges, aws:SourceVpc, aws:PrincipalOrgID, …).
 * Every condition of a statement must hold, so one limiting condition is enough.
 */
export function isPublicStatement(s: Statement): boolean {
  if (s.Effect !== 'Allow') return false;
  if (!s.NotPrincipal && !isWildcardPrincipal(s.Principal)) return false;
  for (const [op, body] of Object.entries(s.Condition ?? {})) {
    for (const [key, values] of Object.entries(body)) if (isLimitingCondition(op, key, values)) return false;
  }
  return true;
}

/** The statements that make the policy public (empty: not public by our reading of S3's rules). */
export function publicStatements(doc: PolicyDocument | null): Statement[] {
  return (doc?.Statement ?? []).filter(isPublicStatement);
}

/** A statement as evidence (AWS field names). */
export function statementEvidence(s: Statement): JsonObject {
  const out: JsonObject = { Effect: s.Effect };
  if (s.Sid !== undefined) out.Sid = s.Sid;
  if (s.Principal !== undefined) out.Principal = s.Principal;
  if (s.NotPrincipal !== undefined) out.NotPrincipal = s.NotPrincipal;
  if (s.Action) out.Action = s.Action;
  if (s.NotAction) out.NotAction = s.NotAction;
  if (s.Resource) out.Resource = s.Resource;
  if (s.NotResource) out.NotResource = s.NotResource;
  if (s.Condition) out.Condition = s.Condition;
  return out;
}
