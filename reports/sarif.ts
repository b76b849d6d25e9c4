import type { Severity } from '../src/srm/severity.js';
import type { CheckInfo, Finding } from '../src/result/finding.js';
import type { ScanResult } from '../src/result/result.js';
import { DUTIES, LAYERS } from '../src/srm/index.js';
import { stripControl } from '../src/util/inert.js';
import { mdText } from '../src/util/markdown.js';
import { defineReport } from './define.js';

/**
 * SARIF 2.1.0 (OASIS, errata 01) for code-scanning dashboards: one rule per check, one result per
 * FAIL (muted ones carry an accepted suppression), ERROR findings as tool execution notifications
 * (the scan could not look there: not a result, and `executionSuccessful` is false). There is no
 * source file: the resource ARN is the result's logical location.
 */
export const SARIF_VERSION = '2.1.0';
export const SARIF_SCHEMA = 'https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json';
/** partialFingerprints key: versioned, so a change of what the fingerprint hashes can be told apart. */
export const FINGERPRINT_KEY = 'srmAuditFindingId/v1';

type Level = 'error' | 'warning' | 'note';
const LEVEL: Record<Severity, Level> = { critical: 'error', high: 'error', medium: 'warning', low: 'note', informational: 'note' };
/** GitHub code scanning reads `security-severity` (0.1–3.9 low, 4–6.9 medium, 7–8.9 high, 9+ critical). */
const SECURITY_SEVERITY: Record<Severity, string> = { critical: '9.5', high: '8.0', medium: '5.5', low: '3.0', informational: '0.0' };

/** One line of display text from AWS or a plugin: no control characters, bidi controls shown escaped. */
const text = (s: string) => stripControl(s).trim() || '-';

/** `s3.bucket-secure-transport` → `S3BucketSecureTransport`: the rule's readable name. */
export function ruleName(checkId: string): string {
  return checkId.split(/[.\-_]/).filter(Boolean).map((w) => w[0]!.toUpperCase() + w.slice(1)).join('');
}

const absoluteUrl = (u: string | undefined) => (u && /^https?:\/\/[^\s]+$/.test(u) ? u : undefined);

/**
 * A rule from the check's description in the result (`scan.checkInfo`); a result written before it
 * existed gives what the check's findings carry instead, and a check with neither, its id.
 */
function rule(checkId: string, info: CheckInfo | undefined, f: Finding | undefined) {
  const meta = info ?? f;
  if (!meta) return { id: checkId, name: ruleName(checkId), properties: { findings: 0 } };
  const { srm, remediation: r } = meta;
  const duty = DUTIES[srm.duty];
  const layer = LAYERS[srm.layer];
  const url = absoluteUrl(r.url);
  const helpLines = [text(r.text), r.cli ? `CLI: ${text(r.cli)}` : '', r.console ? `Console: ${text(r.console)}` : '', url ? `Reference: ${url}` : ''].filter(Boolean);
  const srmLine = `Customer duty: ${duty.title} (${srm.duty}), SRM layer: ${layer.name}, service model ${srm.serviceModel}, owner: ${srm.owner}.`;
  const helpMarkdown = [
    mdText(r.text),
    r.cli ? `\n\n**CLI:** ${mdText(r.cli)}` : '',
    r.console ? `\n\n**Console:** ${mdText(r.console)}` : '',
    url ? `\n\n[Reference](${url})` : '',
    `\n\n**Shared Responsibility Model:** duty *${mdText(duty.title)}* (${srm.duty}), layer *${mdText(layer.name)}*, ${srm.serviceModel}, owner ${srm.owner}.`,
  ].join('');
  return {
    id: checkId,
    name: ruleName(checkId),
    shortDescription: { text: text(meta.title) },
    fullDescription: { text: `${text(info?.description ?? `${meta.title}.`)} ${srmLine}` },
    help: { text: helpLines.join('\n'), markdown: helpMarkdown },
    ...(url ? { helpUri: url } : {}),
    defaultConfiguration: { level: LEVEL[meta.severity] },
    properties: {
      severity: meta.severity,
      'security-severity': SECURITY_SEVERITY[meta.severity],
      duty: srm.duty,
      layer: srm.layer,
      serviceModel: srm.serviceModel,
      owner: srm.owner,
      compliance: meta.compliance,
      tags: ['security', `srm-duty:${srm.duty}`, `srm-layer:${srm.layer}`, `srm-owner:${srm.owner}`],
    },
  };
}

