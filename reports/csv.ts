import type { Finding } from '../src/result/finding.js';
import { stripControl } from '../src/util/inert.js';
import { defineReport } from './define.js';

/** Column order is part of the format: append new columns at the end, never reorder. */
export const CSV_COLUMNS: readonly [string, (f: Finding) => string][] = [
  ['id', (f) => f.id],
  ['checkId', (f) => f.checkId],
  ['status', (f) => f.status],
  ['muted', (f) => String(f.muted)],
  ['severity', (f) => f.severity],
  ['account', (f) => f.account],
  ['region', (f) => f.region],
  ['resourceType', (f) => f.resource.type],
  ['resourceId', (f) => f.resource.id],
  ['resourceArn', (f) => f.resource.arn],
  ['duty', (f) => f.srm.duty],
  ['layer', (f) => f.srm.layer],
  ['serviceModel', (f) => f.srm.serviceModel],
  ['owner', (f) => f.srm.owner],
  ['title', (f) => f.title],
  ['message', (f) => f.message],
  ['compliance', (f) => Object.entries(f.compliance).map(([fw, ids]) => `${fw}:${ids.join('+')}`).join(' ')],
  ['remediation', (f) => f.remediation.text],
  ['remediationUrl', (f) => f.remediation.url],
  ['muteReason', (f) => f.mute?.reason ?? ''],
  ['muteBy', (f) => f.mute?.by ?? ''],
  ['muteExpires', (f) => f.mute?.expires ?? ''],
  ['resourceName', (f) => f.resource.name ?? ''],
  ['team', (f) => f.owner?.team ?? ''],
  ['teamDecidedBy', (f) => (f.owner ? `${f.owner.by}${f.owner.key ? `:${f.owner.key}` : ''}` : '')],
];

/**
 * One CSV field: control characters removed, a leading formula trigger (= + - @, tab, CR)
 * neutralised with an apostrophe (OWASP's CSV injection advice) so a spreadsheet shows text,
 * then quoted per RFC 4180 when it holds a comma, quote or line break.
 */
export function csvField(value: string): string {
  let v = stripControl(value);
  if (/^[=+\-@\t\r]/.test(v)) v = `'${v}`;
  return /[",\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v;
}

export default defineReport({
  id: 'csv',
  title: 'CSV, one finding a row',
  extension: '.csv',
  render(result) {
    const rows = [CSV_COLUMNS.map(([name]) => name), ...result.findings.map((f) => CSV_COLUMNS.map(([, get]) => get(f)))];
    return rows.map((r) => r.map(csvField).join(',')).join('\r\n') + '\r\n';
  },
});
