import type { Severity, Status } from '../src/srm/severity.js';
import type { Finding } from '../src/result/finding.js';
import type { ScanResult } from '../src/result/result.js';
import { framework, shortTitle } from '../src/frameworks/index.js';
import { frameworkName } from './framework-view.js';
import { defineReport } from './define.js';

/** The OCSF schema version these events follow (the latest release when this was written). */
export const OCSF_VERSION = '1.8.0';

/** Compliance Finding: category Findings (2), class 3 within it; activity 1 Create. */
const CLASS_UID = 2003;
const ACTIVITY_ID = 1;

/** OCSF severity_id: 1 Informational, 2 Low, 3 Medium, 4 High, 5 Critical. */
const SEVERITY_ID: Record<Severity, number> = { informational: 1, low: 2, medium: 3, high: 4, critical: 5 };
const SEVERITY_CAPTION: Record<Severity, string> = { informational: 'Informational', low: 'Low', medium: 'Medium', high: 'High', critical: 'Critical' };

/**
 * The verdict, as OCSF's compliance status: PASS is Pass (1), FAIL is Fail (3), and ERROR is
 * Warning (2), which OCSF defines as "did not yield a result due to missing information": the check
 * could not decide. `status_code` keeps srm-audit's own word, so ERROR is never read as a soft FAIL.
 */
const COMPLIANCE_STATUS: Record<Status, { status_id: number; status: string }> = {
  PASS: { status_id: 1, status: 'Pass' },
  FAIL: { status_id: 3, status: 'Fail' },
  ERROR: { status_id: 2, status: 'Warning' },
};

/**
 * The finding's workflow state, never its verdict: a muted finding was reviewed and accepted
 * (Suppressed, 3); everything else awaits review (New, 1). srm-audit does not track triage, so it
 * never claims In Progress or Resolved.
 */
function workflow(f: Finding): { status_id: number; status: string } {
  return f.muted && f.status !== 'ERROR' ? { status_id: 3, status: 'Suppressed' } : { status_id: 1, status: 'New' };
}

/**
 * The frameworks and requirements a finding maps to, by their names in the framework files
 * ("CIS AWS Foundations Benchmark v3.0.0", "CIS 3.0.0 2.1.1"); an id no framework file knows (a
 * plugin's, or a result from another version) is kept as the id.
 */
function standards(compliance: Finding['compliance']): { standards?: string[]; requirements?: string[] } {
  const ids = Object.keys(compliance).sort();
  if (!ids.length) return {};
  const names = ids.map((id) => {
    const fw = framework(id);
    return { id, title: fw ? frameworkName(fw) : id, short: fw ? shortTitle(fw) : id };
  });
  return {
    standards: names.map((n) => n.title),
    requirements: names.flatMap((n) => (compliance[n.id] ?? []).map((r) => `${n.short} ${r}`)),
  };
}

/** One OCSF Compliance Finding (class 2003, activity Create) per finding, with the cloud profile. */
export function toOcsf(f: Finding, result: ScanResult) {
  const time = Date.parse(result.scan.finishedAt);
  const partition = f.resource.arn.split(':')[1] || 'aws';
  const region = f.region === 'global' ? undefined : f.region;
  const verdict = COMPLIANCE_STATUS[f.status];
  const mapped = standards(f.compliance);
  // A passed control is informational, as Security Hub rates its own passed controls; the check's
  // own severity stays on compliance.checks[0].
  const severity: Severity = f.status === 'PASS' ? 'informational' : f.severity;
  return {
    class_uid: CLASS_UID,
    class_name: 'Compliance Finding',
    category_uid: 2,
    category_name: 'Findings',
    activity_id: ACTIVITY_ID,
    activity_name: 'Create',
    type_uid: CLASS_UID * 100 + ACTIVITY_ID,
    type_name: 'Compliance Finding: Create',
    time,
    severity_id: SEVERITY_ID[severity],
    severity: SEVERITY_CAPTION[severity],
    ...workflow(f),
    message: f.message,
    ...(f.mute && f.muted && f.status !== 'ERROR' ? { comment: `Muted by ${f.mute.by}: ${f.mute.reason}${f.mute.expires ? ` (until ${f.mute.expires})` : ''}` } : {}),
    compliance: {
      ...mapped,
      control: f.title,
      ...verdict,
      status_code: f.status,
      status_details: [f.message],
      checks: [
        {
          uid: f.checkId,
          name: f.title,
          severity: SEVERITY_CAPTION[f.severity],
          severity_id: SEVERITY_ID[f.severity],
          ...verdict,
          ...(mapped.standards ? { standards: mapped.standards } : {}),
        },
      ],
    },
    metadata: {
      version: OCSF_VERSION,
      profiles: ['cloud'],
      product: { name: 'srm-audit', vendor_name: 'srm-audit', version: result.tool.version, uid: 'srm-audit' },
      uid: f.id,
      event_code: f.checkId,
    },
    finding_info: {
      uid: f.id,
      title: f.title,
      desc: f.message,
      types: [f.checkId],
      created_time: time,
      product_uid: f.checkId,
    },
    cloud: {
      provider: 'AWS',
      ...(region ? { region } : {}),
      account: { uid: f.account, type: 'AWS Account', type_id: 10 },
    },
    resources: [
      {
        uid: f.resource.arn,
        name: f.resource.id,
        type: f.resource.type,
        cloud_partition: partition,
        ...(region ? { region } : {}),
        data: { evidence: f.evidence },
      },
    ],
    remediation: { desc: f.remediation.text, references: [f.remediation.url] },
    // Only what OCSF has no attribute for: the SRM tags (layer, service model, owner, duty), the
    // suppression as data, and the scan the finding belongs to.
    unmapped: {
      srm: f.srm,
      ...(f.mute ? { mute: f.mute } : {}),
      ...(f.expiredMute ? { expiredMute: f.expiredMute } : {}),
      scan_id: result.scan.id,
    },
  };
}

export default defineReport({
  id: 'ocsf',
  title: `OCSF ${OCSF_VERSION} Compliance Findings (class 2003), a JSON array`,
  extension: '.ocsf.json',
  render: (result) => JSON.stringify(result.findings.map((f) => toOcsf(f, result)), null, 1) + '\n',
});
