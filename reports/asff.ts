import type { Severity } from '../src/srm/severity.js';
import type { Finding } from '../src/result/finding.js';
import type { ScanResult } from '../src/result/result.js';
import { stripControl } from '../src/util/inert.js';
import { defineReport } from './define.js';
import { asffResourceType } from './asff/resource-types.js';

/**
 * AWS Security Finding Format (ASFF), laid out for Security Hub's BatchImportFindings: a JSON array
 * of request bodies `{ "Findings": [...] }`, each one call's worth. The API takes at most 100
 * findings a call, and a finding sent with the account's default product ARN must be imported by
 * that account, in the region its ProductArn names; so each batch holds one account and one
 * region, at most BATCH_SIZE findings.
 */
export const ASFF_SCHEMA_VERSION = '2018-10-08';
export const BATCH_SIZE = 100;
/** Our budget per finding (Security Hub accepts up to 240 KB): 100 of them stay far below the 6 MB a call may carry. */
export const MAX_FINDING_BYTES = 32 * 1024;

/** Field limits from the AwsSecurityFinding API reference, in characters. */
export const LIMITS = {
  Id: 512,
  GeneratorId: 512,
  Title: 256,
  Description: 1024,
  RecommendationText: 512,
  SeverityOriginal: 64,
  ResourceType: 256,
  Types: 50,
  Resources: 32,
  RelatedRequirements: 32,
  ProductFields: 50,
  ProductFieldKey: 128,
  ProductFieldValue: 2048,
  // "fewer than 1,024 characters" (ASFF Other object)
  OtherDetailValue: 1023,
} as const;

const LABEL: Record<Severity, 'INFORMATIONAL' | 'LOW' | 'MEDIUM' | 'HIGH' | 'CRITICAL'> = {
  informational: 'INFORMATIONAL', low: 'LOW', medium: 'MEDIUM', high: 'HIGH', critical: 'CRITICAL',
};

/**
 * PASS → PASSED; FAIL → FAILED; ERROR → NOT_AVAILABLE, Security Hub's "could not be performed
 * because of an API error" (srm-audit's ERROR is exactly that: denied, unsupported, retries out).
 * WARNING ("information missing") has no srm-audit counterpart: a check decides or says ERROR.
 */
const COMPLIANCE_STATUS = { PASS: 'PASSED', FAIL: 'FAILED', ERROR: 'NOT_AVAILABLE' } as const;

/** Framework id prefix → the ASFF Types classifier under "Industry and Regulatory Standards" (ASFF types taxonomy). */
const STANDARD_CLASSIFIERS: readonly (readonly [string, string])[] = [
  ['cis-aws-foundations-', 'CIS AWS Foundations Benchmark'],
  ['aws-foundational-security-best-practices', 'AWS Foundational Security Best Practices'],
  ['nist-800-53', 'NIST 800-53 Controls (USA)'],
  ['iso-27001', 'ISO 27001 Controls'],
  ['soc2', 'SOC 2'],
  ['pci-dss', 'PCI-DSS'],
];
const BEST_PRACTICES = 'Software and Configuration Checks/AWS Security Best Practices';
const STANDARDS = 'Software and Configuration Checks/Industry and Regulatory Standards';

/** Text cut to `max` UTF-16 units, never inside a surrogate pair, ending in an ellipsis when cut. */
export function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  let end = max - 1;
  if (/[\ud800-\udbff]/.test(text[end - 1] ?? '')) end--;
  return `${text.slice(0, end)}…`;
}

/** Display text from AWS or a plugin: no control characters, bidi controls shown escaped; never empty (ASFF minimum 1). */
const display = (text: string, max: number) => clip(stripControl(text).trim() || '-', max);

export interface AsffFinding {
  SchemaVersion: typeof ASFF_SCHEMA_VERSION;
  Id: string;
  ProductArn: string;
  ProductName: string;
  CompanyName: string;
  GeneratorId: string;
  AwsAccountId: string;
  Types: string[];
  CreatedAt: string;
  UpdatedAt: string;
  LastObservedAt: string;
  Severity: { Label: (typeof LABEL)[Severity]; Original: string };
  Title: string;
  Description: string;
  Remediation: { Recommendation: { Text: string; Url?: string } };
  ProductFields: Record<string, string>;
  Resources: AsffResource[];
  Compliance: { Status: (typeof COMPLIANCE_STATUS)[keyof typeof COMPLIANCE_STATUS]; RelatedRequirements?: string[] };
  FindingProviderFields: { Severity: { Label: (typeof LABEL)[Severity]; Original: string }; Types: string[] };
  RecordState: 'ACTIVE';
  Workflow?: { Status: 'SUPPRESSED' };
}

