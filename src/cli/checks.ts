import type { ResolvedCheck } from '../check/define.js';
import { Registry } from '../check/registry.js';
import { EXIT } from './exit.js';
import { UsageError } from '../util/errors.js';
import { resolveFrameworks, shortTitle } from '../frameworks/index.js';
import { builtinChecks } from '../../checks/index.js';
import { csvField } from '../../reports/csv.js';

function row(c: ResolvedCheck) {
  return {
    id: c.id,
    title: c.title,
    description: c.description,
    service: c.service,
    resourceType: c.resourceType,
    severity: c.severity,
    scope: c.scope,
    srm: c.srm,
    compliance: c.compliance,
    options: c.options ?? {},
    remediation: c.remediation,
    origin: c.origin,
  };
}

function table(rows: string[][]): string {
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
  return rows.map((r) => r.map((cell, i) => cell.padEnd(widths[i]!)).join('  ').trimEnd()).join('\n');
}

/** `checks --format`: chosen by the user, never by whether stdout is a terminal (a pipe gets what was asked for). */
export const CHECKS_FORMATS = ['table', 'json', 'csv'] as const;
export type ChecksFormat = (typeof CHECKS_FORMATS)[number];

/** Columns of `checks --format csv`: append new ones at the end, never reorder. */
const CSV_COLUMNS: readonly [string, (c: ResolvedCheck) => string][] = [
  ['id', (c) => c.id],
  ['service', (c) => c.service],
  ['severity', (c) => c.severity],
  ['duty', (c) => c.srm.duty],
  ['layer', (c) => c.srm.layer],
  ['serviceModel', (c) => c.srm.serviceModel],
  ['owner', (c) => c.srm.owner],
  ['scope', (c) => c.scope],
  ['resourceType', (c) => c.resourceType],
  ['compliance', (c) => Object.entries(c.compliance).map(([fw, ids]) => `${fw}:${ids.join('+')}`).join(' ')],
  ['title', (c) => c.title],
  ['origin', (c) => c.origin],
];

export const checksCommand = {
  async list(o: { format?: ChecksFormat; checksDir?: string[]; framework?: string[] }): Promise<number> {
    const chosen = o.framework ? resolveFrameworks(o.framework) : undefined;
    const registry = await Registry.create(builtinChecks, { checksDirs: o.checksDir ?? [] });
    const all = chosen ? registry.all().filter((c) => chosen.some((fw) => c.compliance[fw.id])) : registry.all();
    const format = o.format ?? 'table';
    if (format === 'json') {
      process.stdout.write(JSON.stringify(all.map(row), null, 2) + '\n');
      return EXIT.clean;
    }
    if (format === 'csv') {
      const lines = [CSV_COLUMNS.map(([name]) => name).join(','), ...all.map((c) => CSV_COLUMNS.map(([, get]) => csvField(get(c))).join(','))];
      process.stdout.write(lines.join('\r\n') + '\r\n');
      return EXIT.clean;
    }
    // One column per chosen framework; CIS 3.0.0 alone when none is chosen, as before.
    const columns = chosen?.map((fw) => ({ id: fw.id, head: shortTitle(fw).toUpperCase() })) ?? [{ id: 'cis-aws-foundations-3.0.0', head: 'CIS 3.0.0' }];
    const rows = [['ID', 'SEVERITY', 'DUTY', 'LAYER', 'MODEL', 'OWNER', ...columns.map((x) => x.head), 'TITLE']];
    for (const c of all) {
      rows.push([c.id, c.severity, c.srm.duty, c.srm.layer, c.srm.serviceModel, c.srm.owner, ...columns.map((x) => (c.compliance[x.id] ?? []).join(',') || '-'), c.title]);
    }
    process.stdout.write(table(rows) + `\n\n${all.length} checks. "srm-audit checks show ID" for one; --format json or csv for machines.\n`);
    return EXIT.clean;
  },

  /** `--list-services`: the values --services takes, with how many checks each has. */
  async services(o: { format?: ChecksFormat; checksDir?: string[] }): Promise<number> {
    const registry = await Registry.create(builtinChecks, { checksDirs: o.checksDir ?? [] });
    const counts = new Map<string, number>();
    for (const c of registry.all()) counts.set(c.service, (counts.get(c.service) ?? 0) + 1);
    const services = [...counts.entries()].sort(([a], [b]) => (a < b ? -1 : 1));
    const format = o.format ?? 'table';
    if (format === 'json') process.stdout.write(JSON.stringify(services.map(([service, checks]) => ({ service, checks })), null, 2) + '\n');
    else if (format === 'csv') process.stdout.write(['service,checks', ...services.map(([s, n]) => `${csvField(s)},${n}`)].join('\r\n') + '\r\n');
    else process.stdout.write(table([['SERVICE', 'CHECKS'], ...services.map(([s, n]) => [s, String(n)])]) + `\n\n${services.length} services. Pass them to scan --services (comma-separated).\n`);
    return EXIT.clean;
  },

  async show(id: string, o: { format?: 'text' | 'json'; checksDir?: string[] }): Promise<number> {
    const registry = await Registry.create(builtinChecks, { checksDirs: o.checksDir ?? [] });
    const c = registry.get(id);
    if (!c) {
      const hint = registry.suggest(id);
      throw new UsageError(`unknown check id "${id}"${hint ? ` (did you mean "${hint}"?)` : ''}`);
    }
    if (o.format === 'json') {
      process.stdout.write(JSON.stringify(row(c), null, 2) + '\n');
      return EXIT.clean;
    }
    const lines = [
      `${c.id}: ${c.title}`,
      '',
      c.description,
      '',
      `service         ${c.service} (${c.scope})`,
      `resource type   ${c.resourceType}`,
      `severity        ${c.severity}`,
      `duty            ${c.srm.duty}`,
      `SRM             layer ${c.srm.layer}, service model ${c.srm.serviceModel}, owner ${c.srm.owner}`,
      `frameworks      ${Object.entries(c.compliance).map(([f, ids]) => `${f}: ${ids.join(', ')}`).join('; ') || '-'}`,
      `options         ${Object.keys(c.options ?? {}).length ? JSON.stringify(c.options) : '-'}`,
      '',
      `remediation     ${c.remediation.text}`,
      ...(c.remediation.cli ? [`cli             ${c.remediation.cli}`] : []),
      `docs            ${c.remediation.url}`,
    ];
    process.stdout.write(lines.join('\n') + '\n');
    return EXIT.clean;
  },
};
