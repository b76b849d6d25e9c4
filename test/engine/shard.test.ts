import { describe, expect, it } from 'vitest';
import { formatShard, inShard, parseShard, ShardSpecError, shardOf } from '../../src/engine/shard.js';

const ids = Array.from({ length: 500 }, (_, i) => String(100000000000 + i * 7919));

describe('shard assignment', () => {
  it('parses K/N with 1 ≤ K ≤ N', () => {
    expect(parseShard('1/1')).toEqual({ index: 1, count: 1 });
    expect(parseShard('3/8')).toEqual({ index: 3, count: 8 });
    expect(parseShard(' 2 / 5 ')).toEqual({ index: 2, count: 5 });
    expect(formatShard({ index: 2, count: 5 })).toBe('2/5');
  });

  it('rejects anything else with one sentence', () => {
    for (const bad of ['0/3', '4/3', '1/0', '3', '', 'a/b', '-1/3', '1.5/3', '1/3/4', '2/100000']) {
      expect(() => parseShard(bad), bad).toThrow(ShardSpecError);
      expect(() => parseShard(bad), bad).toThrow(/^--shard /);
    }
    expect(() => parseShard('4/3')).toThrow('--shard 4/3: the shard number K must be from 1 to 3');
  });

  it('puts every account in exactly one shard, whatever N', () => {
    for (const n of [1, 2, 3, 7, 16]) {
      for (const id of ids) {
        const owners = Array.from({ length: n }, (_, k) => k + 1).filter((k) => inShard(id, { index: k, count: n }));
        expect(owners, `${id} of ${n}`).toEqual([shardOf(id, n)]);
      }
    }
  });

  it('depends on the account id only: deterministic and independent of list order and of the other accounts', () => {
    const a = ids.map((id) => shardOf(id, 5));
    const reversed = [...ids].reverse().map((id) => shardOf(id, 5)).reverse();
    expect(reversed).toEqual(a);
    expect(shardOf('123456789012', 4)).toBe(shardOf('123456789012', 4));
    // Pinned (first 32 bits of SHA-256 of the id, mod N, plus 1): a change of the function would reshuffle running deployments' shards.
    expect(['111111111111', '222222222222', '123456789012'].map((id) => shardOf(id, 3))).toEqual([3, 2, 1]);
  });

  it('spreads many accounts roughly evenly', () => {
    const sizes = [0, 0, 0, 0];
    for (const id of ids) sizes[shardOf(id, 4) - 1]!++;
    for (const s of sizes) expect(s).toBeGreaterThan(90);
  });
});
