import { describe, expect, it } from 'vitest';
import { compareMinorVersions, EKS_VERSION_SUPPORT, eksVersionStatus, parseMinorVersion } from '../../src/lib/eks-versions.js';

describe('EKS version support table', () => {
  it('every entry is 12 months of extended support after standard support', () => {
    for (const [v, s] of Object.entries(EKS_VERSION_SUPPORT)) {
      expect(parseMinorVersion(v), v).toBeDefined();
      const std = new Date(`${s.standardSupportEnd}T00:00:00Z`);
      const ext = new Date(`${s.extendedSupportEnd}T00:00:00Z`);
      expect(ext.getUTCFullYear() * 12 + ext.getUTCMonth() - (std.getUTCFullYear() * 12 + std.getUTCMonth()), v).toBe(12);
    }
  });

  it('orders versions numerically (1.9 < 1.10) and classifies a day', () => {
    expect(compareMinorVersions('1.9', '1.10')).toBeLessThan(0);
    expect(eksVersionStatus('1.31', '2025-11-26').kind).toBe('standard');
    expect(eksVersionStatus('1.31', '2025-11-27').kind).toBe('extended');
    expect(eksVersionStatus('1.31', '2026-11-27').kind).toBe('unsupported');
    expect(eksVersionStatus('1.18', '2020-01-01').kind).toBe('unsupported');
    expect(eksVersionStatus('1.99', '2026-01-01').kind).toBe('newer-than-table');
  });
});
