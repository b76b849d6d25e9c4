import { describe, expect, it } from 'vitest';
import { classicTlsPolicy, isCurrentTlsProfile, isWeakCipher, tlsPolicyProfile } from '../../src/lib/elb-tls-policies.js';
import { lbAttribute } from '../../src/lib/elb-attributes.js';

describe('ELB TLS security policies', () => {
  it.each([
    ['ELBSecurityPolicy-2016-08', 'TLSv1', true, false],
    ['ELBSecurityPolicy-TLS-1-1-2017-01', 'TLSv1.1', true, false],
    ['ELBSecurityPolicy-TLS-1-2-2017-01', 'TLSv1.2', false, true],
    ['ELBSecurityPolicy-TLS-1-2-Ext-2018-06', 'TLSv1.2', true, false],
    ['ELBSecurityPolicy-FS-1-2-Res-2020-10', 'TLSv1.2', false, true],
    ['ELBSecurityPolicy-TLS13-1-0-2021-06', 'TLSv1', false, false],
    ['ELBSecurityPolicy-TLS13-1-2-Res-2021-06', 'TLSv1.2', false, true],
    ['ELBSecurityPolicy-TLS13-1-2-Ext2-2021-06', 'TLSv1.2', true, false],
    ['ELBSecurityPolicy-TLS13-1-2-Res-PQ-2025-09', 'TLSv1.2', false, true],
    ['ELBSecurityPolicy-TLS13-1-3-FIPS-2023-04', 'TLSv1.3', false, true],
  ])('%s: minimum %s, weak ciphers %s, current %s', (name, min, weak, current) => {
    const p = tlsPolicyProfile(name)!;
    expect(p).toEqual({ minProtocol: min, weakCiphers: weak });
    expect(isCurrentTlsProfile(p)).toBe(current);
  });

  it('an unknown policy name has no profile', () => {
    expect(tlsPolicyProfile('my-custom-policy')).toBeNull();
  });

  it('weak ciphers: SHA-1 CBC, 3DES, RC4; not SHA-256/384 or GCM suites', () => {
    expect(['ECDHE-RSA-AES128-SHA', 'AES256-SHA', 'DES-CBC3-SHA', 'RC4-SHA', 'RC4-MD5'].every(isWeakCipher)).toBe(true);
    expect(['ECDHE-RSA-AES128-GCM-SHA256', 'ECDHE-ECDSA-AES256-SHA384', 'AES128-SHA256', 'ECDHE-RSA-AES128-SHA256'].some(isWeakCipher)).toBe(false);
  });

  it('classic policies: Protocol-* attributes decide; a reference alone falls back to the table', () => {
    const attrs = (o: Record<string, string>) => Object.entries(o).map(([AttributeName, AttributeValue]) => ({ AttributeName, AttributeValue }));
    expect(classicTlsPolicy(attrs({ 'Protocol-TLSv1': 'false', 'Protocol-TLSv1.1': 'false', 'Protocol-TLSv1.2': 'true', 'AES128-GCM-SHA256': 'true', 'AES128-SHA': 'false' }))).toMatchObject({ protocols: ['TLSv1.2'], weakCiphers: [], profile: { minProtocol: 'TLSv1.2', weakCiphers: false } });
    // A reference naming a TLS 1.2 policy does not hide a custom attribute turning TLS 1.0 on.
    expect(classicTlsPolicy(attrs({ 'Reference-Security-Policy': 'ELBSecurityPolicy-TLS-1-2-2017-01', 'Protocol-TLSv1': 'true', 'Protocol-TLSv1.2': 'true' })).profile).toEqual({ minProtocol: 'TLSv1', weakCiphers: false });
    expect(classicTlsPolicy(attrs({ 'Reference-Security-Policy': 'ELBSecurityPolicy-2015-05' }))).toMatchObject({ reference: 'ELBSecurityPolicy-2015-05', protocols: null, profile: { minProtocol: 'TLSv1' } });
    expect(classicTlsPolicy(attrs({ 'Protocol-TLSv1': 'false' })).profile).toBeNull();
  });

  it('load balancer attributes: a missing key reads as AWS\'s documented default, marked unreported', () => {
    expect(lbAttribute([{ Key: 'deletion_protection.enabled', Value: 'true' }], 'deletion_protection.enabled')).toEqual({ value: 'true', reported: true });
    expect(lbAttribute([], 'access_logs.s3.enabled')).toEqual({ value: 'false', reported: false });
    expect(() => lbAttribute([], 'idle_timeout.timeout_seconds')).toThrow(/no documented default/);
  });
});
