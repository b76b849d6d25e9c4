import { describe, expect, it } from 'vitest';
import { effectivePublicAccessBlock, missingFlags, pabEvidence, publicAclGrants } from '../../src/lib/s3-public-access.js';

const ALL = { BlockPublicAcls: true, IgnorePublicAcls: true, BlockPublicPolicy: true, RestrictPublicBuckets: true };
const NONE = { BlockPublicAcls: false, IgnorePublicAcls: false, BlockPublicPolicy: false, RestrictPublicBuckets: false };

describe('effectivePublicAccessBlock', () => {
  it('ORs bucket and account per flag', () => {
    expect(effectivePublicAccessBlock({ ...NONE, BlockPublicAcls: true, IgnorePublicAcls: true }, { ...NONE, BlockPublicPolicy: true, RestrictPublicBuckets: true })).toEqual(ALL);
  });

  it('treats a level never configured (null) and a flag left out as off', () => {
    expect(effectivePublicAccessBlock(null, null)).toEqual(NONE);
    expect(effectivePublicAccessBlock({ BlockPublicAcls: true }, null)).toEqual({ ...NONE, BlockPublicAcls: true });
    expect(effectivePublicAccessBlock(null, ALL)).toEqual(ALL);
  });

  it('missingFlags lists flags not on; everything for null', () => {
    expect(missingFlags({ ...ALL, RestrictPublicBuckets: false })).toEqual(['RestrictPublicBuckets']);
    expect(missingFlags(null)).toEqual(['BlockPublicAcls', 'IgnorePublicAcls', 'BlockPublicPolicy', 'RestrictPublicBuckets']);
    expect(missingFlags(ALL)).toEqual([]);
  });

  it('pabEvidence fills absent flags with false and keeps null', () => {
    expect(pabEvidence({ BlockPublicAcls: true })).toEqual({ ...NONE, BlockPublicAcls: true });
    expect(pabEvidence(null)).toBeNull();
  });
});

describe('publicAclGrants', () => {
  it('keeps grants to AllUsers and AuthenticatedUsers only', () => {
    const grants = [
      { Grantee: { Type: 'CanonicalUser' as const, ID: 'owner' }, Permission: 'FULL_CONTROL' as const },
      { Grantee: { Type: 'Group' as const, URI: 'http://acs.amazonaws.com/groups/global/AllUsers' }, Permission: 'READ' as const },
      { Grantee: { Type: 'Group' as const, URI: 'http://acs.amazonaws.com/groups/global/AuthenticatedUsers' }, Permission: 'WRITE' as const },
      { Grantee: { Type: 'Group' as const, URI: 'http://acs.amazonaws.com/groups/s3/LogDelivery' }, Permission: 'WRITE' as const },
    ];
    expect(publicAclGrants(grants).map((g) => g.Permission)).toEqual(['READ', 'WRITE']);
  });
});
