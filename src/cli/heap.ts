import { setFlagsFromString } from 'node:v8';

/**
 * How much V8 may grow the old generation past what survived its last full collection, in percent.
 *
 * Why: by default V8 lets the old generation grow to about four times what survived its last full
 * collection on a machine with a few gigabytes of memory. A large scan keeps about 150 MiB live
 * (findings, inventory, requests in flight) and makes garbage steadily (every response is parsed
 * into objects that live a few seconds), so it peaked at 650 to 790 MiB of RSS although it never
 * needed half of that. At 1.25 times the live size, the same scan peaks near the figure it reaches
 * with a hard cap (`--max-old-space-size=192`), with the same findings (BENCHMARKS.md: measured at
 * 25 and 50). Unlike a cap, a growth factor cannot make a larger estate fail with an out-of-memory
 * error: the heap still grows as far as the live set needs.
 */
export const HEAP_GROWING_PERCENT = 25;

/** V8 options with which the user (or the deployment) sized the heap themselves: theirs win. */
const USER_HEAP_OPTION = /--(max-old-space-size|max-heap-size|heap-growing-percent|max-semi-space-size)\b|--max_old_space_size\b|--max_heap_size\b|--heap_growing_percent\b/;

/** The V8 flag to set for this process, or undefined when the user chose the heap's size. */
export function leanHeapFlag(execArgv: readonly string[], nodeOptions: string | undefined): string | undefined {
  if ([...execArgv, nodeOptions ?? ''].some((a) => USER_HEAP_OPTION.test(a))) return undefined;
  return `--heap-growing-percent=${HEAP_GROWING_PERCENT}`;
}

/**
 * Applies it. V8 reads this flag each time it sets the next collection's threshold, so setting it
 * at start-up, before the scan allocates, takes effect for the whole run.
 */
export function leanHeap(execArgv: readonly string[] = process.execArgv, nodeOptions = process.env.NODE_OPTIONS): string | undefined {
  const flag = leanHeapFlag(execArgv, nodeOptions);
  if (flag) setFlagsFromString(flag);
  return flag;
}
