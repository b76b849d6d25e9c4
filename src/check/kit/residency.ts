import type { CheckResult, ResourceRef, ResultBuilder } from '../define.js';
import type { JsonObject } from '../../util/json.js';

export interface Resident {
  ref: ResourceRef;
  /** How messages name it: "Volume vol-1", "Function orders". */
  label: string;
  region: string;
  evidence?: JsonObject;
}

/**
 * The data-residency verdict shared by every *-in-allowed-region check: PASS inside the configured
 * allowedRegions, FAIL outside. No allowedRegions configured: nothing is judged (no finding).
 */
export function residencyVerdicts(result: ResultBuilder, allowedRegions: readonly string[], items: readonly Resident[]): CheckResult[] {
  if (!allowedRegions.length) return [];
  return items.map(({ ref, label, region, evidence }) => {
    const ev = { region, allowedRegions: [...allowedRegions], ...(evidence ?? {}) };
    return allowedRegions.includes(region)
      ? result.pass(ref, `${label} is in ${region}, an allowed region`, ev)
      : result.fail(ref, `${label} is in ${region}, outside the allowed regions`, ev);
  });
}
