import type { AdvancedEventSelector, AdvancedFieldSelector, EventSelector } from '@aws-sdk/client-cloudtrail';
import type { JsonObject } from '../util/json.js';

/**
 * What a trail records, judged from its event selectors (GetEventSelectors). A trail uses either
 * basic `EventSelectors` or `AdvancedEventSelectors`; selectors are OR-ed, so an event is logged
 * when any one selector lets it through.
 *
 * AWS semantics this follows (CloudTrail User Guide, "Logging management events" / "Logging data
 * events", API reference EventSelector / AdvancedFieldSelector):
 * - Basic: `ReadWriteType` (All | ReadOnly | WriteOnly, default All) applies to the selector's
 *   management and data events; `IncludeManagementEvents` defaults to true;
 *   `ExcludeManagementEventSources` (e.g. kms.amazonaws.com) drops some management events.
 *   S3 object data events for all buckets: a DataResource of Type `AWS::S3::Object` with the value
 *   `arn:<partition>:s3` (the "all current and future buckets" value) or the prefix
 *   `arn:<partition>:s3:::`.
 * - Advanced: within a selector every field selector must match (AND); within a field selector
 *   every operator present must match (AND); the values of one operator are alternatives (OR) for
 *   Equals / StartsWith / EndsWith and exclusions for the Not* operators.
 *
 * "All" is judged conservatively: a selector whose extra conditions (eventSource, eventName,
 * userIdentity.arn, a bucket-specific resources.ARN, …) might drop some events does not count.
 */
export interface TrailEventSelectors {
  EventSelectors?: readonly EventSelector[];
  AdvancedEventSelectors?: readonly AdvancedEventSelector[];
}

/** Read-only or mutating API activity (CloudTrail's `readOnly` field is 'true' for reads). */
export type Access = 'read' | 'write';

const READ_WRITE_TYPES: Record<Access, readonly string[]> = { read: ['All', 'ReadOnly'], write: ['All', 'WriteOnly'] };
const READ_ONLY_VALUE: Record<Access, string> = { read: 'true', write: 'false' };

/** Whether an advanced field selector lets through an event whose field has the value `value`. */
export function fieldAdmits(fs: AdvancedFieldSelector, value: string): boolean {
  if (fs.Equals?.length && !fs.Equals.includes(value)) return false;
  if (fs.StartsWith?.length && !fs.StartsWith.some((p) => value.startsWith(p))) return false;
  if (fs.EndsWith?.length && !fs.EndsWith.some((s) => value.endsWith(s))) return false;
  if (fs.NotEquals?.some((v) => v === value)) return false;
  if (fs.NotStartsWith?.some((p) => value.startsWith(p))) return false;
  if (fs.NotEndsWith?.some((s) => value.endsWith(s))) return false;
  return true;
}

const hasOnly = (fs: AdvancedFieldSelector, op: keyof AdvancedFieldSelector): boolean =>
  (['Equals', 'StartsWith', 'EndsWith', 'NotEquals', 'NotStartsWith', 'NotEndsWith'] as const).every((k) => k === op || !fs[k]?.length);

/**
 * Whether every field selector of an advanced selector admits every event of a class. `fields`
 * maps each field the class may be filtered on without losing events to that test; any other
 * field makes the selector partial. `required` fields must be present.
 */
function advancedCovers(sel: AdvancedEventSelector, fields: Record<string, (fs: AdvancedFieldSelector) => boolean>, required: readonly string[]): boolean {
  const list = sel.FieldSelectors ?? [];
  if (!required.every((f) => list.some((fs) => fs.Field === f))) return false;
  return list.every((fs) => {
    const test = fs.Field ? fields[fs.Field] : undefined;
    return test ? test(fs) : false;
  });
}

const basicRwMatches = (s: EventSelector, access: Access) => READ_WRITE_TYPES[access].includes(s.ReadWriteType ?? 'All');

/** Whether the selectors log every management event of the given access (read or write). */
export function logsAllManagementEvents(sel: TrailEventSelectors, access: Access): boolean {
  const basic = (sel.EventSelectors ?? []).some(
    (s) => s.IncludeManagementEvents !== false && basicRwMatches(s, access) && !s.ExcludeManagementEventSources?.length,
  );
  const advanced = (sel.AdvancedEventSelectors ?? []).some((s) =>
    advancedCovers(
      s,
      {
        eventCategory: (fs) => fieldAdmits(fs, 'Management'),
        readOnly: (fs) => fieldAdmits(fs, READ_ONLY_VALUE[access]),
      },
      ['eventCategory'],
    ),
  );
  return basic || advanced;
}

/** Whether the selectors log S3 object-level data events of the given access for every bucket. */
export function logsAllS3ObjectEvents(sel: TrailEventSelectors, access: Access, partition = 'aws'): boolean {
  const allBuckets = [`arn:${partition}:s3`, `arn:${partition}:s3:::`];
  const basic = (sel.EventSelectors ?? []).some(
    (s) => basicRwMatches(s, access) && (s.DataResources ?? []).some((d) => d.Type === 'AWS::S3::Object' && (d.Values ?? []).some((v) => allBuckets.includes(v))),
  );
  const objectArnBase = `arn:${partition}:s3:::`;
  const advanced = (sel.AdvancedEventSelectors ?? []).some((s) =>
    advancedCovers(
      s,
      {
        eventCategory: (fs) => fieldAdmits(fs, 'Data'),
        'resources.type': (fs) => fieldAdmits(fs, 'AWS::S3::Object'),
        readOnly: (fs) => fieldAdmits(fs, READ_ONLY_VALUE[access]),
        eventSource: (fs) => fieldAdmits(fs, 's3.amazonaws.com'),
        // Only a prefix every object ARN starts with keeps all buckets (`arn:aws:s3:::`).
        'resources.ARN': (fs) => hasOnly(fs, 'StartsWith') && (fs.StartsWith ?? []).some((p) => objectArnBase.startsWith(p)),
      },
      ['eventCategory', 'resources.type'],
    ),
  );
  return basic || advanced;
}

/** The raw selectors as evidence (AWS field names), only the kinds the trail has. */
export function eventSelectorsEvidence(sel: TrailEventSelectors): JsonObject {
  return JSON.parse(
    JSON.stringify({
      ...(sel.EventSelectors?.length ? { EventSelectors: sel.EventSelectors } : {}),
      ...(sel.AdvancedEventSelectors?.length ? { AdvancedEventSelectors: sel.AdvancedEventSelectors } : {}),
    }),
  ) as JsonObject;
}

/** What a trail's selectors say about one S3 object-event class, as the evidence of a verdict. */
export function s3ObjectEventsEvidence(sel: TrailEventSelectors, access: Access, partition: string): { logged: boolean; evidence: JsonObject } {
  const logged = logsAllS3ObjectEvents(sel, access, partition);
  return { logged, evidence: { [access === 'write' ? 'logsAllS3ObjectWriteEvents' : 'logsAllS3ObjectReadEvents']: logged, ...eventSelectorsEvidence(sel) } };
}
