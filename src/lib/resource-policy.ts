/**
 * THE reading of "public" for every resource policy (S3, SQS, SNS, KMS, ECR, Lambda, Secrets
 * Manager, OpenSearch, EventBridge buses, role trust policies): a policy is public when an Allow
 * statement grants to everyone without a condition that pins the caller. Pure; documents come from parsePolicyDocument.
 */
import { isAnonymousPrincipal, type PolicyDocument, type Principal, type Statement } from './iam-policy.js';
import type { JsonObject } from '../util/json.js';

/**
 * Condition keys that make a wildcard-principal grant non-public when they are limited to fixed
 * values, for every service: the list of the S3 User Guide ("The meaning of public") and of IAM
 * Access Analyzer's public-access rules, plus aws:PrincipalAccount / aws:PrincipalArn /
 * aws:PrincipalOrgPaths / aws:SourceOrgID / aws:SourceOrgPaths, which pin the caller or the
 * calling resource as aws:PrincipalOrgID and aws:SourceAccount do.
 */
const COMMON_LIMITING_KEYS = [
  'aws:SourceArn', 'aws:SourceVpc', 'aws:SourceVpce', 'aws:SourceOwner', 'aws:SourceAccount', 'aws:userid',
  'aws:PrincipalOrgID', 'aws:PrincipalAccount', 'aws:PrincipalArn', 'aws:PrincipalOrgPaths', 'aws:SourceOrgID', 'aws:SourceOrgPaths',
];

/** Service keys that pin the caller as well as the common ones do, per service whose policies use them. */
const SERVICE_LIMITING_KEYS: Readonly<Record<string, readonly string[]>> = {
  s3: ['s3:DataAccessPointArn', 's3:DataAccessPointAccount', 's3:x-amz-server-side-encryption-aws-kms-key-id'],
  // KMS: the key may be used only through a service called by a named account.
  kms: ['kms:CallerAccount', 'kms:ViaService'],
  // Lambda: only Alexa skills holding the token.
  lambda: ['lambda:EventSourceToken', 'lambda:FunctionUrlAuthType'],
  // EventBridge: rules on the bus may be managed only by callers of the named account.
  eventbridge: ['events:creatorAccount'],
};

/** Lower-cased limiting keys for one service's policies. */
function limitingKeys(service: PolicyService): ReadonlySet<string> {
  return new Set([...COMMON_LIMITING_KEYS, ...(SERVICE_LIMITING_KEYS[service] ?? [])].map((k) => k.toLowerCase()));
}

/** The service whose resource policy is read (decides which service-specific condition keys limit a grant). */
export type PolicyService = 's3' | 'sqs' | 'sns' | 'kms' | 'ecr' | 'lambda' | 'secretsmanager' | 'opensearch' | 'iam' | 'backup' | 'eventbridge' | 'other';

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

/**
 * An ARN that pins its owner: partition, service and a 12-digit account free of wildcards (the
 * resource part may wildcard, as the source ARNs Lambda's add-permission documents for API Gateway
 * do: arn:aws:execute-api:region:account:api-id/stage/METHOD/path with * for stage and method).
 */
function isAccountPinnedArn(value: string): boolean {
  if (value.includes('${')) return false;
  const parts = value.split(':');
  if (parts.length < 6 || parts[0] !== 'arn') return false;
  return [parts[1]!, parts[2]!].every((p) => p !== '' && !/[*?]/.test(p)) && /^\d{12}$/.test(parts[4]!);
}

/** Services whose policies' aws:SourceArn conditions pin the caller with an account-pinned ARN pattern (see isAccountPinnedArn). */
const ARN_PATTERN_SOURCE_SERVICES: ReadonlySet<PolicyService> = new Set(['lambda']);

