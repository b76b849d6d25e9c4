import type { Trail } from '@aws-sdk/client-cloudtrail';
import type { CheckContext, CheckResult } from '../define.js';
import type { Bucket } from '../../inventory/s3.js';
import { trailHomeRegion } from '../../aws/arn.js';
import { trailRef } from './trails.js';

/**
 * Runs `judge` for the S3 bucket of every trail homed in the scope's region. A bucket that is not
 * in this account (a central log-archive account) cannot be read from here: ERROR naming it, so
 * the verdict comes from scanning the account that owns it, never a guess.
 */
export async function forEachTrailBucket(
  ctx: Pick<CheckContext, 'scope' | 'inventory' | 'result'>,
  judge: (trail: Trail, bucket: Bucket) => Promise<CheckResult>,
): Promise<CheckResult[]> {
  const { scope, inventory, result } = ctx;
  const trails = (await inventory.cloudtrail.trails(scope.region)).filter((t) => trailHomeRegion(t) === scope.region);
  if (!trails.length) return [];
  const buckets = new Map((await inventory.s3.buckets()).map((b) => [b.name, b]));
  return result.forEach(trails, trailRef, async (t) => {
    const bucket = t.S3BucketName ? buckets.get(t.S3BucketName) : undefined;
    if (bucket) return judge(t, bucket);
    return {
      status: 'ERROR' as const,
      resource: trailRef(t),
      message: `Could not evaluate: trail ${t.Name} delivers to bucket ${t.S3BucketName ?? '(none)'}, which is not in account ${scope.account}; scan the account that owns it`,
      evidence: { S3BucketName: t.S3BucketName ?? null },
    };
  });
}
