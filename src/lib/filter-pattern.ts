/**
 * CloudWatch Logs filter patterns, evaluated rather than pattern-matched as text. Other scanners
 * compare a metric filter's pattern against the CIS text with a regular expression, so a filter
 * written with other spacing, quoting, clause order or an extra exclusion is reported as missing.
 * We parse the pattern and run it against sample CloudTrail events instead: a filter monitors an
 * event class when it matches every event of the class and none of the benign look-alikes.
 *
 * Supported (CloudWatch Logs "filter and pattern syntax"):
 * - JSON patterns `{ selector op value }` with `=`, `!=`, `<`, `<=`, `>`, `>=`, `IS TRUE|FALSE|NULL`,
 *   `NOT EXISTS`, `&&`, `||`, parentheses, `*` wildcards in strings and `%regex%` values;
 * - term patterns (`ERROR`, `"Failed authentication"`, `?a ?b` alternatives, `-term` exclusions),
 *   matched against the raw event text; an empty pattern matches every event.
 * Space-delimited patterns (`[ip, user, ...]`) are reported as unsupported: such a filter is never
 * counted as monitoring anything, and the finding says why.
 */
import { wildcardMatch } from '../util/glob.js';
import type { Json } from '../util/json.js';

export type Event = { [key: string]: Json };

type Path = (string | number)[];
type Operator = '=' | '!=' | '<' | '<=' | '>' | '>=';
type Comparison =
  | { kind: 'cmp'; path: Path; op: Operator; value: number }
  | { kind: 'text'; path: Path; op: Operator; matches: (value: string) => boolean }
  | { kind: 'is'; path: Path; value: true | false | null }
  | { kind: 'not-exists'; path: Path };
type Expr = Comparison | { kind: 'and' | 'or'; left: Expr; right: Expr };

export interface FilterPattern {
  /** The pattern as written, for evidence. */
  readonly text: string;
  matches(event: Event): boolean;
}

export class FilterPatternError extends Error {}

/** Parses a CloudWatch Logs filter pattern; throws FilterPatternError for what it cannot evaluate. */
export function parseFilterPattern(text: string): FilterPattern {
  const trimmed = text.trim();
  if (trimmed.startsWith('{')) {
    const expr = new JsonPatternParser(trimmed).parse();
    return { text, matches: (event) => evaluate(expr, event) };
  }
  if (trimmed.startsWith('[')) throw new FilterPatternError('space-delimited patterns are not evaluated');
  const terms = termPattern(trimmed);
  return { text, matches: (event) => terms(JSON.stringify(event)) };
}

// --- JSON patterns

const TOKEN = /\s*(\$(?:\.[A-Za-z0-9_@-]+|\[\d+\])*|&&|\|\||\(|\)|\{|\}|!=|<=|>=|=|<|>|"(?:[^"\\]|\\.)*"|%(?:[^%\\]|\\.)*%|[^\s(){}=!<>&|"]+)/y;

class JsonPatternParser {
  private readonly tokens: string[] = [];
  private pos = 0;

  constructor(text: string) {
    let at = 0;
    while (text.slice(at).trim()) {
      TOKEN.lastIndex = at;
      const m = TOKEN.exec(text);
      if (!m) throw new FilterPatternError(`cannot read the pattern from "${text.slice(at, at + 20).trim()}"`);
      this.tokens.push(m[1]!);
      at = TOKEN.lastIndex;
    }
  }

  parse(): Expr {
    this.expect('{');
    const expr = this.or();
    this.expect('}');
    if (this.pos !== this.tokens.length) throw new FilterPatternError(`unexpected "${this.tokens[this.pos]}" after the closing brace`);
    return expr;
  }

  // && binds tighter than ||, as in the AWS examples' reading.
  private or(): Expr {
    let left = this.and();
    while (this.peek() === '||') {
      this.pos++;
      left = { kind: 'or', left, right: this.and() };
    }
    return left;
  }

  private and(): Expr {
    let left = this.primary();
    while (this.peek() === '&&') {
      this.pos++;
      left = { kind: 'and', left, right: this.primary() };
    }
    return left;
  }

  private primary(): Expr {
    if (this.peek() === '(') {
      this.pos++;
      const e = this.or();
      this.expect(')');
      return e;
    }
    const selector = this.next();
    if (!selector?.startsWith('$')) throw new FilterPatternError(`expected a $. selector, found "${selector ?? 'end of pattern'}"`);
    const path = parsePath(selector);
    const op = this.next()?.toUpperCase();
    if (op === 'IS') {
      const v = this.next()?.toUpperCase();
      if (v === 'TRUE' || v === 'FALSE' || v === 'NULL') return { kind: 'is', path, value: v === 'TRUE' ? true : v === 'FALSE' ? false : null };
      throw new FilterPatternError(`expected TRUE, FALSE or NULL after IS, found "${v ?? 'end of pattern'}"`);
    }
    if (op === 'NOT' && this.next()?.toUpperCase() === 'EXISTS') return { kind: 'not-exists', path };
    if (op === '=' || op === '!=' || op === '<' || op === '<=' || op === '>' || op === '>=') {
      const raw = this.next();
      if (raw === undefined || raw === ')' || raw === '}' || raw === '&&' || raw === '||') throw new FilterPatternError(`expected a value after ${selector} ${op}`);
      const quoted = raw.startsWith('"');
      const value = quoted ? (JSON.parse(raw) as string) : raw;
      if (!quoted && /^-?\d+(\.\d+)?([eE][-+]?\d+)?$/.test(value)) return { kind: 'cmp', path, op, value: Number(value) };
      return { kind: 'text', path, op, matches: textMatcher(value) };
    }
    throw new FilterPatternError(`expected an operator after ${selector}, found "${op ?? 'end of pattern'}"`);
  }

