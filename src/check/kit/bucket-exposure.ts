import type { Inventory } from '../../inventory/index.js';
import type { Bucket } from '../../inventory/s3.js';
import { publicStatements, statementEvidence } from '../../lib/resource-policy.js';
import type { Json, JsonObject } from '../../util/json.js';
import { effectivePublicAccessBlock, publicAclGrants } from '../../lib/s3-public-access.js';

/**
 * Why a bucket is public (empty when it is not) and the settings that decided it. A bucket is
 * public when its ACL grants AllUsers/AuthenticatedUsers or its policy grants anyone access, and
 * Block Public Access (bucket or account) does not neutralise that.
 */
export async function bucketExposure(inventory: Inventory, b: Bucket): Promise<{ reasons: string[]; evidence: JsonObject }> {
  const [bucketPab, accountPab] = await Promise.all([inventory.s3.publicAccessBlock(b), inventory.s3.accountPublicAccessBlock()]);
  const bpa = effectivePublicAccessBlock(bucketPab, accountPab);
  const evidence: JsonObject = { IgnorePublicAcls: bpa.IgnorePublicAcls, RestrictPublicBuckets: bpa.RestrictPublicBuckets };
  const reasons: string[] = [];

  // IgnorePublicAcls makes S3 disregard public grants: the ACL need not be read.
  if (!bpa.IgnorePublicAcls) {
    const grants = publicAclGrants((await inventory.s3.acl(b)).Grants ?? []);
    evidence.Grants = grants.map((g): Json => ({ URI: g.Grantee?.URI ?? '', Permission: g.Permission ?? '' }));
    if (grants.length) reasons.push(`its ACL grants ${grants.map((g) => `${g.Permission} to ${g.Grantee?.URI?.split('/').pop()}`).join(', ')}`);
  }

  // RestrictPublicBuckets limits a public policy to AWS services and the owner's account.
  if (!bpa.RestrictPublicBuckets) {
    const policy = await inventory.s3.bucketPolicy(b);
    if (policy) {
      const status = await inventory.s3.policyStatus(b);
      const statements = publicStatements(policy, 's3');
      // S3's own verdict decides when it gives one; moto (and a missing answer) leave IsPublic unset.
      const isPublic = typeof status?.IsPublic === 'boolean' ? status.IsPublic : statements.length > 0;
      evidence.IsPublic = status?.IsPublic ?? null;
      evidence.Statement = statements.map(statementEvidence);
      if (isPublic) reasons.push(statements.length ? `its policy grants public access (${statements.map((s, i) => s.Sid ?? `statement ${i + 1}`).join(', ')})` : 'S3 reports its policy as public');
    }
  }
  return { reasons, evidence };
}
