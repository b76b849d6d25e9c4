import { createHash } from 'node:crypto';

/** One slice of a multi-account scan: shard `index` of `count` (1-based). */
export interface Shard {
  index: number;
  count: number;
}

/** A --shard value that is not K/N with 1 ≤ K ≤ N: a usage error. */
export class ShardSpecError extends Error {}

export const MAX_SHARDS = 10_000;

/** Parses `K/N` (e.g. `2/5`). */
export function parseShard(spec: string): Shard {
  const m = /^\s*(\d+)\s*\/\s*(\d+)\s*$/.exec(spec);
  if (!m) throw new ShardSpecError(`--shard must be K/N, shard K of N with 1 ≤ K ≤ N (e.g. 2/5), not "${spec}"`);
  const index = Number(m[1]);
  const count = Number(m[2]);
  if (count < 1 || count > MAX_SHARDS) throw new ShardSpecError(`--shard ${spec}: the shard count N must be from 1 to ${MAX_SHARDS}`);
  if (index < 1 || index > count) throw new ShardSpecError(`--shard ${spec}: the shard number K must be from 1 to ${count}`);
  return { index, count };
}

export const formatShard = (s: Shard) => `${s.index}/${s.count}`;

/**
 * The shard (1-based) an account belongs to: the first 32 bits of SHA-256(account id), mod N.
 * It depends on the account id alone, never on the list order or on the other accounts, so shard
 * processes that list the organization at slightly different times still agree on every account
 * they both see, and no account is scanned twice. (With few accounts the shards can be uneven.)
 */
export function shardOf(accountId: string, count: number): number {
  const h = createHash('sha256').update(accountId).digest().readUInt32BE(0);
  return (h % count) + 1;
}

export const inShard = (accountId: string, shard: Shard): boolean => shardOf(accountId, shard.count) === shard.index;