/** Whether one condition (operator, key, values) restricts the grant to fixed values of a key that pins the caller. */
function isLimitingCondition(op: string, key: string, values: readonly string[], keys: ReadonlySet<string>, service: PolicyService = 'other'): boolean {
  const bare = limitingOperator(op);
  if (!bare || values.length === 0) return false;
  const k = key.toLowerCase();
  if (k === 'aws:sourcearn' && ARN_PATTERN_SOURCE_SERVICES.has(service) && (bare === 'ArnLike' || bare === 'StringLike')) return values.every((v) => isFixed(v) || isAccountPinnedArn(v));
  if (k === 'aws:sourceip') return bare === 'IpAddress' && values.every(isNarrowCidr);
  // Lambda function URLs: anonymous principal, but only IAM-authenticated callers the URL's policies allow.
  if (k === 'lambda:functionurlauthtype') return keys.has(k) && /^String(Equals|EqualsIgnoreCase|Like)$/.test(bare) && values.every((v) => v === 'AWS_IAM');
  if (!LIMITING_OPERATORS.has(bare) || !keys.has(k)) return false;
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
 * Whether an Allow statement is public, as S3's public-access evaluation and IAM Access Analyzer
 * define it: it grants to a wildcard principal (or to everyone but a NotPrincipal list) and no
 * condition limits it to fixed values of a key that pins the caller (fixed principals, accounts or
 * organizations, the calling resource, narrow aws:SourceIp ranges, a VPC or VPC endpoint, …).
 * Every condition of a statement must hold, so one limiting condition is enough.
 */
export function isPublicStatement(s: Statement, service: PolicyService = 'other'): boolean {
  if (s.Effect !== 'Allow') return false;
  if (!s.NotPrincipal && !isWildcardPrincipal(s.Principal)) return false;
  const keys = limitingKeys(service);
  for (const [op, body] of Object.entries(s.Condition ?? {})) {
    for (const [key, values] of Object.entries(body)) if (isLimitingCondition(op, key, values, keys, service)) return false;
  }
  return true;
}

/** The statements that make a resource policy public (empty: not public). Every service's check reads policies through this. */
export function publicStatements(doc: PolicyDocument | null, service: PolicyService = 'other'): Statement[] {
  return (doc?.Statement ?? []).filter((s) => isPublicStatement(s, service));
}

/** Condition keys that tie a service principal's grant to the calling resource or its account. */
const SOURCE_KEYS = ['aws:SourceArn', 'aws:SourceAccount', 'aws:SourceOwner', 'aws:SourceOrgID', 'aws:SourceOrgPaths'];
/** Service keys that tie a service principal's grant as well (Lambda: the Alexa skill's token). */
const SERVICE_SOURCE_KEYS: Readonly<Record<string, readonly string[]>> = { lambda: ['lambda:EventSourceToken'] };

/**
 * Whether an Allow statement lets an AWS service act on the resource on behalf of any customer
 * (the cross-service confused deputy): it grants to a service principal (s3.amazonaws.com,
 * sns.amazonaws.com, …) and no condition pins the calling resource or its account
 * (aws:SourceArn, aws:SourceAccount, aws:SourceOwner, aws:SourceOrgID, aws:SourceOrgPaths). A source
 * ARN pins when it is fixed or fixes its account (see isAccountPinnedArn); an S3 bucket ARN has no
 * account field, so only a fixed one pins. Public statements (wildcard principals) are
 * publicStatements' concern.
 */
export function isConfusedDeputyStatement(s: Statement, service: PolicyService = 'other'): boolean {
  if (s.Effect !== 'Allow' || !s.Principal || s.Principal === '*' || !(s.Principal.Service ?? []).length) return false;
  const keys = new Set([...SOURCE_KEYS, ...(SERVICE_SOURCE_KEYS[service] ?? [])].map((k) => k.toLowerCase()));
  for (const [op, body] of Object.entries(s.Condition ?? {})) {
    const bare = limitingOperator(op);
    if (!bare || !LIMITING_OPERATORS.has(bare)) continue;
    for (const [key, values] of Object.entries(body)) {
      const k = key.toLowerCase();
      if (!keys.has(k) || values.length === 0) continue;
      if (values.every((v) => isFixed(v) || (k === 'aws:sourcearn' && isAccountPinnedArn(v)))) return false;
    }
  }
  return true;
}

/** The statements that let a service act on behalf of anyone's resource (empty: none). */
export function confusedDeputyStatements(doc: PolicyDocument | null, service: PolicyService = 'other'): Statement[] {
  return (doc?.Statement ?? []).filter((s) => isConfusedDeputyStatement(s, service));
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
