/**
 * Unicode bidirectional controls (U+202A–U+202E, U+2066–U+2069) in names that come from AWS
 * reorder what a reader sees ("Trojan Source"). Every report and the console show them escaped.
 */
import { describe, expect, it } from 'vitest';
import csv from '../../reports/csv.js';
import html from '../../reports/html.js';
import markdown from '../../reports/markdown.js';
import { consoleSummary } from '../../src/cli/console.js';
import { mdCode, mdText } from '../../src/util/markdown.js';
import { stripControl } from '../../src/util/inert.js';
import { demoResult } from '../harness/demo-result.js';

const BIDI = ['\u202a', '\u202b', '\u202c', '\u202d', '\u202e', '\u2066', '\u2067', '\u2068', '\u2069'];
const RAW = /[\u202a-\u202e\u2066-\u2069]/;
const hostile = `invoice\u202Egpj.exe\u2066x\u2069`;

describe('bidi control characters are shown escaped', () => {
  it('in the shared inert helper, every one of them, and nothing else changes', () => {
    for (const c of BIDI) expect(stripControl(`a${c}b`)).toBe(`a<U+${c.charCodeAt(0).toString(16).toUpperCase()}>b`);
    expect(stripControl('café – naïve ✓ \u200f')).toBe('café – naïve ✓ \u200f');
    expect(mdText(hostile)).not.toMatch(RAW);
    expect(mdCode(hostile)).toBe('`invoice<U+202E>gpj.exe<U+2066>x<U+2069>`');
  });

  it('in Markdown, HTML (page text and finding data) and CSV reports, and the console summary', async () => {
    const result = await demoResult();
    const f = result.findings.find((x) => x.status === 'FAIL')!;
    f.resource.id = hostile;
    f.message = `Bucket ${hostile} is public`;
    result.scan.identity = `arn:aws:iam::123456789012:user/${hostile}`;
    for (const [name, text] of [['markdown', markdown.render(result)], ['html', html.render(result)], ['csv', csv.render(result)], ['console', consoleSummary(result, [`out/${hostile}`], 1)]] as const) {
      expect(text, name).not.toMatch(RAW);
      expect(text, name).toMatch(/U\+202E/);
    }
  });
});
