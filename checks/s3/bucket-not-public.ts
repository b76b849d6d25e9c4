import { defineCheck } from '../../src/check/define.js';
import { publicStatements, statementEvidence } from '../../src/lib/bucket-policy.js';
import type { Json, JsonObject } from '../../src/lib/json.js';
import { effectivePublicAccessBlock, publicAclGrants } from '../../src/lib/s3-public-access.js';

export default defineCheck({
  id: 's3.bucket-not-public',
  title: 'S3 buckets are not public through their ACL or bucket policy',
  description:
    'A bucket is public when its ACL grants AllUsers or AuthenticatedUsers, or its policy grants access to anyone without fixed limiting conditions, and Block Public Access does not neutralise it (IgnorePublicAcls for ACLs, RestrictPublicBuckets for policies).',
  service: 's3',
  resourceType: 'AWS::S3::Bucket',
  severity: 'critical',
  duty: 'identity-access',
  serviceModel: 'SaaS',
  scope: 'global',
  remediation: {
    text: 'Remove the public ACL grants and public policy statements, or turn on IgnorePublicAcls and RestrictPublicBuckets (bucket or account Block Public Access). Serve public content through CloudFront with origin access control instead.',
    cli: 'aws s3api put-public-access-block --bucket <bucket> --public-access-block-configuration BlockPublicAcls=true,IgnorePublicAcls=true,BlockPublicPolicy=true,RestrictPublicBuckets=true',
    url: 'https://docs.aws.amazon.com/AmazonS3/latest/userguide/access-control-block-public-access.html',
  },
  async run({ inventory, result }) {
    const buckets = await inventory.s3.buckets();
    return result.forEach(buckets, (b) => ({ arn: b.arn, id: b.name }), async (b) => {
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
          const statements = publicStatements(policy);
          // S3's own verdict decides when it gives one; moto (and a missing answer) leave IsPublic unset.
          const isPublic = typeof status?.IsPublic === 'boolean' ? status.IsPublic : statements.length > 0;
          evidence.IsPublic = status?.IsPublic ?? null;
          evidence.Statement = statements.map(statementEvidence);
          if (isPublic) reasons.push(statements.length ? `its policy grants public access (${statements.map((s, i) => s.Sid ?? `statement ${i + 1}`).join(', ')})` : 'S3 reports its policy as public');
        }
      }

      const ref = { arn: b.arn, id: b.name };
      return reasons.length
        ? result.fail(ref, `Bucket ${b.name} is public: ${reasons.join('; ')}`, evidence)
        : result.pass(ref, `Bucket ${b.name} is not public through its ACL or policy`, evidence);
    });
  },
});
