/**
 * moto, started with MOTO_IAM_LOAD_MANAGED_POLICIES=true, answers GetAccountAuthorizationDetails
 * (Filter AWSManagedPolicy) with every AWS managed policy it knows, ~1,500 documents (megabytes),
 * attached or not; the checks judge only the ones a principal holds. This drops the AWS managed
 * policies with AttachmentCount 0 from the recorded answer, and only those, so the demo snapshot
 * stays small and holds the policies in use.
 */
import type { Snapshot } from '../src/inventory/snapshot.js';

export function trimUnusedAwsManagedPolicies(snapshot: Snapshot): number {
  let dropped = 0;
  for (const entry of snapshot.entries) {
    if (entry.operation !== 'GetAccountAuthorizationDetails' || !entry.output) continue;
    const out = entry.output as { Policies?: { Arn?: string; AttachmentCount?: number }[] };
    if (!out.Policies) continue;
    const kept = out.Policies.filter((p) => !(p.Arn?.includes(':iam::aws:policy/') && p.AttachmentCount === 0));
    dropped += out.Policies.length - kept.length;
    out.Policies = kept;
  }
  return dropped;
}
