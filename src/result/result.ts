import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { SEVERITIES, type Severity, type Status } from '../srm/severity.js';
import { packageRoot } from '../util/package-root.js';
import { DUTIES, DUTY_IDS, type DutyId, type LayerId, type Owner, type ServiceModel } from '../srm/index.js';
import type { CheckInfo, Finding } from './finding.js';
import type { RunEvidence } from './evidence.js';
import type { BaselineComparison } from './baseline-types.js';
import { stableStringify } from '../util/json.js';
import { listSome } from '../util/text.js';

export const RESULT_SCHEMA_VERSION = 1;

export interface ScanError {
  scope: string;
  operation: string;
  code: string;
  message: string;
  kind?: string;
  iamAction?: string;
}

export interface SuppressionStatus {
  checkId: string;
  resource: string;
  reason: string;
  by: string;
  expires?: string;
  status: 'active' | 'expired';
  /** PASS and FAIL findings the suppression matched (muted when it is active). */
  matched: number;
  /** ERROR findings its pattern covers: never muted (a suppression cannot hide what could not be judged). */
  errorsNotMuted?: number;
}

export type DutyStatus = 'met' | 'unmet' | 'unknown' | 'not-evaluated';

/** The services in use per scanned region (from their resources' ARNs), and those no selected check judges. */
export interface Coverage {
  source: 'tagging:GetResources';
  regions: { account: string; region: string; status: 'discovered' | 'error'; services?: Record<string, number>; error?: string }[];
  unjudged: { account: string; region: string; service: string; resources: number }[];
}

/** A notification's outcome as the result records it: never the webhook's full URL (its path is a secret). */
export interface NotificationOutcome {
  channel: 'webhook';
  /** The webhook's origin (scheme, host, port). */
  target: string;
  status: 'sent' | 'failed';
  /** How many failures the message named. */
  findings: number;
  error?: string;
}

export interface Summary {
  status: Record<Status, number> & { muted: number };
  /** Unmuted FAIL findings per severity. */
  severity: Record<Severity, number>;
  /** Per duty: its verdict, counts, and the services whose checks judged it (what a "met" covers). */
  duty: Record<DutyId, { status: DutyStatus; layer: LayerId; pass: number; fail: number; error: number; muted: number; services: string[] }>;
  /** layer → service model → counts, for the models present in the scanned estate. */
  matrix: Partial<Record<LayerId, Partial<Record<ServiceModel, { owner: Owner; pass: number; fail: number; error: number }>>>>;
}

export interface ScanResult {
  schemaVersion: 1;
  tool: { name: 'srm-audit'; version: string };
  scan: {
    id: string;
    startedAt: string;
    finishedAt: string;
    mode: 'live' | 'snapshot';
    /** The evaluation clock (snapshot recording time when replaying). */
    evaluatedAt: string;
    identity?: string;
    accounts: string[];
    regions: string[];
    checks: string[];
    apiCalls: number;
    apiCallsByOperation: Record<string, number>;
    errors: ScanError[];
    suppressions: SuppressionStatus[];
    /** True when any finding is ERROR or the scan was interrupted. */
    incomplete: boolean;
    /** Why the scan stopped early (a signal or the scan timeout); absent when it ran to the end. */
    interrupted?: string;
    /** Present on the result of one shard of a sharded scan (`--shard K/N`). */
    shard?: { index: number; count: number };
    /** Present on a merged result (`srm-audit merge`): the scan ids of the shard results it combines. */
    mergedFrom?: string[];
    /** The services in use in each scanned region and those no check judged (absent on results of older versions). */
    coverage?: Coverage;
    /** Title, description, severity, SRM tags and remediation of each check in `checks` (absent on results of older versions). */
    checkInfo?: Record<string, CheckInfo>;
    /** Evidence metadata: catalogue and framework file hashes, config hash, command line, runtime, host (absent on results of older versions and on merged results). */
    evidence?: RunEvidence;
    /** What changed since the previous complete run (`scan --baseline`); absent without one. */
    baseline?: BaselineComparison;
    /** The notification after the scan (`--notify-webhook`): delivered or why not; absent when none was configured. */
    notification?: NotificationOutcome;
  };
  findings: Finding[];
  summary: Summary;
}

const zero = () => ({ pass: 0, fail: 0, error: 0 });

export function summarize(findings: readonly Finding[]): Summary {
  const status = { PASS: 0, FAIL: 0, ERROR: 0, muted: 0 };
  const severity = Object.fromEntries(SEVERITIES.map((s) => [s, 0])) as Record<Severity, number>;
  const duty = Object.fromEntries(
    DUTY_IDS.map((d) => [d, { status: 'not-evaluated' as DutyStatus, layer: DUTIES[d].layer, ...zero(), muted: 0, services: [] as string[] }]),
  ) as Summary['duty'];
  const judged = new Map<DutyId, Set<string>>();
  const matrix: Summary['matrix'] = {};
  for (const f of findings) {
    const d = duty[f.srm.duty];
    const cell = ((matrix[f.srm.layer] ??= {})[f.srm.serviceModel] ??= { owner: f.srm.owner, ...zero() });
    // An ERROR is never counted as muted, whatever the file says: see Suppressor.
    if (f.muted && f.status !== 'ERROR') {
      status.muted++;
      d.muted++;
      continue;
    }
    status[f.status]++;
    // A verdict (not an ERROR) says the duty was looked at in this service: the check id's prefix.
    if (f.status !== 'ERROR') (judged.get(f.srm.duty) ?? judged.set(f.srm.duty, new Set()).get(f.srm.duty)!).add(f.checkId.split('.')[0]!);
    const key = f.status.toLowerCase() as 'pass' | 'fail' | 'error';
    d[key]++;
    cell[key]++;
    if (f.status === 'FAIL') severity[f.severity]++;
  }
  for (const [id, services] of judged) duty[id].services = [...services].sort();
  for (const d of Object.values(duty)) {
    d.status = d.fail > 0 ? 'unmet' : d.error > 0 ? 'unknown' : d.pass > 0 || d.muted > 0 ? 'met' : 'not-evaluated';
  }
  return { status, severity, duty, matrix };
}

