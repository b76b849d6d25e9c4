import type { AdvancedFieldSelector } from '@aws-sdk/client-cloudtrail';
import { describe, expect, it } from 'vitest';
import { fieldAdmits, logsAllManagementEvents, logsAllS3ObjectEvents } from '../../src/lib/event-selectors.js';

describe('event selectors', () => {
  it('management events: basic selectors', () => {
    expect(logsAllManagementEvents({ EventSelectors: [{ ReadWriteType: 'All', IncludeManagementEvents: true }] }, 'read')).toBe(true);
    expect(logsAllManagementEvents({ EventSelectors: [{ IncludeManagementEvents: true }] }, 'write')).toBe(true); // ReadWriteType defaults to All
    expect(logsAllManagementEvents({ EventSelectors: [{ ReadWriteType: 'ReadOnly', IncludeManagementEvents: true }] }, 'write')).toBe(false);
    // Two selectors together cover both (selectors are OR-ed).
    const split = { EventSelectors: [{ ReadWriteType: 'ReadOnly' as const }, { ReadWriteType: 'WriteOnly' as const }] };
    expect(logsAllManagementEvents(split, 'read') && logsAllManagementEvents(split, 'write')).toBe(true);
    expect(logsAllManagementEvents({ EventSelectors: [{ IncludeManagementEvents: false }] }, 'read')).toBe(false);
    expect(logsAllManagementEvents({ EventSelectors: [{ ExcludeManagementEventSources: ['rdsdata.amazonaws.com'] }] }, 'read')).toBe(false);
    expect(logsAllManagementEvents({}, 'read')).toBe(false);
  });

  it('management events: advanced selectors', () => {
    const mgmt = (extra: AdvancedFieldSelector[] = []) => ({ AdvancedEventSelectors: [{ FieldSelectors: [{ Field: 'eventCategory', Equals: ['Management'] }, ...extra] }] });
    expect(logsAllManagementEvents(mgmt(), 'read')).toBe(true);
    expect(logsAllManagementEvents(mgmt([{ Field: 'readOnly', Equals: ['false'] }]), 'write')).toBe(true);
    expect(logsAllManagementEvents(mgmt([{ Field: 'readOnly', Equals: ['false'] }]), 'read')).toBe(false);
    expect(logsAllManagementEvents(mgmt([{ Field: 'eventSource', NotEquals: ['kms.amazonaws.com'] }]), 'read')).toBe(false);
    expect(logsAllManagementEvents({ AdvancedEventSelectors: [{ FieldSelectors: [{ Field: 'eventCategory', Equals: ['Data'] }] }] }, 'read')).toBe(false);
  });

  it('S3 object events for all buckets', () => {
    const basic = (Values: string[], ReadWriteType: 'All' | 'ReadOnly' | 'WriteOnly' = 'All') => ({ EventSelectors: [{ ReadWriteType, DataResources: [{ Type: 'AWS::S3::Object', Values }] }] });
    expect(logsAllS3ObjectEvents(basic(['arn:aws:s3']), 'read')).toBe(true);
    expect(logsAllS3ObjectEvents(basic(['arn:aws:s3:::']), 'write')).toBe(true);
    expect(logsAllS3ObjectEvents(basic(['arn:aws:s3:::bucket/']), 'write')).toBe(false);
    expect(logsAllS3ObjectEvents(basic(['arn:aws:s3'], 'WriteOnly'), 'read')).toBe(false);
    expect(logsAllS3ObjectEvents(basic(['arn:aws-us-gov:s3']), 'read', 'aws-us-gov')).toBe(true);
    const adv = (extra: AdvancedFieldSelector[]) => ({ AdvancedEventSelectors: [{ FieldSelectors: [{ Field: 'eventCategory', Equals: ['Data'] }, { Field: 'resources.type', Equals: ['AWS::S3::Object'] }, ...extra] }] });
    expect(logsAllS3ObjectEvents(adv([]), 'read')).toBe(true);
    expect(logsAllS3ObjectEvents(adv([{ Field: 'readOnly', Equals: ['true'] }]), 'read')).toBe(true);
    expect(logsAllS3ObjectEvents(adv([{ Field: 'readOnly', Equals: ['true'] }]), 'write')).toBe(false);
    expect(logsAllS3ObjectEvents(adv([{ Field: 'resources.ARN', StartsWith: ['arn:aws:s3:::'] }]), 'write')).toBe(true);
    expect(logsAllS3ObjectEvents(adv([{ Field: 'resources.ARN', StartsWith: ['arn:aws:s3:::logs/'] }]), 'write')).toBe(false);
    expect(logsAllS3ObjectEvents(adv([{ Field: 'eventName', Equals: ['PutObject'] }]), 'write')).toBe(false);
  });

  it('field selector operators: alternatives within one, all of them together', () => {
    expect(fieldAdmits({ Field: 'x', Equals: ['a', 'b'] }, 'b')).toBe(true);
    expect(fieldAdmits({ Field: 'x', NotEquals: ['b'] }, 'b')).toBe(false);
    expect(fieldAdmits({ Field: 'x', StartsWith: ['arn:'], NotEndsWith: ['/tmp'] }, 'arn:x/tmp')).toBe(false);
  });
});
