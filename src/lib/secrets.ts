/**
 * Secret detection in environment variables (Lambda `Environment.Variables`). Pure.
 *
 * The detector names what it found by KIND only: no value, and no part of one, ever leaves this
 * module. The snapshot recorder keeps the kinds in the redaction marker
 * ("[REDACTED:aws-access-key-id]"), and the detector reads such a marker back as that kind, so a
 * scan replayed from a snapshot reaches the same verdict as the live scan.
 */
import type { Json } from '../util/json.js';

export const SECRET_KINDS = [
  'aws-access-key-id',
  'aws-secret-access-key',
  'private-key',
  'jwt',
  'github-token',
  'slack-token',
  'slack-webhook',
  'stripe-secret-key',
  'google-api-key',
  'connection-string-password',
  'secret-name',
  'high-entropy',
] as const;
export type SecretKind = (typeof SECRET_KINDS)[number];

export interface SecretHit {
  /** The variable's name (never its value). */
  name: string;
  kinds: SecretKind[];
}

/** Entropy threshold (bits per character) and minimum length for the generic detector. */
export const HIGH_ENTROPY_BITS = 4.5;
export const HIGH_ENTROPY_MIN_LENGTH = 20;

const REDACTED_PLAIN = '[REDACTED]';
const MARKER = /^\[REDACTED(?::([a-z0-9,-]+))?\]$/;

/** Pattern detectors: each tests the whole value for an embedded credential of a known format. */
const PATTERNS: readonly [SecretKind, RegExp][] = [
  ['aws-access-key-id', /(?<![A-Z0-9])(?:AKIA|ASIA)[A-Z0-9]{16}(?![A-Z0-9])/],
  ['private-key', /-----BEGIN (?:[A-Z0-9]+ )*PRIVATE KEY(?: BLOCK)?-----/],
  ['jwt', /(?<![A-Za-z0-9_-])eyJ[A-Za-z0-9_-]{5,}\.eyJ[A-Za-z0-9_-]{5,}\.[A-Za-z0-9_-]{10,}/],
  ['github-token', /(?<![A-Za-z0-9_])(?:gh[pousr]_[A-Za-z0-9]{36,255}|github_pat_[A-Za-z0-9_]{22,255})/],
  ['slack-token', /(?<![A-Za-z0-9])xox[abposr]-[A-Za-z0-9-]{10,}/],
  ['slack-webhook', /https:\/\/hooks\.slack\.com\/services\/T[A-Za-z0-9_]+\/B[A-Za-z0-9_]+\/[A-Za-z0-9_]+/],
  ['stripe-secret-key', /(?<![A-Za-z0-9])(?:sk|rk)_(?:live|test)_[A-Za-z0-9]{16,}/],
  ['google-api-key', /(?<![A-Za-z0-9])AIza[0-9A-Za-z_-]{35}(?![0-9A-Za-z_-])/],
];

/** scheme://user:password@host, with a non-empty password that is not a placeholder. Bounded runs: linear time on hostile text. */
const CONNECTION_STRING = /[a-z][a-z0-9+.-]{0,31}:\/\/[^\s:@/]{0,256}:([^\s@/]{1,256})@[^\s@]/i;
const PLACEHOLDER = /^(?:\$\{[^}]*\}|\$[A-Z_][A-Z0-9_]*|\{\{[^}]*\}\}|<[^>]*>|\*+|%s|x+)$/i;

/** A 40-character AWS secret access key (base64 alphabet without padding). */
const SECRET_ACCESS_KEY = /^[A-Za-z0-9/+]{40}$/;
const SECRET_ACCESS_KEY_NAME = /SECRET_?ACCESS_?KEY|AWS_?SECRET/i;

/** Names whose last segment(s) say the value is a credential. TOKEN_TTL or SECRET_ARN do not end so. */
const SECRET_NAME = /(?:^|_)(?:PASSWORD|PASSWD|PASSPHRASE|SECRET|SECRET_KEY|TOKEN|API_?KEY|PRIVATE_?KEY|ACCESS_?KEY|AUTH_?KEY|CREDENTIALS?)$/;
/** Values that are settings, not credentials, even under a secret-sounding name. */
const NON_SECRET_VALUE = /^(?:true|false|yes|no|on|off|null|none|nil|undefined|disabled|enabled|-)$/i;

/** Known formats that are public by design (Stripe publishable keys): never flagged by entropy. */
const PUBLIC_FORMATS = /^pk_(?:live|test)_/;

