/**
 * Wildcard matching without regular expressions: `*` matches any run of characters and, with
 * `anyOne`, `?` matches one. Linear space, O(pattern × value) at worst: a regular expression built
 * from a hostile pattern such as "*a*a*a*a*a*a*a*a*a*a*b" would backtrack exponentially. Patterns
 * come from AWS data (policies, metric filters) and user input (check selections, suppressions).
 */
export function wildcardMatch(pattern: string, value: string, opts: { anyOne?: boolean; caseInsensitive?: boolean } = {}): boolean {
  const p = opts.caseInsensitive ? pattern.toLowerCase() : pattern;
  const v = opts.caseInsensitive ? value.toLowerCase() : value;
  let pi = 0;
  let vi = 0;
  let star = -1; // pattern index just after the last '*'
  let mark = 0; // value index that '*' was last extended to
  while (vi < v.length) {
    if (pi < p.length && ((opts.anyOne && p[pi] === '?') || (p[pi] !== '*' && p[pi] === v[vi]))) {
      pi++;
      vi++;
    } else if (pi < p.length && p[pi] === '*') {
      star = ++pi;
      mark = vi;
    } else if (star >= 0) {
      pi = star;
      vi = ++mark;
    } else {
      return false;
    }
  }
  while (pi < p.length && p[pi] === '*') pi++;
  return pi === p.length;
}

/** Glob match as IAM does for actions and resources (and as check selections and suppressions do): `*` any run, `?` one character. */
export function globMatch(pattern: string, value: string, caseInsensitive = false): boolean {
  return wildcardMatch(pattern, value, { anyOne: true, caseInsensitive });
}
