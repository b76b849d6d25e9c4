import { createHash } from 'node:crypto';
import type { CheckResult, ResolvedCheck, ResourceRef, ScanScope } from '../check/define.js';
import type { Severity, Status } from '../srm/severity.js';
import type { JsonObject } from '../util/json.js';
import { redactSecretsInJson, redactSecretsInText } from '../lib/secrets.js';
import type { SrmTag } from '../srm/index.js';
import type { FindingOwner } from '../lib/owners.js';

export interface Mute {
  reason: string;
  expires?: string;
  by: string;
}

/** One finding of the canonical result (schemaVersion 1). Field names are a public contract. */
export interface Finding {
  id: string;
  checkId: string;
  title: string;
  status: Status;
  muted: boolean;
  mute?: Mute;
  /** A suppression matched but had expired: the finding counts again, and the report says so. */
  expiredMute?: Mute;
  severity: Severity;
  account: string;
  region: string;
  /** name (the Name tag) and tags (secrets redacted) are set when the resource's tags were read. */
  resource: { arn: string; type: string; id: string; name?: string; tags?: Record<string, string> };
  /** The owning team, when the config maps owners (ownerTags, accountTeams, ouTeams, defaultTeam). */
  owner?: FindingOwner;
  message: string;
  srm: SrmTag;
  compliance: Record<string, string[]>;
  remediation: { text: string; url: string; cli?: string; console?: string };
  evidence: JsonObject;
}

/** What a report needs to describe a check that ran (SARIF rules), kept in the result so a saved result can be re-rendered. */
export interface CheckInfo {
  title: string;
  description: string;
  severity: Severity;
  srm: SrmTag;
  compliance: Record<string, string[]>;
  remediation: Finding['remediation'];
}

/** Stable across scans: the same check on the same resource always has the same id (for diff and suppressions). */
export function findingId(checkId: string, account: string, region: string, resourceArn: string): string {
  return createHash('sha256').update(`${checkId}\n${account}\n${region}\n${resourceArn}`).digest('hex').slice(0, 32);
}

/**
 * The parts every finding of one check has in common, built once per check and frozen: a large
 * scan holds tens of thousands of findings, and a copy of these per finding was a tenth of its
 * live heap. Frozen, so a consumer that tried to edit one finding's copy fails loudly instead of
 * changing every finding of the check.
 */
const shared = new WeakMap<ResolvedCheck, Pick<Finding, 'srm' | 'remediation'>>();
function sharedParts(check: ResolvedCheck): Pick<Finding, 'srm' | 'remediation'> {
  let parts = shared.get(check);
  if (!parts) {
    const { text, url, cli, console } = check.remediation;
    parts = {
      srm: Object.freeze({ ...check.srm }),
      remediation: Object.freeze({ text, url, ...(cli ? { cli } : {}), ...(console ? { console } : {}) }),
    };
    shared.set(check, parts);
  }
  return parts;
}

/** A check's description for the result's `scan.checkInfo`, sharing the srm and remediation its findings carry. */
export function checkInfo(check: ResolvedCheck): CheckInfo {
  const { srm, remediation } = sharedParts(check);
  return { title: check.title, description: check.description, severity: check.severity, srm, compliance: check.compliance, remediation };
}

/**
 * THE finding builder: a check's result plus the check's metadata and derived SRM data. Message and
 * evidence come from AWS data (policy Sids and Conditions, tag values, names): credentials of a
 * known format in them are redacted here, before anything is stored or printed.
 */
export function buildFinding(check: ResolvedCheck, scope: ScanScope, r: CheckResult): Finding {
  const resource = { arn: r.resource.arn, type: r.resource.type ?? check.resourceType, id: r.resource.id };
  const { srm, remediation } = sharedParts(check);
  return {
    id: findingId(check.id, scope.account, scope.region, resource.arn),
    checkId: check.id,
    title: check.title,
    status: r.status,
    muted: false,
    severity: check.severity,
    account: scope.account,
    region: scope.region,
    resource,
    message: redactSecretsInText(r.message),
    srm,
    compliance: check.compliance,
    remediation,
    evidence: redactSecretsInJson(r.evidence ?? {}),
  };
}

/** The resource an ERROR stands for when a whole (check, scope) could not be evaluated. */
export function scopeResource(check: ResolvedCheck, scope: ScanScope): ResourceRef {
  const region = scope.region === 'global' ? '' : scope.region;
  return {
    arn: `arn:${scope.partition}:${check.service}:${region}:${scope.account}:*`,
    id: `${scope.account}/${scope.region}`,
    type: 'AWS::::Account',
  };
}