/** Characters a single opaque token is made of: the generic entropy test only looks at such values. */
const TOKEN_CHARS = /^[A-Za-z0-9+/=_.~-]+$/;

/**
 * A value that points at a secret store instead of holding the secret: a Secrets Manager or SSM
 * ARN (any ARN), an SSM parameter path, a CloudFormation dynamic reference, or a placeholder.
 */
export function isReference(value: string): boolean {
  const v = value.trim();
  return (
    /^arn:aws[a-z-]*:/.test(v) ||
    /^\{\{resolve:[a-z-]+:/.test(v) ||
    /^\/[A-Za-z0-9_.\-/]+$/.test(v) ||
    PLACEHOLDER.test(v)
  );
}

/** Shannon entropy of the string's characters, in bits per character. */
export function shannonEntropy(s: string): number {
  if (!s) return 0;
  const counts = new Map<string, number>();
  for (const c of s) counts.set(c, (counts.get(c) ?? 0) + 1);
  const n = [...s].length;
  let h = 0;
  for (const k of counts.values()) {
    const p = k / n;
    h -= p * Math.log2(p);
  }
  return h;
}

/** Base64 that decodes to readable text with words (encoded configuration, not a key). */
function isBase64OfText(v: string): boolean {
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(v) || v.length % 4 !== 0) return false;
  const text = Buffer.from(v, 'base64').toString('latin1');
  const printable = [...text].filter((c) => /[\x20-\x7e\t\r\n]/.test(c)).length;
  return text.length > 0 && printable / text.length >= 0.95 && /\s/.test(text);
}

function isHighEntropy(v: string): boolean {
  if (v.length < HIGH_ENTROPY_MIN_LENGTH || !TOKEN_CHARS.test(v) || PUBLIC_FORMATS.test(v) || isReference(v) || isBase64OfText(v)) return false;
  return shannonEntropy(v) >= HIGH_ENTROPY_BITS;
}

/** CONSTANT_CASE of a name: dbPassword → DB_PASSWORD, api-key → API_KEY. */
function constantCase(name: string): string {
  return name.replace(/([a-z0-9])([A-Z])/g, '$1_$2').replace(/[^A-Za-z0-9]+/g, '_').toUpperCase();
}

/** Kinds carried by a redaction marker; undefined when the value is not a marker. */
export function markerKinds(value: string): SecretKind[] | undefined {
  const m = MARKER.exec(value);
  if (!m) return undefined;
  const known = new Set<string>(SECRET_KINDS);
  return (m[1] ?? '').split(',').filter((k): k is SecretKind => known.has(k));
}

/** The redaction marker for a value in which the detector found `kinds`. */
export function redactionMarker(kinds: readonly SecretKind[]): string {
  return kinds.length ? `[REDACTED:${kinds.join(',')}]` : REDACTED_PLAIN;
}

/**
 * Kinds found in each variable, judged with its neighbours (a 40-character secret key is an AWS
 * secret access key when an access key id sits in the same map). Only variables with a finding
 * are returned, sorted by name. A redaction marker stands for the kinds it names.
 */
export function detectSecrets(variables: Readonly<Record<string, string>>): SecretHit[] {
  const entries = Object.entries(variables).filter(([, v]) => typeof v === 'string');
  const found = new Map<string, Set<SecretKind>>();
  const add = (name: string, kind: SecretKind) => {
    let s = found.get(name);
    if (!s) found.set(name, (s = new Set()));
    s.add(kind);
  };

  for (const [name, value] of entries) {
    const marked = markerKinds(value);
    if (marked) {
      for (const k of marked) add(name, k);
      continue;
    }
    const v = value.trim();
    if (!v) continue;
    for (const [kind, re] of PATTERNS) if (re.test(v)) add(name, kind);
    const conn = CONNECTION_STRING.exec(v);
    if (conn && !PLACEHOLDER.test(conn[1]!)) add(name, 'connection-string-password');
  }

  const hasAccessKeyId = [...found.values()].some((s) => s.has('aws-access-key-id'));
  for (const [name, value] of entries) {
    if (markerKinds(value)) continue;
    const v = value.trim();
    if (!v) continue;
    if (SECRET_ACCESS_KEY.test(v) && (hasAccessKeyId || SECRET_ACCESS_KEY_NAME.test(name))) add(name, 'aws-secret-access-key');
    const specific = found.get(name)?.size ?? 0; // a known format already explains the value
    const literal = !isReference(v) && !NON_SECRET_VALUE.test(v) && !/^https?:\/\/[^\s@]*$/i.test(v);
    if (SECRET_NAME.test(constantCase(name)) && literal) add(name, 'secret-name');
    if (!specific && isHighEntropy(v)) add(name, 'high-entropy');
  }

  return [...found.entries()]
    .map(([name, kinds]) => ({ name, kinds: SECRET_KINDS.filter((k) => kinds.has(k)) }))
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

/**
 * Known credential formats as they may sit inside any text (a tag value, a policy Sid or Condition
 * value, a description), each replaced by its marker. The private-key form takes the whole PEM
 * block (JSON-escaped line breaks included), not only its header; the connection-string form takes
 * the password only. Quotes and backslashes never belong to a match, so a JSON or URL-encoded
 * document stays a document of the same shape. Linear-time expressions only: the text is hostile.
 */
const TEXT_PATTERNS: readonly [SecretKind, RegExp][] = [
  ['private-key', /-----BEGIN (?:[A-Z0-9]+ )*PRIVATE KEY(?: BLOCK)?-----(?:[A-Za-z0-9+/=\s\\:,.]|-(?!----))*(?:-----END (?:[A-Z0-9]+ )*PRIVATE KEY(?: BLOCK)?-----)?/g],
  // Segments bounded: an unbounded run before "\." overflows the regexp backtrack stack on megabytes of "eyJeyJ…".
  ['jwt', /(?<![A-Za-z0-9_-])eyJ[A-Za-z0-9_-]{5,8192}\.eyJ[A-Za-z0-9_-]{5,65536}\.[A-Za-z0-9_-]{10,8192}/g],
  ...PATTERNS.filter(([kind]) => kind !== 'private-key' && kind !== 'jwt').map(([kind, re]): [SecretKind, RegExp] => [kind, new RegExp(re.source, 'g')]),
];
const TEXT_CONNECTION_STRING = /([a-z][a-z0-9+.-]{0,31}:\/\/[^\s:@/"'\\<>]{0,256}:)([^\s@/"'\\<>]{1,256})(@[^\s@"'\\<>])/gi;

/**
 * The text with every embedded credential of a known format replaced by "[REDACTED:<kind>]".
 * Used on every string of a recorded response; environment variables are redacted whole instead
 * (redactVariables), since there a secret need not have a known format.
 */
export function redactSecretsInText(text: string): string {
  // A URL-encoded document (IAM returns policies so): "%22AKIA…" hides the key behind an escape.
  if (/^\s*%[0-9a-f]{2}/i.test(text)) {
    let decoded: string | undefined;
    try {
      decoded = decodeURIComponent(text);
    } catch {
      /* not URL-encoded after all: redact as plain text */
    }
    if (decoded !== undefined) {
      const redacted = redactPlainText(decoded);
      if (redacted !== decoded) return encodeURIComponent(redacted);
    }
  }
  return redactPlainText(text);
}

/** Every string inside a JSON value passed through redactSecretsInText (keys included). */
export function redactSecretsInJson<T extends Json>(value: T): T {
  if (typeof value === 'string') return redactSecretsInText(value) as T;
  if (Array.isArray(value)) return value.map((v) => redactSecretsInJson(v)) as T;
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [redactSecretsInText(k), redactSecretsInJson(v)])) as T;
  }
  return value;
}

