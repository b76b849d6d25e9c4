import { describe, expect, it } from 'vitest';
import { HEAP_GROWING_PERCENT, leanHeapFlag } from '../../src/cli/heap.js';

describe('lean heap by default', () => {
  it('asks V8 to collect before the heap grows past 1.25 times its live size when nobody sized the heap', () => {
    expect(HEAP_GROWING_PERCENT).toBe(25);
    expect(leanHeapFlag([], undefined)).toBe('--heap-growing-percent=25');
    expect(leanHeapFlag(['--enable-source-maps'], '--trace-warnings')).toBe('--heap-growing-percent=25');
  });

  it.each([
    [['--max-old-space-size=192'], undefined],
    [[], '--max-old-space-size=512'],
    [[], '--trace-warnings --max_old_space_size=512'],
    [['--max-heap-size=300'], undefined],
    [[], '--heap-growing-percent=0'],
    [['--max-semi-space-size=64'], ''],
  ])('leaves the heap alone when the user sized it (%j, NODE_OPTIONS %j)', (execArgv, nodeOptions) => {
    expect(leanHeapFlag(execArgv, nodeOptions)).toBeUndefined();
  });
});
