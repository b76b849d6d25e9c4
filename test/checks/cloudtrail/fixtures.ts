import type { Trail } from '@aws-sdk/client-cloudtrail';

export const ACCOUNT = '111122223333';

/** A trail as DescribeTrails returns it (includeShadowTrails: true). */
export function trail(Name: string, over: Partial<Trail> = {}): Trail {
  const HomeRegion = over.HomeRegion ?? 'us-east-1';
  return {
    Name,
    TrailARN: `arn:aws:cloudtrail:${HomeRegion}:${over.TrailARN?.split(':')[4] ?? ACCOUNT}:trail/${Name}`,
    HomeRegion,
    S3BucketName: `${Name}-logs`,
    IsMultiRegionTrail: true,
    IsOrganizationTrail: false,
    LogFileValidationEnabled: true,
    IncludeGlobalServiceEvents: true,
    HasCustomEventSelectors: false,
    ...over,
  };
}

/** AWS's default selector for a new trail: all management events, read and write. */
export const DEFAULT_SELECTORS = { EventSelectors: [{ ReadWriteType: 'All' as const, IncludeManagementEvents: true, DataResources: [], ExcludeManagementEventSources: [] }] };