/** The partitions ASFF names (Resource.Partition). */
const ASFF_PARTITIONS = ['aws', 'aws-cn', 'aws-us-gov', 'aws-us-iso', 'aws-us-iso-b'] as const;
type AsffPartition = (typeof ASFF_PARTITIONS)[number];
const asffPartition = (p: string): AsffPartition | undefined => ASFF_PARTITIONS.find((x) => x === p);

export interface AsffResource {
  Type: string;
  Id: string;
  /** Absent for a partition ASFF does not name (the ARN still says it). */
  Partition?: AsffPartition;
  Region?: string;
  Details?: { Other: Record<string, string> };
}

export interface AsffBatch {
  Findings: AsffFinding[];
}

const partitionOf = (arn: string) => arn.split(':')[1] || 'aws';

/**
 * Where a global finding (IAM, S3 account settings, …) is imported: Security Hub is regional, so
 * one region of the scan receives them. us-east-1 when scanned (where AWS records global services'
 * events), otherwise the first scanned region in name order.
 */
export function homeRegion(result: ScanResult): string {
  const regions = result.scan.regions.filter((r) => r !== 'global').sort();
  return regions.includes('us-east-1') ? 'us-east-1' : (regions[0] ?? 'us-east-1');
}

/** `<framework id>/<requirement id>`, sorted: the same strings the result's `compliance` holds, at most 32. */
function requirements(f: Finding): { kept: string[]; omitted: number } {
  const all = Object.entries(f.compliance)
    .sort(([a], [b]) => a.localeCompare(b))
    .flatMap(([fw, ids]) => ids.map((id) => `${fw}/${id}`));
  return { kept: all.slice(0, LIMITS.RelatedRequirements), omitted: Math.max(0, all.length - LIMITS.RelatedRequirements) };
}

function types(f: Finding): string[] {
  const classifiers = new Set<string>();
  for (const fw of Object.keys(f.compliance)) {
    const hit = STANDARD_CLASSIFIERS.find(([prefix]) => fw.startsWith(prefix));
    if (hit) classifiers.add(`${STANDARDS}/${hit[1]}`);
  }
  return [BEST_PRACTICES, ...[...classifiers].sort()].slice(0, LIMITS.Types);
}

function resource(f: Finding, region: string | undefined): AsffResource {
  const type = asffResourceType(f.resource.type);
  const partition = asffPartition(partitionOf(f.resource.arn));
  return {
    Type: type,
    Id: f.resource.arn,
    ...(partition ? { Partition: partition } : {}),
    ...(region ? { Region: region } : {}),
    // ASFF has no type for it: keep what srm-audit knows of the resource instead.
    ...(type === 'Other' ? { Details: { Other: { cloudFormationType: clip(f.resource.type, LIMITS.OtherDetailValue), resourceId: display(f.resource.id, LIMITS.OtherDetailValue) } } } : {}),
  };
}

/** The solution-specific fields: SRM tags, srm-audit's own verdict, mute state, evidence when it fits. */
function productFields(f: Finding, result: ScanResult, omittedRequirements: number): Record<string, string> {
  const fields: Record<string, string> = {
    'srm-audit/CheckId': f.checkId,
    'srm-audit/FindingId': f.id,
    'srm-audit/Status': f.status,
    'srm-audit/Severity': f.severity,
    'srm-audit/ScanId': result.scan.id,
    'srm-audit/ResourceType': f.resource.type,
    'srm-audit/SrmLayer': f.srm.layer,
    'srm-audit/SrmServiceModel': f.srm.serviceModel,
    'srm-audit/SrmOwner': f.srm.owner,
    'srm-audit/SrmDuty': f.srm.duty,
    'srm-audit/Muted': String(f.muted),
  };
  if (f.remediation.cli) fields['srm-audit/RemediationCli'] = f.remediation.cli;
  if (f.remediation.console) fields['srm-audit/RemediationConsole'] = f.remediation.console;
  const mute = f.mute ?? f.expiredMute;
  if (mute) {
    fields[f.mute ? 'srm-audit/MuteReason' : 'srm-audit/ExpiredMuteReason'] = mute.reason;
    fields['srm-audit/MuteBy'] = mute.by;
    if (mute.expires) fields['srm-audit/MuteExpires'] = mute.expires;
  }
  if (omittedRequirements) fields['srm-audit/RelatedRequirementsOmitted'] = String(omittedRequirements);
  const evidence = JSON.stringify(f.evidence);
  // Cut JSON is not JSON: evidence goes in whole or not at all (it is always in result.json).
  if (evidence.length <= LIMITS.ProductFieldValue) fields['srm-audit/Evidence'] = evidence;
  else fields['srm-audit/EvidenceOmitted'] = `${evidence.length} characters; see result.json`;
  return Object.fromEntries(Object.entries(fields).map(([k, v]) => [k, display(v, LIMITS.ProductFieldValue)]));
}

