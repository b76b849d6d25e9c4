import type { ConfigurationRecorder, RecordingGroup } from '@aws-sdk/client-config-service';

/**
 * The global IAM resource types AWS Config records only where the recording group asks for them
 * (RecordingGroup API reference: "excluding the global IAM resource types: IAM users, groups, roles,
 * and customer managed policies").
 */
export const GLOBAL_IAM_RESOURCE_TYPES = ['AWS::IAM::User', 'AWS::IAM::Group', 'AWS::IAM::Role', 'AWS::IAM::Policy'] as const;

/**
 * A recorder the customer manages. Service-linked recorders (servicePrincipal set, e.g. the one
 * CloudWatch creates) record only what their service needs and are not the account's recorder.
 */
export function isCustomerManagedRecorder(r: Pick<ConfigurationRecorder, 'servicePrincipal'>): boolean {
  return !r.servicePrincipal;
}

/**
 * Records every supported resource type: allSupported (the older form, also required with
 * ALL_SUPPORTED_RESOURCE_TYPES), or the strategy ALL_SUPPORTED_RESOURCE_TYPES itself. An exclusion
 * strategy records all types but the excluded ones, so it counts only with an empty exclusion list.
 */
export function recordsAllSupported(group: RecordingGroup | undefined): boolean {
  if (!group) return false;
  const strategy = group.recordingStrategy?.useOnly;
  if (strategy === 'INCLUSION_BY_RESOURCE_TYPES') return false;
  if (strategy === 'EXCLUSION_BY_RESOURCE_TYPES') return !(group.exclusionByResourceTypes?.resourceTypes ?? []).length;
  return group.allSupported === true || strategy === 'ALL_SUPPORTED_RESOURCE_TYPES';
}

/**
 * Records the global IAM resource types: allSupported with includeGlobalResourceTypes; an exclusion
 * strategy that excludes none of them (ExclusionByResourceTypes API reference: global IAM types are
 * recorded unless excluded); or an inclusion list naming all four.
 */
export function recordsGlobalIamTypes(group: RecordingGroup | undefined): boolean {
  if (!group) return false;
  const strategy = group.recordingStrategy?.useOnly;
  if (strategy === 'EXCLUSION_BY_RESOURCE_TYPES') {
    const excluded = new Set(group.exclusionByResourceTypes?.resourceTypes ?? []);
    return GLOBAL_IAM_RESOURCE_TYPES.every((t) => !excluded.has(t));
  }
  if (strategy === 'INCLUSION_BY_RESOURCE_TYPES' || (group.allSupported !== true && strategy !== 'ALL_SUPPORTED_RESOURCE_TYPES')) {
    const included = new Set(group.resourceTypes ?? []);
    return GLOBAL_IAM_RESOURCE_TYPES.every((t) => included.has(t));
  }
  return group.includeGlobalResourceTypes === true;
}
