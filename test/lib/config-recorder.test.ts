import { describe, expect, it } from 'vitest';
import { GLOBAL_IAM_RESOURCE_TYPES, isCustomerManagedRecorder, recordsAllSupported, recordsGlobalIamTypes } from '../../src/lib/config-recorder.js';

describe('config-recorder', () => {
  it('recordsAllSupported: allSupported, the ALL_SUPPORTED strategy, or an exclusion strategy with nothing excluded', () => {
    expect(recordsAllSupported({ allSupported: true })).toBe(true);
    expect(recordsAllSupported({ allSupported: false, recordingStrategy: { useOnly: 'ALL_SUPPORTED_RESOURCE_TYPES' } })).toBe(true);
    expect(recordsAllSupported({ allSupported: false, recordingStrategy: { useOnly: 'EXCLUSION_BY_RESOURCE_TYPES' }, exclusionByResourceTypes: { resourceTypes: [] } })).toBe(true);
    expect(recordsAllSupported({ allSupported: false, recordingStrategy: { useOnly: 'EXCLUSION_BY_RESOURCE_TYPES' }, exclusionByResourceTypes: { resourceTypes: ['AWS::EC2::Instance'] } })).toBe(false);
    expect(recordsAllSupported({ allSupported: false, resourceTypes: ['AWS::EC2::Instance'], recordingStrategy: { useOnly: 'INCLUSION_BY_RESOURCE_TYPES' } })).toBe(false);
    expect(recordsAllSupported({ allSupported: false })).toBe(false);
    expect(recordsAllSupported(undefined)).toBe(false);
  });

  it('recordsGlobalIamTypes follows each recording form', () => {
    expect(recordsGlobalIamTypes({ allSupported: true, includeGlobalResourceTypes: true })).toBe(true);
    expect(recordsGlobalIamTypes({ allSupported: true, includeGlobalResourceTypes: false })).toBe(false);
    expect(recordsGlobalIamTypes({ allSupported: true })).toBe(false);
    expect(recordsGlobalIamTypes({ recordingStrategy: { useOnly: 'EXCLUSION_BY_RESOURCE_TYPES' }, exclusionByResourceTypes: { resourceTypes: ['AWS::EC2::Instance'] } })).toBe(true);
    expect(recordsGlobalIamTypes({ recordingStrategy: { useOnly: 'EXCLUSION_BY_RESOURCE_TYPES' }, exclusionByResourceTypes: { resourceTypes: ['AWS::IAM::Role'] } })).toBe(false);
    expect(recordsGlobalIamTypes({ allSupported: false, recordingStrategy: { useOnly: 'INCLUSION_BY_RESOURCE_TYPES' }, resourceTypes: [...GLOBAL_IAM_RESOURCE_TYPES] })).toBe(true);
    expect(recordsGlobalIamTypes({ allSupported: false, resourceTypes: ['AWS::IAM::User'] })).toBe(false);
    expect(recordsGlobalIamTypes(undefined)).toBe(false);
  });

  it('service-linked recorders are not customer-managed', () => {
    expect(isCustomerManagedRecorder({})).toBe(true);
    expect(isCustomerManagedRecorder({ servicePrincipal: 'cloudwatch.amazonaws.com' })).toBe(false);
  });
});
