/** Secrets Manager secrets as check resources: their reference, and which region owns their rotation and use. */
import type { SecretListEntry } from '@aws-sdk/client-secrets-manager';
import type { ResourceRef } from '../define.js';

export function secretRef(s: Pick<SecretListEntry, 'ARN' | 'Name'>): ResourceRef {
  return { arn: s.ARN!, id: s.Name ?? s.ARN! };
}

/**
 * A replica of a secret whose primary is in another region. Replicas cannot be rotated (the
 * primary's rotation replicates to them) and a disaster-recovery replica is expected to go unread,
 * so rotation and use are judged at the primary only.
 */
export function isReplicaSecret(s: Pick<SecretListEntry, 'PrimaryRegion'>, region: string): boolean {
  return !!s.PrimaryRegion && s.PrimaryRegion !== region;
}
