import type { ResolvedCheck } from '../check/define.js';
import { Registry } from '../check/registry.js';
import { EXIT } from './exit.js';
import { UsageError } from '../util/errors.js';
import { resolveFrameworks, shortTitle } from '../frameworks/index.js';
import { builtinChecks } from '../../checks/index.js';

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

export const checksCommand = {
  async list(o: { format?: 'table' | 'json'; checksDir?: string[]; framework?: string[] }): Promise<number> {
    const chosen = o.framework ? resolveFrameworks(o.framework) : undefined;
    const registry = await Registry.create(builtinChecks, { checksDirs: o.checksDir ?? [] });
    const all = chosen ? registry.all().filter((c) => chosen.some((fw) => c.compliance[fw.id])) : registry.all();
    const format = o.format ?? (process.stdout.isTTY ? 'table' : 'json');
    if (format === 'json') {
      process.stdout.write(JSON.stringify(all.map(row), null, 2) + '\n');
      return EXIT.clean;
    }
    // One column per chosen framework; CIS 3.0.0 alone when none is chosen, as before.
    const columns = chosen?.map((fw) => ({ id: fw.id, head: shortTitle(fw).toUpperCase() })) ?? [{ id: 'cis-aws-foundations-3.0.0', head: 'CIS 3.0.0' }];
    const rows = [['ID', 'SEVERITY', 'DUTY', 'LAYER', 'MODEL', 'OWNER', ...columns.map((x) => x.head), 'TITLE']];
    for (const c of all) {
      rows.push([c.id, c.severity, c.srm.duty, c.srm.layer, c.srm.serviceModel, c.srm.owner, ...columns.map((x) => (c.compliance[x.id] ?? []).join(',') || '-'), c.title]);
    }
    process.stdout.write(table(rows) + `\n\n${all.length} checks. "srm-audit checks show ID" for one; --format json for machines.\n`);
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