/** The resource as a logical location: ARN as the fully qualified name. */
const location = (f: Finding) => ({
  logicalLocations: [{ name: text(f.resource.id), fullyQualifiedName: f.resource.arn, kind: 'resource' }],
});

const findingProperties = (f: Finding) => ({
  findingId: f.id,
  account: f.account,
  region: f.region,
  resourceType: f.resource.type,
  evidence: f.evidence,
  ...(f.expiredMute ? { expiredMute: f.expiredMute } : {}),
});

/** A toolExecutionNotification: an ERROR finding (with its rule and resource) or the scan's interruption. */
interface Notification {
  level: 'error' | 'warning';
  message: { text: string };
  descriptor: { id: string };
  associatedRule?: { id: string; index: number };
  locations?: ReturnType<typeof location>[];
  properties?: ReturnType<typeof findingProperties>;
}

/** The SARIF log of a result: one run. `notes` (a re-read result that disagreed with its findings) become warnings. */
export function toSarif(result: ScanResult, notes: readonly string[] = []) {
  const byCheck = new Map<string, Finding>();
  for (const f of result.findings) if (!byCheck.has(f.checkId)) byCheck.set(f.checkId, f);
  const ruleIds = [...new Set([...result.scan.checks, ...byCheck.keys()])].sort();
  const index = new Map(ruleIds.map((id, i) => [id, i]));
  const results = result.findings
    .filter((f) => f.status === 'FAIL')
    .map((f) => ({
      ruleId: f.checkId,
      ruleIndex: index.get(f.checkId)!,
      kind: 'fail',
      level: LEVEL[f.severity],
      message: { text: text(f.message) },
      locations: [location(f)],
      // The finding id hashes check, account, region and resource ARN: the same issue keeps the
      // same fingerprint from scan to scan, so dashboards track it instead of reopening it.
      partialFingerprints: { [FINGERPRINT_KEY]: f.id },
      ...(f.muted && f.mute
        ? { suppressions: [{ kind: 'external', status: 'accepted', justification: text(`${f.mute.reason} (by ${f.mute.by}${f.mute.expires ? `, until ${f.mute.expires}` : ''})`) }] }
        : {}),
      properties: findingProperties(f),
    }));
  const notifications: Notification[] = result.findings
    .filter((f) => f.status === 'ERROR')
    .map((f) => ({
      level: 'error',
      message: { text: text(f.message) },
      descriptor: { id: 'could-not-evaluate' },
      associatedRule: { id: f.checkId, index: index.get(f.checkId)! },
      locations: [location(f)],
      properties: findingProperties(f),
    }));
  if (result.scan.interrupted) {
    notifications.push({
      level: 'error',
      message: { text: text(`The scan stopped early (${result.scan.interrupted}): checks that had not finished are missing from this log.`) },
      descriptor: { id: 'interrupted' },
    });
  }
  for (const note of notes) notifications.push({ level: 'warning', message: { text: text(note) }, descriptor: { id: 'result-recomputed' } });
  return {
    $schema: SARIF_SCHEMA,
    version: SARIF_VERSION,
    runs: [
      {
        tool: {
          driver: {
            name: 'srm-audit',
            version: result.tool.version,
            ...(/^\d+\.\d+\.\d+/.test(result.tool.version) ? { semanticVersion: result.tool.version } : {}),
            rules: ruleIds.map((id) => rule(id, result.scan.checkInfo?.[id], byCheck.get(id))),
          },
        },
        // GitHub groups uploads by the id up to its last slash: every srm-audit scan is one category.
        automationDetails: { id: `srm-audit/${result.scan.id}` },
        invocations: [
          {
            // An ERROR finding is a place the scan could not look; the log is then incomplete.
            executionSuccessful: !result.scan.incomplete,
            startTimeUtc: result.scan.startedAt,
            endTimeUtc: result.scan.finishedAt,
            toolExecutionNotifications: notifications,
          },
        ],
        results,
        properties: {
          scanId: result.scan.id,
          mode: result.scan.mode,
          evaluatedAt: result.scan.evaluatedAt,
          accounts: result.scan.accounts,
          regions: result.scan.regions,
        },
      },
    ],
  };
}

export default defineReport({
  id: 'sarif',
  title: 'SARIF 2.1.0: a rule per check, a result per FAIL, ERROR findings as tool notifications',
  extension: '.sarif',
  render: (result, notes) => JSON.stringify(toSarif(result, notes), null, 1) + '\n',
});
