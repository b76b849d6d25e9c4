import type { CacheBehavior, DefaultCacheBehavior, DistributionConfig, Origin } from '@aws-sdk/client-cloudfront';

/** The default cache behaviour and every path-pattern behaviour, each with its path ('*' for the default). */
export function cacheBehaviors(config: DistributionConfig): { PathPattern: string; behavior: DefaultCacheBehavior | CacheBehavior }[] {
  const all: { PathPattern: string; behavior: DefaultCacheBehavior | CacheBehavior }[] = [];
  if (config.DefaultCacheBehavior) all.push({ PathPattern: 'Default (*)', behavior: config.DefaultCacheBehavior });
  for (const b of config.CacheBehaviors?.Items ?? []) all.push({ PathPattern: b.PathPattern ?? '', behavior: b });
  return all;
}

export function origins(config: DistributionConfig): Origin[] {
  return config.Origins?.Items ?? [];
}

/** An S3 REST endpoint host (bucket.s3.amazonaws.com, bucket.s3.<region>.amazonaws.com, …), not a website endpoint. */
const S3_REST_HOST = /\.s3(?:[.-][a-z0-9-]+)?\.amazonaws\.com(?:\.cn)?$/i;

/**
 * The origin is an S3 bucket's REST endpoint: S3OriginConfig is set, or (in an answer that carries
 * neither origin config) the domain is an S3 REST host. S3 website endpoints are custom origins.
 */
export function isS3RestOrigin(o: Origin): boolean {
  if (o.S3OriginConfig) return true;
  if (o.CustomOriginConfig || o.VpcOriginConfig) return false;
  const host = o.DomainName ?? '';
  return S3_REST_HOST.test(host) && !/\.s3-website[.-]/i.test(host);
}

/** The origin ids a behaviour's TargetOriginId reaches: the members of an origin group, or the origin itself. */
export function targetOrigins(config: DistributionConfig, targetOriginId: string): string[] {
  const group = (config.OriginGroups?.Items ?? []).find((g) => g.Id === targetOriginId);
  return group ? (group.Members?.Items ?? []).map((m) => m.OriginId ?? '') : [targetOriginId];
}
