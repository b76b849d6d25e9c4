/**
 * S3 Block Public Access as S3 enforces it: the bucket's and the account's settings combine per
 * flag, and the most restrictive wins (a flag is on if either level turns it on). A level that was
 * never configured, or a flag it leaves out, is off. Everything here is pure.
 */
import type { Grant, PublicAccessBlockConfiguration } from '@aws-sdk/client-s3';
import type { JsonObject } from '../util/json.js';

export const BPA_FLAGS = ['BlockPublicAcls', 'IgnorePublicAcls', 'BlockPublicPolicy', 'RestrictPublicBuckets'] as const;
export type BpaFlag = (typeof BPA_FLAGS)[number];
export type EffectivePublicAccessBlock = Record<BpaFlag, boolean>;

/** The settings in force for a bucket: bucket flag OR account flag, for each of the four flags. */
export function effectivePublicAccessBlock(
  bucket: PublicAccessBlockConfiguration | null,
  account: PublicAccessBlockConfiguration | null,
): EffectivePublicAccessBlock {
  const out = {} as EffectivePublicAccessBlock;
  for (const f of BPA_FLAGS) out[f] = bucket?.[f] === true || account?.[f] === true;
  return out;
}

/** The flags that are not on. */
export function missingFlags(pab: Partial<Record<BpaFlag, boolean | undefined>> | null): BpaFlag[] {
  return BPA_FLAGS.filter((f) => pab?.[f] !== true);
}

/** A configuration as evidence: the four flags under their AWS names, or null when never configured. */
export function pabEvidence(pab: PublicAccessBlockConfiguration | null): JsonObject | null {
  if (!pab) return null;
  return Object.fromEntries(BPA_FLAGS.map((f) => [f, pab[f] ?? false]));
}

/** The predefined groups S3 treats as public in an ACL (AWS: "The meaning of public", ACLs). */
export const PUBLIC_GROUP_URIS = [
  'http://acs.amazonaws.com/groups/global/AllUsers',
  'http://acs.amazonaws.com/groups/global/AuthenticatedUsers',
] as const;

/** ACL grants to AllUsers or AuthenticatedUsers (any permission makes the ACL public). */
export function publicAclGrants(grants: readonly Grant[]): Grant[] {
  return grants.filter((g) => g.Grantee?.Type === 'Group' && (PUBLIC_GROUP_URIS as readonly string[]).includes(g.Grantee.URI ?? ''));
}
