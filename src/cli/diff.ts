import { diffResults } from '../engine/diff.js';
import type { Finding } from '../engine/finding.js';
import { mdCode, mdText } from '../lib/markdown.js';
import { EXIT } from './exit.js';
import { readResult } from './report.js';

const line = (f: Finding) => `- ${mdCode(f.checkId)} ${mdCode(f.account)} ${mdCode(f.region)} ${mdCode(f.resource.id)} (${f.severity}, ${f.srm.duty}): ${mdText(f.message)}`;

/** Exit 1 when the newer result has failures the older did not: what a scheduled run alerts on. */
export async function diffCommand(oldFile: string, newFile: string, o: { format: 'markdown' | 'json' }): Promise<number> {
  const d = diffResults(await readResult(oldFile), await readResult(newFile));
  if (o.format === 'json') {
    const ids = (l: Finding[]) => l.map((f) => ({ id: f.id, checkId: f.checkId, account: f.account, region: f.region, resource: f.resource, severity: f.severity, duty: f.srm.duty }));
    process.stdout.write(JSON.stringify({ newFailures: ids(d.newFailures), resolved: ids(d.resolved), stillFailing: ids(d.stillFailing), newErrors: ids(d.newErrors) }, null, 2) + '\n');
  } else {
    const section = (title: string, l: Finding[]) => [`## ${title} (${l.length})`, '', ...(l.length ? l.map(line) : ['None.']), ''];
    process.stdout.write(
      ['# srm-audit diff', '', ...section('New failures', d.newFailures), ...section('Resolved', d.resolved), ...section('Still failing', d.stillFailing), ...section('New errors', d.newErrors)].join('\n'),
    );
  }
  return d.newFailures.length ? EXIT.findings : EXIT.clean;
}
