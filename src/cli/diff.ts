import { diffResults, type ResultDiff } from '../result/diff.js';
import type { Finding } from '../result/finding.js';
import { mdCode, mdText } from '../util/markdown.js';
import { DUTY_IDS } from '../srm/index.js';
import { EXIT } from './exit.js';
import { readResult } from './report.js';

const line = (f: Finding) => `- ${mdCode(f.checkId)} ${mdCode(f.account)} ${mdCode(f.region)} ${mdCode(f.resource.id)} (${f.severity}): ${mdText(f.message)}`;
const SECTIONS: [keyof ResultDiff, string][] = [['newFailures', 'New failures'], ['resolved', 'Resolved'], ['stillFailing', 'Still failing'], ['newErrors', 'New errors']];

/** Per duty: how many findings fell in each section. */
function byDuty(d: ResultDiff): Record<string, Record<keyof ResultDiff, number>> {
  const out: Record<string, Record<keyof ResultDiff, number>> = {};
  for (const duty of DUTY_IDS) {
    const counts = Object.fromEntries(SECTIONS.map(([k]) => [k, d[k].filter((f) => f.srm.duty === duty).length])) as Record<keyof ResultDiff, number>;
    if (Object.values(counts).some((n) => n > 0)) out[duty] = counts;
  }
  return out;
}

/** Exit 1 when the newer result has failures the older did not: what a scheduled run alerts on. */
export async function diffCommand(oldFile: string, newFile: string, o: { format: 'markdown' | 'json' }): Promise<number> {
  const d = diffResults(await readResult(oldFile), await readResult(newFile));
  if (o.format === 'json') {
    const ids = (l: Finding[]) => l.map((f) => ({ id: f.id, checkId: f.checkId, account: f.account, region: f.region, resource: f.resource, severity: f.severity, duty: f.srm.duty }));
    process.stdout.write(JSON.stringify({ byDuty: byDuty(d), ...Object.fromEntries(SECTIONS.map(([k]) => [k, ids(d[k])])) }, null, 2) + '\n');
  } else {
    const lines = ['# srm-audit diff', '', '| Duty | New failures | Resolved | Still failing | New errors |', '|---|---:|---:|---:|---:|'];
    for (const [duty, c] of Object.entries(byDuty(d))) lines.push(`| ${duty} | ${c.newFailures} | ${c.resolved} | ${c.stillFailing} | ${c.newErrors} |`);
    lines.push('');
    for (const [key, title] of SECTIONS) {
      lines.push(`## ${title} (${d[key].length})`, '');
      if (!d[key].length) lines.push('None.', '');
      for (const duty of DUTY_IDS) {
        const list = d[key].filter((f) => f.srm.duty === duty);
        if (list.length) lines.push(`### ${duty}`, '', ...list.map(line), '');
      }
    }
    process.stdout.write(lines.join('\n'));
  }
  return d.newFailures.length ? EXIT.findings : EXIT.clean;
}
