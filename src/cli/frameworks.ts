import { coverage, frameworks } from '../frameworks/index.js';
import { EXIT } from './exit.js';

function table(rows: string[][]): string {
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
  return rows.map((r) => r.map((cell, i) => (i >= 2 && i <= 4 ? cell.padStart(widths[i]!) : cell.padEnd(widths[i]!))).join('  ').trimEnd()).join('\n');
}

/**
 * `srm-audit frameworks`: every framework file with its coverage. A requirement is automated when
 * at least one check decides it, manual otherwise (its reason is in the file and the reports).
 */
export function frameworksCommand(o: { format?: 'table' | 'json' }): number {
  const list = frameworks().map((fw) => ({ id: fw.id, title: fw.title, version: fw.version, url: fw.url, ...(fw.source ? { source: fw.source } : {}), ...(fw.scope ? { scope: fw.scope } : {}), requirements: coverage(fw) }));
  // What the user asked for, never what the terminal suggests: a pipe gets the same table (--format json for machines).
  const format = o.format ?? 'table';
  if (format === 'json') {
    process.stdout.write(JSON.stringify(list, null, 2) + '\n');
    return EXIT.clean;
  }
  const rows = [['ID', 'VERSION', 'AUTOMATED', 'MANUAL', 'TOTAL', 'TITLE']];
  for (const f of list) rows.push([f.id, f.version, String(f.requirements.automated), String(f.requirements.manual), String(f.requirements.total), f.title]);
  process.stdout.write(table(rows) + `\n\n${list.length} frameworks. Use an id with --framework on scan, report and checks.\n`);
  return EXIT.clean;
}
