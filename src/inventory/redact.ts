import { redactSecretsInText, redactVariables } from '../lib/secrets.js';

/**
 * Secrets never reach a snapshot, report or log. Redaction happens on the raw response before the
 * recorder stores it. A redacted value keeps its shape ("[REDACTED]"), so an offline re-evaluation
 * still sees that a value was there. Environment variable values keep what the secret detector
 * found in them ("[REDACTED:aws-access-key-id]", src/lib/secrets.ts), and nothing else, so a
 * replayed scan reaches the same secret findings as the live one. Every other string keeps its text
 * but loses any embedded credential of a known format (an access key id in a tag value, a policy
 * Sid or Condition value, a PEM private key in a description): "[REDACTED:<kind>]" in its place.
 * Policy documents are strings too, and stay valid documents with the same meaning.
 */
export const REDACTED = '[REDACTED]';

/** Keys whose string value is a secret wherever it appears in a response. */
const SECRET_KEYS = new Set([
  'SecretAccessKey', 'SessionToken', 'Password', 'MasterUserPassword', 'SecretString', 'SecretBinary',
  'PrivateKey', 'PrivateKeyMaterial', 'KeyMaterial', 'UserData', 'AuthToken', 'ClientSecret',
  // CloudFront origin custom headers: often the shared secret an origin checks to refuse direct access.
  'HeaderValue',
  // Step Functions state machine definitions (DescribeStateMachine): task parameters often carry
  // hard-coded API keys and connection strings; no check reads them.
  'definition',
]);
/** Keys whose every member value is secret-bearing (Lambda and Batch environment variables). */
const SECRET_MAPS = new Set(['Variables']);
/** Keys holding environment variables as a [{ name, value }] list (ECS container definitions, CodeBuild project environments). */
const SECRET_PAIR_LISTS = new Set(['environment', 'environmentVariables']);

const isPairList = (v: unknown): v is { name?: unknown; value?: unknown }[] =>
  Array.isArray(v) && v.every((p) => p && typeof p === 'object' && !Array.isArray(p) && 'name' in p);

/**
 * Every value of a [{ name, value }] list replaced by its marker, the list judged as one map by name
 * (redactVariables), as the ECS secret check reads it. Every value is replaced, whatever its name.
 */
function redactPairList(pairs: { name?: unknown; value?: unknown }[]): unknown[] {
  const markers = redactVariables(Object.fromEntries(pairs.map((p) => [String(p.name), p.value])));
  return pairs.map((p) => ('value' in p ? { ...p, value: markers[String(p.name)] ?? REDACTED } : { ...p }));
}

export function redact<T>(value: T): T {
  return walk(value, false) as T;
}

function walk(value: unknown, secret: boolean): unknown {
  if (value === null || value === undefined) return value;
  if (typeof value === 'string') return secret ? REDACTED : redactSecretsInText(value);
  if (typeof value !== 'object' || value instanceof Date) return value;
  if (value instanceof Uint8Array) return secret ? REDACTED : value;
  if (Array.isArray(value)) return value.map((v) => walk(v, secret));
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) {
    if (SECRET_MAPS.has(k) && v && typeof v === 'object' && !Array.isArray(v)) {
      out[k] = redactVariables(v as Record<string, unknown>);
    } else if (SECRET_PAIR_LISTS.has(k) && isPairList(v)) {
      out[k] = redactPairList(v);
    } else {
      out[k] = walk(v, secret || SECRET_KEYS.has(k));
    }
  }
  return out;
}
