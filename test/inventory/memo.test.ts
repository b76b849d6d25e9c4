import { describe, expect, it } from 'vitest';
import { memo } from '../../src/inventory/memo.js';

describe('memo', () => {
  it('calls once per key, caches rejections, and peek answers from the cache only', async () => {
    let calls = 0;
    const get = memo(async (region: string) => {
      calls++;
      if (region === 'denied') throw new Error('AccessDenied');
      return `data of ${region}`;
    });
    expect(get.peek('eu-west-1')).toBeUndefined();
    expect(calls).toBe(0);
    await Promise.all([get('eu-west-1'), get('eu-west-1')]);
    expect(calls).toBe(1);
    await expect(get.peek('eu-west-1')).resolves.toBe('data of eu-west-1');
    await expect(get('denied')).rejects.toThrow('AccessDenied');
    await expect(get.peek('denied')).rejects.toThrow('AccessDenied');
    expect(calls).toBe(2);
  });
});