function redactPlainText(text: string): string {
  try {
    return redactKnownFormats(text);
  } catch {
    // A regexp engine limit on hostile text (backtrack stack): fail closed, keep nothing of it.
    return REDACTED_PLAIN;
  }
}

function redactKnownFormats(text: string): string {
  let out = text;
  for (const [kind, re] of TEXT_PATTERNS) out = out.replace(re, redactionMarker([kind]));
  return out.replace(TEXT_CONNECTION_STRING, (m: string, head: string, password: string, tail: string) =>
    PLACEHOLDER.test(password) || MARKER.test(password) ? m : `${head}${redactionMarker(['connection-string-password'])}${tail}`,
  );
}

/**
 * Replaces every value by a marker: "[REDACTED:<kinds>]" where the detector found something,
 * "[REDACTED]" otherwise. Non-string values become "[REDACTED]".
 */
export function redactVariables(variables: Readonly<Record<string, unknown>>): Record<string, string> {
  const strings = Object.fromEntries(Object.entries(variables).filter((e): e is [string, string] => typeof e[1] === 'string'));
  const kinds = new Map(detectSecrets(strings).map((h) => [h.name, h.kinds]));
  return Object.fromEntries(Object.keys(variables).map((name) => [name, redactionMarker(kinds.get(name) ?? [])]));
}
