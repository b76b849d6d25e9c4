export type Json = string | number | boolean | null | Json[] | { [key: string]: Json };
export type JsonObject = { [key: string]: Json };

/** JSON.stringify with sorted object keys: a stable key for caches, hashes and snapshots. */
export function stableStringify(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) => {
    if (v && typeof v === 'object' && !Array.isArray(v) && !(v instanceof Date)) {
      return Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
    }
    return v;
  });
}

/**
 * The first object key that appears twice in one object of a JSON text, with the path to it
 * (keys and array indexes); undefined when there is none. `JSON.parse` silently keeps the last
 * of two equal keys, so a config file could say one thing to a reviewer and another to the tool.
 * Expects text that `JSON.parse` accepted.
 */
export function findDuplicateKey(text: string): (string | number)[] | undefined {
  let i = 0;
  const ws = () => {
    while (i < text.length && ' \t\n\r\ufeff'.includes(text[i]!)) i++;
  };
  const str = (): string => {
    const start = i;
    i++; // opening quote
    while (text[i] !== '"') i += text[i] === '\\' ? 2 : 1;
    i++;
    return JSON.parse(text.slice(start, i)) as string;
  };
  const value = (path: (string | number)[]): (string | number)[] | undefined => {
    ws();
    const c = text[i];
    if (c === '{') {
      i++;
      const seen = new Set<string>();
      ws();
      if (text[i] === '}') return (i++, undefined);
      for (;;) {
        ws();
        const key = str();
        if (seen.has(key)) return [...path, key];
        seen.add(key);
        ws();
        i++; // colon
        const found = value([...path, key]);
        if (found) return found;
        ws();
        if (text[i++] === '}') return undefined;
      }
    }
    if (c === '[') {
      i++;
      ws();
      if (text[i] === ']') return (i++, undefined);
      for (let n = 0; ; n++) {
        const found = value([...path, n]);
        if (found) return found;
        ws();
        if (text[i++] === ']') return undefined;
      }
    }
    if (c === '"') str();
    else while (i < text.length && !',]} \t\n\r'.includes(text[i]!)) i++;
    return undefined;
  };
  return value([]);
}
