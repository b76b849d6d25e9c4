/**
 * moto cannot backdate timestamps and its credential report has no <root_account> row, so a
 * freshly seeded account looks brand new. AWS's report always has the root row, and a real small
 * company's account is years old. This rewrites the recorded credential report of the demo
 * snapshot, and only that, so the demo shows what a scan of a lived-in account shows. Every
 * change is listed here; nothing else in the recording is touched.
 */
import type { Snapshot } from '../src/inventory/snapshot.js';
import { parseCsv } from '../src/util/csv.js';

const DAY = 86_400_000;

/** Column values per user, as days before the recording (numbers) or literal values (strings). */
const AGES: Record<string, Record<string, number | string>> = {
  '<root_account>': {
    arn: 'arn:aws:iam::123456789012:root', user_creation_time: 1460, password_enabled: 'not_supported', password_last_used: 3,
    password_last_changed: 'not_supported', password_next_rotation: 'not_supported', mfa_active: 'false', access_key_1_active: 'false',
    access_key_2_active: 'false',
  },
  alice: { user_creation_time: 900, password_last_changed: 120, password_last_used: 1 },
  bob: { user_creation_time: 700, password_last_changed: 700, password_last_used: 97 },
  carol: { user_creation_time: 60, password_last_changed: 60, password_last_used: 2 },
  'ci-deploy': {
    user_creation_time: 800, password_last_changed: 'N/A', access_key_1_last_rotated: 412, access_key_1_last_used_date: 1,
    access_key_1_last_used_region: 'us-east-1', access_key_1_last_used_service: 's3', access_key_2_last_rotated: 200,
  },
};

function csv(rows: Record<string, string>[], header: string[]): string {
  const cell = (v: string) => (/[",\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
  return [header.join(','), ...rows.map((r) => header.map((h) => cell(r[h] ?? 'N/A')).join(','))].join('\n') + '\n';
}

export function ageDemoCredentialReport(snapshot: Snapshot): void {
  const recorded = Date.parse(snapshot.recordedAt);
  const iso = (days: number) => new Date(recorded - days * DAY).toISOString().replace(/\.\d{3}Z$/, '+00:00');
  for (const entry of snapshot.entries) {
    if (entry.operation !== 'GetCredentialReport' || !entry.output) continue;
    const content = (entry.output as { Content: { $bytes: string } }).Content;
    const text = Buffer.from(content.$bytes, 'base64').toString('utf8');
    const header = text.split('\n')[0]!.split(',');
    const rows = parseCsv(text);
    if (!rows.some((r) => r.user === '<root_account>')) {
      rows.unshift({ ...Object.fromEntries(header.map((h) => [h, 'N/A'])), user: '<root_account>' });
    }
    for (const row of rows) {
      for (const [col, v] of Object.entries(AGES[row.user!] ?? {})) row[col] = typeof v === 'number' ? iso(v) : v;
    }
    content.$bytes = Buffer.from(csv(rows, header)).toString('base64');
  }
}
