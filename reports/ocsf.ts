import type { Severity } from '../src/srm/severity.js';
import type { Finding } from '../src/result/finding.js';
import type { ScanResult } from '../src/result/result.js';
import { defineReport } from './define.js';

/** The OCSF schema version these events follow. */
export const OCSF_VERSION = '1.1.0';

/** OCSF severity_id: 1 Informational, 2 Low, 3 Medium, 4 High, 5 Critical. */
const SEVERITY_ID: Record<Severity, number> = { informational: 1, low: 2, medium: 3, high: 4, critical: 5 };
const SEVERITY_CAPTION: Record<Severity, string> = { informational: 'Informational', low: 'Low', medium: 'Medium', high: 'High', critical: 'Critical' };

/** Finding lifecycle (status_id): an open failure or error is New, a muted one Suppressed, a pass Resolved. */
function status(f: Finding): { status_id: number; status: string } {
  if (f.muted) return { status_id: 3, status: 'Suppressed' };
  return f.status === 'PASS' ? { status_id: 4, status: 'Resolved' } : { status_id: 1, status: 'New' };
}

/** One OCSF Detection Finding (class 2004, activity Create) per finding, with the cloud profile. */
export function toOcsf(f: Finding, result: ScanResult) {
  const time = Date.parse(result.scan.finishedAt);
  const partition = f.resource.arn.split(':')[1] || 'aws';
  return {
    class_uid: 2004,
    class_name: 'Detection Finding',
    category_uid: 2,
    category_name: 'Findings',
    activity_id: 1,
    activity_name: 'Create',
    type_uid: 200401,
    type_name: 'Detection Finding: Create',
    time,
    severity_id: SEVERITY_ID[f.severity],
    severity: SEVERITY_CAPTION[f.severity],
    ...status(f),
    // PASS / FAIL / ERROR as the scanner decided it: OCSF's status_id is the triage lifecycle.
    status_code: f.status,
    status_detail: f.message,
    message: f.message,
    is_alert: f.status === 'FAIL' && !f.muted,
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
      region: f.region === 'global' ? undefined : f.region,
      account: { uid: f.account, type: 'AWS Account', type_id: 10 },
    },
    resources: [
      {
        uid: f.resource.arn,
        name: f.resource.id,
        type: f.resource.type,
        cloud_partition: partition,
        region: f.region === 'global' ? undefined : f.region,
        data: { evidence: f.evidence },
      },
    ],
    remediation: { desc: f.remediation.text, references: [f.remediation.url] },
    // OCSF has no place for these in a Detection Finding: kept intact under unmapped.
    unmapped: {
      srm: f.srm,
      compliance: f.compliance,
      ...(f.mute ? { mute: f.mute } : {}),
      ...(f.expiredMute ? { expiredMute: f.expiredMute } : {}),
      scan_id: result.scan.id,
    },
  };
}

export default defineReport({
  id: 'ocsf',
  title: `OCSF ${OCSF_VERSION} Detection Findings (class 2004), a JSON array`,
  extension: '.ocsf.json',
  render: (result) => JSON.stringify(result.findings.map((f) => toOcsf(f, result)), null, 1) + '\n',
});
