import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { demoResult } from '../harness/demo-result.js';
import csv, { CSV_COLUMNS, csvField } from '../../reports/csv.js';
import junit from '../../reports/junit.js';
import type { ScanResult } from '../../src/result/result.js';
import { parseCsv } from '../../src/util/csv.js';

let result: ScanResult;
beforeAll(async () => {
  result = await demoResult();
});

const HOSTILE = `=cmd|' /C calc'!A0, "quoted", line1\nline2 \u001b[31m<b>`;

describe('csv report', () => {
  it('has one row per finding in the fixed column order, and parses back to the same values', () => {
    const rows = parseCsv(csv.render(result).replace(/\r\n/g, '\n'));
    expect(rows).toHaveLength(result.findings.length);
    expect(Object.keys(rows[0]!)).toEqual(CSV_COLUMNS.map(([n]) => n));
    const f = result.findings[0]!;
    expect(rows[0]).toMatchObject({ id: f.id, checkId: f.checkId, status: f.status, resourceArn: f.resource.arn, owner: f.srm.owner, duty: f.srm.duty });
  });

  it('survives a hostile resource name: no formula, no broken rows, no escape codes', () => {
    const copy = structuredClone(result);
    copy.findings[0]!.resource.id = HOSTILE;
    copy.findings[0]!.message = '+SUM(A1:A9)';
    const text = csv.render(copy);
    const rows = parseCsv(text.replace(/\r\n/g, '\n'));
    expect(rows).toHaveLength(copy.findings.length);
    expect(rows[0]!.resourceId).toBe(`'=cmd|' /C calc'!A0, "quoted", line1\nline2 [31m<b>`);
    expect(rows[0]!.message).toBe("'+SUM(A1:A9)");
    expect(text).not.toContain('\u001b');
    for (const row of rows) for (const v of Object.values(row)) expect(v).not.toMatch(/^[=+\-@]/);
  });

  it.each([
    ['=1+1', "'=1+1"], ['-2', "'-2"], ['@SUM(1)', "'@SUM(1)"], ['\tx', "'\tx"], ['a,b', '"a,b"'], ['say "hi"', '"say ""hi"""'], ['plain', 'plain'],
  ])('csvField(%j) = %j', (input, output) => {
    expect(csvField(input)).toBe(output);
  });
});

describe('junit report', () => {
  const parse = (xml: string) => new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '' }).parse(xml) as {
    testsuites: { tests: string; failures: string; errors: string; testsuite: { name: string; tests: string; failures: string; testcase: Record<string, unknown> | Record<string, unknown>[] }[] };
  };

  it('is well-formed XML with a suite per check and a case per check × resource; counts match the result', () => {
    const xml = junit.render(result);
    expect(XMLValidator.validate(xml)).toBe(true);
    const doc = parse(xml);
    const suites = doc.testsuites.testsuite;
    expect(suites.map((s) => s.name).sort()).toEqual([...new Set(result.findings.map((f) => f.checkId))].sort());
    expect(Number(doc.testsuites.tests)).toBe(result.findings.length);
    expect(Number(doc.testsuites.failures)).toBe(result.findings.filter((f) => f.status === 'FAIL' && !f.muted).length);
    const cases = suites.flatMap((s) => (Array.isArray(s.testcase) ? s.testcase : [s.testcase]));
    expect(cases).toHaveLength(result.findings.length);
    expect(cases.filter((c) => 'failure' in c)).toHaveLength(result.summary.status.FAIL);
  });

  it('keeps hostile text inert and the document valid; muted findings are skipped with their reason', () => {
    const copy = structuredClone(result);
    copy.findings[0]!.resource.id = `"><script>x</script>\u0001&`;
    copy.findings[0]!.status = 'FAIL';
    copy.findings[1]!.muted = true;
    copy.findings[1]!.mute = { reason: 'accepted <risk>', by: 'secops' };
    const xml = junit.render(copy);
    expect(XMLValidator.validate(xml)).toBe(true);
    expect(xml).not.toContain('<script>');
    expect(xml).toContain('skipped message="muted: accepted &lt;risk&gt; (by secops)"');
  });
});
