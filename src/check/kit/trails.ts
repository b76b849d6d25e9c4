import type { Trail } from '@aws-sdk/client-cloudtrail';
import type { CheckResult, ResourceRef, ScanScope } from '../define.js';
import type { CloudTrailInventory } from '../../inventory/cloudtrail.js';
import { eventSelectorsEvidence, logsAllManagementEvents } from '../../lib/event-selectors.js';
import type { JsonObject } from '../../util/json.js';

export function trailRef(t: Pick<Trail, 'TrailARN' | 'Name'>): ResourceRef {
  return { arn: t.TrailARN ?? '', id: t.Name ?? t.TrailARN ?? '' };
}

/** The resource of an account-level verdict over all of an account's trails. */
export function accountTrailsRef(scope: Pick<ScanScope, 'account' | 'partition'>): ResourceRef {
  return { arn: `arn:${scope.partition}:cloudtrail::${scope.account}:trail/*`, id: scope.account };
}

/**
 * One account-level result from per-trail verdicts, for controls met by any one trail (CIS 3.1
 * "a multi-region trail exists", 3.8/3.9): PASS when any trail qualifies; otherwise ERROR when some
 * trail could not be read (it might have qualified), else FAIL naming why each trail does not.
 * `condition` completes "Trail X …" / "No trail …" (e.g. "is multi-region and logging").
 */
export function trailSetVerdict(ref: ResourceRef, judged: readonly CheckResult[], condition: string, regions: readonly string[]): CheckResult {
  const trails = judged.map((r): JsonObject => ({ TrailARN: r.resource.arn, status: r.status, ...(r.evidence ?? {}) }));
  const passing = judged.filter((r) => r.status === 'PASS');
  if (passing.length) {
    return {
      status: 'PASS',
      resource: ref,
      message: `Trail ${passing.map((r) => r.resource.id).join(', ')} ${condition}`,
      evidence: { qualifyingTrails: passing.map((r) => r.resource.arn), trails },
    };
  }
  const errors = judged.filter((r) => r.status === 'ERROR');
  if (errors.length) {
    return {
      status: 'ERROR',
      resource: ref,
      message: `No readable trail ${condition}; ${errors.length} trail(s) could not be read: ${errors.map((r) => `${r.resource.id}: ${r.message}`).join('; ')}`,
      evidence: { trails },
    };
  }
  if (!judged.length) {
    return { status: 'FAIL', resource: ref, message: `No trail exists in the scanned regions (${regions.join(', ')})`, evidence: { trails: [], regions: [...regions] } };
  }
  return { status: 'FAIL', resource: ref, message: `No trail ${condition}: ${judged.map((r) => r.message).join('; ')}`, evidence: { trails } };
}

/**
 * CIS's bar for "the" trail: multi-region, logging, and recording all management events, read and
 * write. `problem` completes "Trail X …" when it falls short; the evidence holds what decided it.
 */
export async function managementTrailVerdict(cloudtrail: Pick<CloudTrailInventory, 'trailStatus' | 'eventSelectors'>, t: Trail): Promise<{ problem?: string; evidence: JsonObject }> {
  if (!t.IsMultiRegionTrail) return { problem: `is single-region (${t.HomeRegion})`, evidence: { IsMultiRegionTrail: false } };
  const [status, selectors] = await Promise.all([cloudtrail.trailStatus(t), cloudtrail.eventSelectors(t)]);
  const read = logsAllManagementEvents(selectors, 'read');
  const write = logsAllManagementEvents(selectors, 'write');
  const evidence = { IsMultiRegionTrail: true, IsOrganizationTrail: t.IsOrganizationTrail ?? false, IsLogging: status.IsLogging ?? null, ...eventSelectorsEvidence(selectors) };
  if (status.IsLogging !== true) return { problem: 'is not logging', evidence };
  if (!read || !write) return { problem: `does not record all ${!read && !write ? 'read and write' : !read ? 'read' : 'write'} management events`, evidence };
  return { evidence };
}
