/** A memoized getter; `peek` answers only from the cache (no request), for data that is used if some check already read it. */
export type Memoized<A extends readonly unknown[], T> = ((...args: A) => Promise<T>) & { peek(...args: A): Promise<T> | undefined };

/**
 * Memoizes an async getter by key. The promise is cached, rejections included: concurrent callers
 * share one in-flight request, and a denied call is made once, not once per check.
 */
export function memo<A extends readonly unknown[], T>(fn: (...args: A) => Promise<T>, key: (...args: A) => string = (...args) => args.join('|')): Memoized<A, T> {
  const cache = new Map<string, Promise<T>>();
  const get = (...args: A): Promise<T> => {
    const k = key(...args);
    let p = cache.get(k);
    if (!p) {
      p = fn(...args);
      // Avoid an unhandled-rejection warning for a cached failure nobody awaits yet.
      p.catch(() => undefined);
      cache.set(k, p);
    }
    return p;
  };
  return Object.assign(get, { peek: (...args: A) => cache.get(key(...args)) });
}
