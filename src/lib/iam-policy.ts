/**
 * IAM policy documents as AWS evaluates them: one statement or a list, actions and resources as a
 * string or a list, principals as '*', a string or a map of lists. Everything here is pure.
 */
import { globMatch } from '../util/glob.js';

export interface PolicyDocument {
  Version?: string;
  Id?: string;
  Statement: Statement[];
}

export type Principal = '*' | Record<string, string[]>;

export interface Statement {
  Sid?: string;
  Effect: 'Allow' | 'Deny';
  Action?: string[];
  NotAction?: string[];
  Resource?: string[];
  NotResource?: string[];
  Principal?: Principal;
  NotPrincipal?: Principal;
  Condition?: Record<string, Record<string, string[]>>;
}

/** What a hostile value is, for an error message: never the value itself (it may be huge or deeply nested). */
function kindOf(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return `an array of ${v.length}`;
  if (typeof v === 'object') return 'an object';
  if (typeof v === 'string') return v.length > 64 ? `a string of ${v.length} characters` : JSON.stringify(v);
  return `${typeof v} ${String(v)}`;
}

/** A string or a list of strings (Action, Resource, Principal members): anything else is not a policy. */
function strings(v: unknown, what: string): string[] | undefined {
  if (v === undefined) return undefined;
  const items = Array.isArray(v) ? v : [v];
  for (const x of items) if (typeof x !== 'string') throw new Error(`${what} must be a string or a list of strings, got ${kindOf(Array.isArray(v) ? x : v)}${Array.isArray(v) ? ' in the list' : ''}`);
  return items as string[];
}

/** Condition values: strings, booleans or numbers (Bool false, NumericLessThan 1.2), one or a list. */
function conditionValuesOf(v: unknown, what: string): string[] {
  const items = Array.isArray(v) ? v : [v];
  return items.map((x) => {
    if (typeof x === 'string') return x;
    if (typeof x === 'boolean' || (typeof x === 'number' && Number.isFinite(x))) return String(x);
    throw new Error(`${what} must be a string, boolean or number (or a list of them), got ${kindOf(x)}`);
  });
}

function principal(v: unknown, what: string): Principal | undefined {
  if (v === undefined) return undefined;
  if (v === '*') return '*';
  if (v && typeof v === 'object' && !Array.isArray(v)) {
    return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, strings(x, `${what}.${k}`) ?? []]));
  }
  throw new Error(`${what} must be "*" or an object, got ${kindOf(v)}`);
}

function condition(v: unknown, what: string): Statement['Condition'] {
  if (v === undefined) return undefined;
  if (!v || typeof v !== 'object' || Array.isArray(v)) throw new Error(`${what} must be an object, got ${kindOf(v)}`);
  return Object.fromEntries(
    Object.entries(v).map(([op, body]) => {
      if (!body || typeof body !== 'object' || Array.isArray(body)) throw new Error(`${what} operator ${op} must map keys to values`);
      return [op, Object.fromEntries(Object.entries(body).map(([k, x]) => [k, conditionValuesOf(x, `${what} ${op} ${k}`)]))];
    }),
  );
}

/**
 * Parses a policy document. IAM returns documents URL-encoded (GetAccountAuthorizationDetails);
 * S3 returns them plain. Throws on anything that is not a policy.
 */