  private peek(): string | undefined {
    return this.tokens[this.pos];
  }

  private next(): string | undefined {
    return this.tokens[this.pos++];
  }

  private expect(token: string): void {
    const t = this.next();
    if (t !== token) throw new FilterPatternError(`expected "${token}", found "${t ?? 'end of pattern'}"`);
  }
}

function parsePath(selector: string): Path {
  const path: Path = [];
  for (const m of selector.slice(1).matchAll(/\.([^.[]+)|\[(\d+)\]/g)) path.push(m[1] ?? Number(m[2]));
  return path;
}

function lookup(event: Json, path: Path): { found: boolean; value?: Json } {
  let cur: Json | undefined = event;
  for (const key of path) {
    if (cur === null || typeof cur !== 'object') return { found: false };
    cur = Array.isArray(cur) ? (typeof key === 'number' ? cur[key] : undefined) : typeof key === 'string' ? cur[key] : undefined;
    if (cur === undefined) return { found: false };
  }
  return { found: true, value: cur };
}

function evaluate(e: Expr, event: Event): boolean {
  switch (e.kind) {
    case 'and':
      return evaluate(e.left, event) && evaluate(e.right, event);
    case 'or':
      return evaluate(e.left, event) || evaluate(e.right, event);
    case 'not-exists':
      return !lookup(event, e.path).found;
    case 'is': {
      const { found, value } = lookup(event, e.path);
      return found && value === e.value;
    }
    case 'cmp':
      return compare(e, event);
    case 'text':
      return compareText(e, event);
  }
}

/** The JSON value a comparison can look at: a scalar; a missing property, null or an object is none. */
function scalar(event: Event, path: Path): string | number | boolean | undefined {
  const { found, value } = lookup(event, path);
  return !found || value === null || typeof value === 'object' ? undefined : value;
}

function compare(e: Extract<Comparison, { kind: 'cmp' }>, event: Event): boolean {
  const value = scalar(event, e.path);
  // A comparison on a missing property does not match, for != as for = (AWS semantics).
  if (value === undefined) return false;
  const n = typeof value === 'number' ? value : Number(value);
  if (Number.isNaN(n)) return e.op === '!=';
  switch (e.op) {
    case '=': return n === e.value;
    case '!=': return n !== e.value;
    case '<': return n < e.value;
    case '<=': return n <= e.value;
    case '>': return n > e.value;
    case '>=': return n >= e.value;
  }
}

function compareText(e: Extract<Comparison, { kind: 'text' }>, event: Event): boolean {
  const value = scalar(event, e.path);
  if (value === undefined) return false;
  if (e.op !== '=' && e.op !== '!=') return false; // ordering operators apply to numbers only
  const equal = e.matches(String(value));
  return e.op === '=' ? equal : !equal;
}

/** Built once per comparison when the pattern is parsed: `%regex%`, `*` wildcards, or exact text. */
function textMatcher(pattern: string): (value: string) => boolean {
  if (pattern.length > 1 && pattern.startsWith('%') && pattern.endsWith('%')) {
    let re: RegExp;
    try {
      re = new RegExp(pattern.slice(1, -1));
    } catch {
      throw new FilterPatternError(`invalid regular expression ${pattern}`);
    }
    return (value) => re.test(value);
  }
  // Only '*' is a wildcard in filter patterns; '?' is a character like any other.
  return pattern.includes('*') ? (value) => wildcardMatch(pattern, value) : (value) => value === pattern;
}

// --- term patterns

function termPattern(text: string): (raw: string) => boolean {
  const terms = [...text.matchAll(/([?-]?)("(?:[^"\\]|\\.)*"|\S+)/g)].map((m) => ({
    mode: m[1] === '?' ? 'any' : m[1] === '-' ? 'not' : 'all',
    term: m[2]!.startsWith('"') ? (JSON.parse(m[2]!) as string) : m[2]!,
  }));
  const all = terms.filter((t) => t.mode === 'all');
  const any = terms.filter((t) => t.mode === 'any');
  const not = terms.filter((t) => t.mode === 'not');
  return (raw) =>
    all.every((t) => raw.includes(t.term)) && (!any.length || any.some((t) => raw.includes(t.term))) && !not.some((t) => raw.includes(t.term));
}