export interface Recheck {
  /** The result as its findings say: summary recomputed, ERRORs unmuted, `incomplete` set when an ERROR is present. */
  result: ScanResult;
  /** Where the stored result disagreed with its own findings, one sentence each (empty when it agreed). */
  problems: string[];
}

/**
 * A saved result is judged by its findings, never by its stored summary: recomputes the summary
 * and duty verdicts, unmutes ERROR findings (a suppression cannot mute what could not be judged)
 * and marks the result incomplete when an ERROR is present. Each disagreement with what the file
 * said is returned as a sentence, so a hand-edited summary is shown for what it is.
 */
export function recheckResult(stored: ScanResult): Recheck {
  const problems: string[] = [];
  const mutedErrors = stored.findings.filter((f) => f.status === 'ERROR' && f.muted);
  if (mutedErrors.length) problems.push(`${mutedErrors.length} ERROR finding(s) are marked muted; a suppression cannot mute an ERROR, so they count as ERROR`);
  const findings = stored.findings.map((f) => {
    if (f.status !== 'ERROR' || !f.muted) return f;
    const { mute: _mute, ...rest } = f;
    return { ...rest, muted: false };
  });
  const summary = summarize(findings);
  const was = stored.summary;
  const counts = (x: Summary['status'] | undefined) => (x ? `${x.FAIL} FAIL, ${x.PASS} PASS, ${x.ERROR} ERROR, ${x.muted} muted` : 'nothing');
  if (stableStringify(was?.status) !== stableStringify(summary.status)) problems.push(`the stored summary counts ${counts(was?.status)}; the findings hold ${counts(summary.status)}`);
  const duties = DUTY_IDS.filter((d) => stableStringify(was?.duty?.[d]) !== stableStringify(summary.duty[d]));
  const verdicts = duties.filter((d) => was?.duty?.[d]?.status !== summary.duty[d].status);
  if (verdicts.length) problems.push(`the stored duty verdicts differ from the findings for ${listSome(verdicts.map((d) => `${d} (stored ${String(was?.duty?.[d]?.status)}, findings say ${summary.duty[d].status})`), 5)}`);
  else if (duties.length) problems.push(`the stored duty counts differ from the findings for ${listSome(duties, 5)}`);
  if (stableStringify(was?.severity) !== stableStringify(summary.severity) && stableStringify(was?.status) === stableStringify(summary.status)) problems.push('the stored failures by severity differ from the findings');
  if (stableStringify(was?.matrix) !== stableStringify(summary.matrix)) problems.push('the stored layer × service model counts differ from the findings');
  const errors = findings.filter((f) => f.status === 'ERROR').length;
  const incomplete = stored.scan.incomplete || errors > 0 || stored.scan.interrupted !== undefined;
  if (incomplete && !stored.scan.incomplete) problems.push(`the stored result says it is complete, but ${errors ? `${errors} finding(s) are ERROR` : `it was interrupted`}: it is incomplete`);
  return { result: { ...stored, scan: { ...stored.scan, incomplete }, findings, summary }, problems };
}

/** Findings in a stable order: by check, account, region, resource. */
export function sortFindings(findings: Finding[]): Finding[] {
  return findings.sort(
    (a, b) => a.checkId.localeCompare(b.checkId) || a.account.localeCompare(b.account) || a.region.localeCompare(b.region) || a.resource.arn.localeCompare(b.resource.arn),
  );
}

/** Scan errors in a stable order (they are collected as requests fail, concurrently). */
export function sortErrors(errors: ScanError[]): ScanError[] {
  return errors.sort((a, b) => a.scope.localeCompare(b.scope) || a.operation.localeCompare(b.operation) || a.code.localeCompare(b.code) || a.message.localeCompare(b.message));
}

let validator: ((data: unknown) => boolean) & { errors?: { instancePath: string; message?: string }[] | null } | undefined;

export function resultSchema(): object {
  return JSON.parse(readFileSync(join(packageRoot(), 'src', 'schema', 'result.schema.json'), 'utf8')) as object;
}

/** Validates a result against the shipped JSON Schema; returns the problems (empty when valid). */
export function validateResult(data: unknown): string[] {
  if (!validator) {
    const ajv = new Ajv2020({ allErrors: true, strict: true, strictRequired: false });
    addFormats.default(ajv);
    validator = ajv.compile(resultSchema());
  }
  if (validator(data)) return [];
  return (validator.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message ?? 'is invalid'}`);
}