export function parsePolicyDocument(input: string | object): PolicyDocument {
  let raw: unknown = input;
  if (typeof input === 'string') {
    let text = input.trim();
    // URL-encoded (RFC 3986): starts with an escape such as %7B ("{"), or %0A / %20 when the stored
    // document begins with whitespace. A plain JSON document starts with "{" and is never decoded.
    if (/^%[0-9a-f]{2}/i.test(text)) {
      try {
        text = decodeURIComponent(text);
      } catch {
        throw new Error('policy document is not valid URL-encoded JSON');
      }
    }
    try {
      raw = JSON.parse(text);
    } catch {
      throw new Error('policy document is not valid JSON');
    }
  }
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) throw new Error('policy document is not a JSON object');
  const doc = raw as Record<string, unknown>;
  const stmts = doc.Statement === undefined ? [] : Array.isArray(doc.Statement) ? doc.Statement : [doc.Statement];
  return {
    ...(typeof doc.Version === 'string' ? { Version: doc.Version } : {}),
    ...(typeof doc.Id === 'string' ? { Id: doc.Id } : {}),
    Statement: stmts.map((s: unknown, i: number) => {
      if (!s || typeof s !== 'object' || Array.isArray(s)) throw new Error(`Statement ${i} is not an object, got ${kindOf(s)}`);
      const st = s as Record<string, unknown>;
      if (st.Effect !== 'Allow' && st.Effect !== 'Deny') throw new Error(`Statement ${i} has Effect ${kindOf(st.Effect)}`);
      const out: Statement = { Effect: st.Effect };
      if (st.Sid !== undefined) {
        if (typeof st.Sid !== 'string') throw new Error(`Statement ${i} Sid must be a string, got ${kindOf(st.Sid)}`);
        out.Sid = st.Sid;
      }
      for (const k of ['Action', 'NotAction', 'Resource', 'NotResource'] as const) {
        const v = strings(st[k], `Statement ${i} ${k}`);
        if (v) out[k] = v;
      }
      const p = principal(st.Principal, `Statement ${i} Principal`);
      if (p) out.Principal = p;
      const np = principal(st.NotPrincipal, `Statement ${i} NotPrincipal`);
      if (np) out.NotPrincipal = np;
      const c = condition(st.Condition, `Statement ${i} Condition`);
      if (c) out.Condition = c;
      return out;
    }),
  };
}


/** Whether the statement's action set covers `action` (Action match, or NotAction that does not exclude it). */
export function statementCoversAction(s: Statement, action: string): boolean {
  if (s.Action) return s.Action.some((a) => globMatch(a, action, true));
  if (s.NotAction) return !s.NotAction.some((a) => globMatch(a, action, true));
  return false;
}

/** Whether the statement applies to every resource ("*"), the shape of an admin grant. */
export function statementCoversAllResources(s: Statement): boolean {
  if (s.Resource) return s.Resource.includes('*');
  // NotResource with an Allow covers everything but the listed resources: treat as all.
  return !!s.NotResource;
}

/** Allow of every action on every resource: `"Action": "*"` (or `*:*`) with `"Resource": "*"`, no NotAction. */
export function isFullAdminStatement(s: Statement): boolean {
  return s.Effect === 'Allow' && !!s.Action && s.Action.some((a) => a === '*' || a === '*:*') && statementCoversAllResources(s);
}

/** Whether a principal admits anyone: "*", {"AWS": "*"} or a wildcard in the list. */
export function isAnonymousPrincipal(p: Principal | undefined): boolean {
  if (!p) return false;
  if (p === '*') return true;
  return (p.AWS ?? []).includes('*');
}

/** Condition values under an operator family (e.g. 'Bool' matches 'Bool' and 'ForAnyValue:Bool') for a key, case-insensitive key. */
export function conditionValues(s: Statement, operator: string, key: string): string[] | undefined {
  if (!s.Condition) return undefined;
  for (const [op, body] of Object.entries(s.Condition)) {
    const bare = op.replace(/^(ForAnyValue|ForAllValues):/, '').replace(/IfExists$/, '');
    if (bare !== operator) continue;
    for (const [k, v] of Object.entries(body)) if (k.toLowerCase() === key.toLowerCase()) return v;
  }
  return undefined;
}

/**
 * Allow of every action except a list (`NotAction`) on every resource. It grants all actions of
 * every service, present and future, but the listed ones: administrative in all but name.
 */
export function isAllowAllExceptStatement(s: Statement): boolean {
  return s.Effect === 'Allow' && !s.Action && !!s.NotAction && statementCoversAllResources(s);
}
