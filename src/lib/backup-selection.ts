/**
 * Whether an AWS Backup resource selection assigns every resource carrying a tag. Pure; reads the
 * selection document of GetBackupSelection (API reference, BackupSelection):
 * - ListOfTags (legacy): StringEquals only; a resource matching ANY entry is assigned (OR).
 * - Conditions: StringEquals / StringLike / StringNotEquals / StringNotLike on `aws:ResourceTag/<key>`;
 *   a resource must match ALL of them (AND), within Resources.
 * - Resources: ARNs (wildcards allowed, "*" is every supported resource); NotResources excludes.
 * The reading is deliberately strict: a selection counts only when it assigns every resource with
 * the tag. ARN lists, resource-type wildcards, exclusions and extra conditions select a subset, so
 * they do not count (a resource tagged tomorrow would not be backed up).
 */
import type { BackupSelection, ConditionParameter } from '@aws-sdk/client-backup';
import { globMatch } from '../util/glob.js';

export interface TagTarget {
  key: string;
  /** '*' : any value (the key marks resources for backup, values name the schedule). */
  value: string;
}

export interface Coverage {
  covers: boolean;
  /** How the selection assigns the tagged resources, or why it does not assign all of them. */
  via: string;
}

const isAll = (resources: readonly string[]): boolean => resources.length === 0 || resources.includes('*');

function valueMatches(op: 'StringEquals' | 'StringLike', conditionValue: string | undefined, target: TagTarget): boolean {
  if (conditionValue === undefined) return false;
  if (target.value === '*') return true;
  return op === 'StringEquals' ? conditionValue === target.value : globMatch(conditionValue, target.value);
}

export function selectionCoversTag(sel: Pick<BackupSelection, 'Resources' | 'NotResources' | 'ListOfTags' | 'Conditions'>, target: TagTarget): Coverage {
  const resources = sel.Resources ?? [];
  const tagKey = `aws:ResourceTag/${target.key}`;
  if (sel.NotResources?.length) return { covers: false, via: `excludes resources (NotResources ${sel.NotResources.length})` };
  // ListOfTags: OR of its entries; with Resources limited to some ARNs the combination is not "every tagged resource".
  const tagged = (sel.ListOfTags ?? []).find(
    (c) => c.ConditionType === 'STRINGEQUALS' && (c.ConditionKey === target.key || c.ConditionKey === tagKey) && valueMatches('StringEquals', c.ConditionValue, target),
  );
  if (tagged && isAll(resources)) return { covers: true, via: `ListOfTags ${tagged.ConditionKey}=${String(tagged.ConditionValue)}` };
  const c = sel.Conditions ?? {};
  const positive: Array<['StringEquals' | 'StringLike', ConditionParameter]> = [
    ...(c.StringEquals ?? []).map((p): ['StringEquals', ConditionParameter] => ['StringEquals', p]),
    ...(c.StringLike ?? []).map((p): ['StringLike', ConditionParameter] => ['StringLike', p]),
  ];
  const negative = [...(c.StringNotEquals ?? []), ...(c.StringNotLike ?? [])];
  const onTag = positive.filter(([, p]) => p.ConditionKey === tagKey);
  if (onTag.length) {
    if (!resources.includes('*')) return { covers: false, via: `tag condition limited to ${resources.length} resource ARN pattern(s)` };
    if (negative.length || onTag.length !== positive.length) return { covers: false, via: 'tag condition narrowed by further conditions (AND)' };
    if (!onTag.every(([op, p]) => valueMatches(op, p.ConditionValue, target))) return { covers: false, via: `condition on ${tagKey} selects other values` };
    return { covers: true, via: `Conditions ${onTag.map(([op, p]) => `${op} ${tagKey}=${String(p.ConditionValue)}`).join(' AND ')}` };
  }
  if (resources.includes('*') && !positive.length && !negative.length && !(sel.ListOfTags ?? []).length) return { covers: true, via: 'Resources * (every supported resource)' };
  if (tagged) return { covers: false, via: `ListOfTags combined with ${resources.length} resource ARN pattern(s)` };
  return { covers: false, via: resources.length ? `assigns ${resources.length} resource ARN pattern(s), not by the tag` : 'does not select by the tag' };
}
