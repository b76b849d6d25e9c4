import type { Finding } from './finding.js';
import type { ScanResult } from './result.js';

export interface ResultDiff {
  newFailures: Finding[];
  resolved: Finding[];
  stillFailing: Finding[];
  newErrors: Finding[];
}

const open = (f: Finding) => f.status === 'FAIL' && !f.muted;

/** Compares two results by stable finding id. "Resolved" means it failed before and does not fail now. */
export function diffResults(before: ScanResult, after: ScanResult): ResultDiff {
  const old = new Map(before.findings.map((f) => [f.id, f]));
  const now = new Map(after.findings.map((f) => [f.id, f]));
  return {
    newFailures: after.findings.filter((f) => open(f) && !(old.get(f.id) && open(old.get(f.id)!))),
    resolved: before.findings.filter((f) => open(f) && !(now.get(f.id) && open(now.get(f.id)!))),
    stillFailing: after.findings.filter((f) => open(f) && old.get(f.id) && open(old.get(f.id)!)),
    newErrors: after.findings.filter((f) => f.status === 'ERROR' && old.get(f.id)?.status !== 'ERROR'),
  };
}