/** Optional fields given up, in this order, when a finding would exceed MAX_FINDING_BYTES. */
const SHEDDABLE = ['srm-audit/Evidence', 'srm-audit/RemediationCli', 'srm-audit/RemediationConsole', 'srm-audit/MuteReason', 'srm-audit/ExpiredMuteReason', 'srm-audit/MuteBy'];

/** One finding in ASFF, imported into `importRegion` (the finding's own region, or the home region for global ones). */
export function toAsff(f: Finding, result: ScanResult, importRegion: string): AsffFinding {
  const partition = partitionOf(f.resource.arn);
  const label = f.status === 'PASS' ? 'INFORMATIONAL' : LABEL[f.severity];
  const severity = { Label: label, Original: f.severity };
  const { kept, omitted } = requirements(f);
  const findingTypes = types(f);
  const url = /^https:\/\//.test(f.remediation.url) ? f.remediation.url : undefined;
  const out: AsffFinding = {
    SchemaVersion: ASFF_SCHEMA_VERSION,
    // Stable across scans (the finding id hashes check, account, region and resource), so a
    // re-import updates the finding in Security Hub instead of adding a second one.
    Id: clip(`srm-audit/${f.checkId}/${f.id}`, LIMITS.Id),
    ProductArn: `arn:${partition}:securityhub:${importRegion}:${f.account}:product/${f.account}/default`,
    ProductName: 'srm-audit',
    CompanyName: 'srm-audit',
    GeneratorId: clip(`srm-audit/${f.checkId}`, LIMITS.GeneratorId),
    AwsAccountId: f.account,
    Types: findingTypes,
    CreatedAt: result.scan.finishedAt,
    // Security Hub keeps the newer of two updates by UpdatedAt: the scan's end orders re-imports.
    UpdatedAt: result.scan.finishedAt,
    // When the configuration was read (a replayed snapshot: when it was recorded).
    LastObservedAt: result.scan.evaluatedAt,
    // A passed control is informational, as Security Hub rates its own PASSED findings; the
    // check's severity stays in Original.
    Severity: severity,
    Title: display(f.title, LIMITS.Title),
    Description: display(f.message, LIMITS.Description),
    Remediation: { Recommendation: { Text: display(f.remediation.text, LIMITS.RecommendationText), ...(url ? { Url: url } : {}) } },
    ProductFields: productFields(f, result, omitted),
    Resources: [resource(f, f.region === 'global' ? undefined : f.region)],
    Compliance: { Status: COMPLIANCE_STATUS[f.status], ...(kept.length ? { RelatedRequirements: kept } : {}) },
    // Security Hub applies later imports' severity and types from here only (BatchImportFindings).
    FindingProviderFields: { Severity: { ...severity }, Types: [...findingTypes] },
    RecordState: 'ACTIVE',
    // Honoured when the finding is first imported; later mutes need BatchUpdateFindings or an
    // automation rule on ProductFields.srm-audit/Muted (docs/report-formats.md).
    ...(f.muted ? { Workflow: { Status: 'SUPPRESSED' as const } } : {}),
  };
  const fits = () => Buffer.byteLength(JSON.stringify(out)) <= MAX_FINDING_BYTES;
  for (const key of SHEDDABLE) {
    if (fits()) return out;
    if (key in out.ProductFields) {
      delete out.ProductFields[key];
      out.ProductFields['srm-audit/FieldsOmitted'] = 'size';
    }
  }
  // Left only with required text of many-byte characters (a long ARN, resource id, message):
  // the message gives way last, halved until the finding fits.
  while (!fits() && out.Description.length > 16) out.Description = clip(out.Description, Math.floor(out.Description.length / 2));
  return out;
}

/** Every finding in ASFF, grouped by account and import region, in batches of at most BATCH_SIZE. */
export function toAsffBatches(result: ScanResult): AsffBatch[] {
  const home = homeRegion(result);
  const groups = new Map<string, AsffFinding[]>();
  for (const f of result.findings) {
    const region = f.region === 'global' ? home : f.region;
    const key = `${partitionOf(f.resource.arn)}\n${f.account}\n${region}`;
    (groups.get(key) ?? groups.set(key, []).get(key)!).push(toAsff(f, result, region));
  }
  const batches: AsffBatch[] = [];
  for (const key of [...groups.keys()].sort()) {
    const list = groups.get(key)!;
    for (let i = 0; i < list.length; i += BATCH_SIZE) batches.push({ Findings: list.slice(i, i + BATCH_SIZE) });
  }
  return batches;
}

export default defineReport({
  id: 'asff',
  title: 'AWS Security Finding Format (ASFF): BatchImportFindings request bodies, one account and region each, at most 100 findings',
  extension: '.asff.json',
  render: (result) => JSON.stringify(toAsffBatches(result), null, 1) + '\n',
});
