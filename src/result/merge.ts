import { randomUUID } from 'node:crypto';
import { sortErrors, sortFindings, summarize, type ScanResult, type SuppressionStatus } from './result.js';

/** Results that cannot be combined into one (different tools, checks, overlapping accounts): exit 2. */
export class MergeError extends Error {}

export interface MergeInput {
  /** Where it came from, for error messages (a file path). */
  source: string;
  result: ScanResult;
}

const sameList = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x, i) => x === b[i]);
const min = (xs: string[]) => xs.reduce((a, b) => (b < a ? b : a));
const max = (xs: string[]) => xs.reduce((a, b) => (b > a ? b : a));

/**
 * Combines the results of the shards of one scan into the result an unsharded scan of the same
 * accounts would have written. Equal up to timing: a new scan id, the earliest start and latest
 * finish, and API call counts summed. Findings are concatenated and sorted as a scan sorts them,
 * the summary is recomputed, accounts, regions and errors are unioned. Refused: different tool
 * versions, schema versions, modes or check sets, and any account present in two inputs.
 */
export function mergeResults(inputs: readonly MergeInput[]): ScanResult {
  if (!inputs.length) throw new MergeError('merge needs at least one result');
  const [first, ...rest] = inputs;
  const f = first!.result;
  for (const { source, result: r } of rest) {
    if (r.schemaVersion !== f.schemaVersion) throw new MergeError(`${source} has result schemaVersion ${r.schemaVersion}, ${first!.source} has ${f.schemaVersion}: results of different schema versions cannot be merged`);
    if (r.tool.version !== f.tool.version) throw new MergeError(`${source} was written by srm-audit ${r.tool.version}, ${first!.source} by ${f.tool.version}: run every shard with the same version`);
    if (r.scan.mode !== f.scan.mode) throw new MergeError(`${source} is a ${r.scan.mode} scan, ${first!.source} a ${f.scan.mode} scan: they cannot be merged`);
    if (!sameList([...r.scan.checks].sort(), [...f.scan.checks].sort())) {
      const a = new Set(f.scan.checks);
      const b = new Set(r.scan.checks);
      const diff = [...f.scan.checks.filter((c) => !b.has(c)).map((c) => `-${c}`), ...r.scan.checks.filter((c) => !a.has(c)).map((c) => `+${c}`)];
      throw new MergeError(`${source} ran other checks than ${first!.source} (${diff.slice(0, 5).join(', ')}${diff.length > 5 ? ', …' : ''}): run every shard with the same check selection`);
    }
  }
  const owner = new Map<string, string>();
  for (const { source, result: r } of inputs) {
    for (const a of r.scan.accounts) {
      const other = owner.get(a);
      if (other !== undefined) throw new MergeError(`account ${a} is in both ${other} and ${source}: merge the results of different shards of one scan, each once`);
      owner.set(a, source);
    }
  }

  const results = inputs.map((i) => i.result);
  const findings = sortFindings(results.flatMap((r) => r.findings));
  const apiCallsByOperation: Record<string, number> = {};
  for (const r of results) for (const [op, n] of Object.entries(r.scan.apiCallsByOperation)) apiCallsByOperation[op] = (apiCallsByOperation[op] ?? 0) + n;
  const identities = new Set(results.map((r) => r.scan.identity));
  const identity = identities.size === 1 ? [...identities][0] : undefined;
  const interrupted = [...new Set(results.map((r) => r.scan.interrupted).filter((x): x is string => !!x))];

  return {
    schemaVersion: f.schemaVersion,
    tool: { ...f.tool },
    scan: {
      id: randomUUID(),
      startedAt: min(results.map((r) => r.scan.startedAt)),
      finishedAt: max(results.map((r) => r.scan.finishedAt)),
      mode: f.scan.mode,
      evaluatedAt: min(results.map((r) => r.scan.evaluatedAt)),
      ...(identity ? { identity } : {}),
      accounts: [...owner.keys()].sort(),
      regions: [...new Set(results.flatMap((r) => r.scan.regions))].sort(),
      checks: [...f.scan.checks].sort(),
      // Every shard ran the same checks (checked above): the first one's descriptions hold for all.
      ...(f.scan.checkInfo ? { checkInfo: f.scan.checkInfo } : {}),
      apiCalls: results.reduce((n, r) => n + r.scan.apiCalls, 0),
      apiCallsByOperation: Object.fromEntries(Object.entries(apiCallsByOperation).sort(([a], [b]) => a.localeCompare(b))),
      errors: sortErrors(results.flatMap((r) => r.scan.errors.map((e) => ({ ...e })))),
      suppressions: mergeSuppressions(results.map((r) => r.scan.suppressions)),
      incomplete: findings.some((x) => x.status === 'ERROR') || results.some((r) => r.scan.incomplete && r.scan.interrupted !== undefined),
      ...(interrupted.length ? { interrupted: interrupted.join('; ') } : {}),
      mergedFrom: results.map((r) => r.scan.id),
      ...mergeCoverage(results),
    },
    findings,
    summary: summarize(findings),
  };
}

/** Shards cover different accounts: their regions' coverage lists concatenate. Absent when any shard had none. */
function mergeCoverage(results: readonly ScanResult[]): Pick<ScanResult['scan'], 'coverage'> {
  const parts = results.map((r) => r.scan.coverage);
  if (!parts.every((c): c is NonNullable<typeof c> => !!c)) return {};
  const byScope = (a: { account: string; region: string }, b: { account: string; region: string }) => a.account.localeCompare(b.account) || a.region.localeCompare(b.region);
  return {
    coverage: {
      source: parts[0]!.source,
      regions: parts.flatMap((c) => c.regions).sort(byScope),
      unjudged: parts.flatMap((c) => c.unjudged).sort((a, b) => byScope(a, b) || a.service.localeCompare(b.service)),
    },
  };
}

/** The same suppressions (one config) seen by every shard: matches summed, first-seen order kept. */
function mergeSuppressions(lists: SuppressionStatus[][]): SuppressionStatus[] {
  const out = new Map<string, SuppressionStatus>();
  for (const list of lists) {
    for (const s of list) {
      const key = JSON.stringify([s.checkId, s.resource, s.reason, s.by, s.expires ?? null, s.status]);
      const seen = out.get(key);
      if (seen) {
        seen.matched += s.matched;
        if (s.errorsNotMuted !== undefined) seen.errorsNotMuted = (seen.errorsNotMuted ?? 0) + s.errorsNotMuted;
      } else out.set(key, { ...s });
    }
  }
  return [...out.values()];
}
