/**
 * Amazon EKS Kubernetes minor versions and the end of their standard support (14 months after EKS
 * released the version; extended support, at extra cost, lasts 12 months more, then EKS upgrades the
 * cluster itself). Data, kept in one place: update it when AWS publishes a new version.
 *
 * Source: Amazon EKS User Guide, "Understand the Kubernetes version lifecycle on EKS" (release
 * calendar), https://docs.aws.amazon.com/eks/latest/userguide/kubernetes-versions.html, as published
 * in February 2026 (1.35 released 2026-01-27). Dates of versions still in support are AWS's
 * projected dates.
 */
export const EKS_VERSION_SOURCE = 'https://docs.aws.amazon.com/eks/latest/userguide/kubernetes-versions.html';

export interface EksVersionSupport {
  /** End of standard support (UTC, YYYY-MM-DD). */
  standardSupportEnd: string;
  /** End of extended support (UTC, YYYY-MM-DD). */
  extendedSupportEnd: string;
}

/** Kubernetes minor version → support dates on EKS. */
export const EKS_VERSION_SUPPORT: Readonly<Record<string, EksVersionSupport>> = {
  '1.35': { standardSupportEnd: '2027-03-27', extendedSupportEnd: '2028-03-27' },
  '1.34': { standardSupportEnd: '2026-12-02', extendedSupportEnd: '2027-12-02' },
  '1.33': { standardSupportEnd: '2026-07-29', extendedSupportEnd: '2027-07-29' },
  '1.32': { standardSupportEnd: '2026-03-23', extendedSupportEnd: '2027-03-23' },
  '1.31': { standardSupportEnd: '2025-11-26', extendedSupportEnd: '2026-11-26' },
  '1.30': { standardSupportEnd: '2025-07-23', extendedSupportEnd: '2026-07-23' },
  '1.29': { standardSupportEnd: '2025-03-23', extendedSupportEnd: '2026-03-23' },
  '1.28': { standardSupportEnd: '2024-11-26', extendedSupportEnd: '2025-11-26' },
  '1.27': { standardSupportEnd: '2024-07-24', extendedSupportEnd: '2025-07-24' },
  '1.26': { standardSupportEnd: '2024-06-11', extendedSupportEnd: '2025-06-11' },
  '1.25': { standardSupportEnd: '2024-05-01', extendedSupportEnd: '2025-05-01' },
  '1.24': { standardSupportEnd: '2024-01-31', extendedSupportEnd: '2025-01-31' },
  '1.23': { standardSupportEnd: '2023-10-11', extendedSupportEnd: '2024-10-11' },
};

/** A "major.minor" version as [major, minor]; undefined when it is not one. */
export function parseMinorVersion(v: string): [number, number] | undefined {
  const m = /^(\d+)\.(\d+)$/.exec(v.trim());
  return m ? [Number(m[1]), Number(m[2])] : undefined;
}

/** Orders two "major.minor" versions (negative when a < b). Both must parse. */
export function compareMinorVersions(a: string, b: string): number {
  const [am, an] = parseMinorVersion(a) ?? [0, 0];
  const [bm, bn] = parseMinorVersion(b) ?? [0, 0];
  return am - bm || an - bn;
}

export type EksVersionStatus =
  | { kind: 'standard'; support: EksVersionSupport }
  | { kind: 'extended'; support: EksVersionSupport }
  | { kind: 'unsupported'; support?: EksVersionSupport }
  /** Newer than every version in the table: the table is older than the cluster. */
  | { kind: 'newer-than-table' };

/** Where a version stands on `day` (YYYY-MM-DD, UTC). A version older than the table's oldest is out of support. */
export function eksVersionStatus(version: string, day: string): EksVersionStatus {
  const support = EKS_VERSION_SUPPORT[version];
  if (!support) {
    const known = Object.keys(EKS_VERSION_SUPPORT).sort(compareMinorVersions);
    return compareMinorVersions(version, known[known.length - 1]!) > 0 ? { kind: 'newer-than-table' } : { kind: 'unsupported' };
  }
  if (day <= support.standardSupportEnd) return { kind: 'standard', support };
  if (day <= support.extendedSupportEnd) return { kind: 'extended', support };
  return { kind: 'unsupported', support };
}
