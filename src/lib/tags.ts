/** Reading AWS resource tags ({ Key, Value } lists, as S3, RDS and EC2 return them). */

export interface TagLike {
  Key?: string | undefined;
  Value?: string | undefined;
}

/**
 * The tag that puts the resource in a class named by configuration (classification, environment,
 * purpose): key `tagKey` exactly (tag keys are case-sensitive in AWS), value one of `tagValues`
 * compared without case. undefined when no tag matches.
 */
export function classifyingTag(tags: readonly TagLike[] | null | undefined, tagKey: string, tagValues: readonly string[]): { Key: string; Value: string } | undefined {
  const wanted = new Set(tagValues.map((v) => v.toLowerCase()));
  const t = (tags ?? []).find((x) => x.Key === tagKey && wanted.has((x.Value ?? '').toLowerCase()));
  return t ? { Key: t.Key!, Value: t.Value ?? '' } : undefined;
}
