import type { Finding } from '../src/result/finding.js';
import { defineReport } from './define.js';

/** XML 1.0 text: invalid characters removed, markup escaped. */
export function xmlText(value: string): string {
  return value
    // eslint-disable-next-line no-control-regex -- XML 1.0 forbids these characters outright
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

function testcase(f: Finding): string {
  const attrs = `classname="${xmlText(f.checkId)}" name="${xmlText(`${f.account}/${f.region}/${f.resource.id}`)}"`;
  const detail = xmlText(`${f.message}\nResource: ${f.resource.arn}\nDuty: ${f.srm.duty} (${f.srm.layer}, ${f.srm.serviceModel}, owner ${f.srm.owner})\nRemediation: ${f.remediation.text} ${f.remediation.url}`);
  if (f.muted) return `    <testcase ${attrs}><skipped message="${xmlText(`muted: ${f.mute?.reason ?? ''} (by ${f.mute?.by ?? ''})`)}"/></testcase>`;
  if (f.status === 'FAIL') return `    <testcase ${attrs}><failure message="${xmlText(f.message)}" type="${f.severity}">${detail}</failure></testcase>`;
  if (f.status === 'ERROR') return `    <testcase ${attrs}><error message="${xmlText(f.message)}" type="could-not-evaluate">${detail}</error></testcase>`;
  return `    <testcase ${attrs}/>`;
}

/** JUnit XML: a test suite per check, a test case per check × resource, so CI shows failures. */
export default defineReport({
  id: 'junit',
  title: 'JUnit XML, a test case per check and resource',
  extension: '.xml',
  render(result) {
    const byCheck = new Map<string, Finding[]>();
    for (const f of result.findings) byCheck.set(f.checkId, [...(byCheck.get(f.checkId) ?? []), f]);
    const count = (l: Finding[], pred: (f: Finding) => boolean) => l.filter(pred).length;
    const suites = [...byCheck.entries()].map(([checkId, list]) => {
      const failures = count(list, (f) => f.status === 'FAIL' && !f.muted);
      const errors = count(list, (f) => f.status === 'ERROR' && !f.muted);
      const skipped = count(list, (f) => f.muted);
      return [
        `  <testsuite name="${xmlText(checkId)}" tests="${list.length}" failures="${failures}" errors="${errors}" skipped="${skipped}" timestamp="${result.scan.startedAt}">`,
        ...list.map(testcase),
        '  </testsuite>',
      ].join('\n');
    });
    const all = result.findings;
    return [
      '<?xml version="1.0" encoding="UTF-8"?>',
      `<testsuites name="srm-audit ${xmlText(result.tool.version)}" tests="${all.length}" failures="${count(all, (f) => f.status === 'FAIL' && !f.muted)}" errors="${count(all, (f) => f.status === 'ERROR' && !f.muted)}" skipped="${count(all, (f) => f.muted)}">`,
      ...suites,
      '</testsuites>',
      '',
    ].join('\n');
  },
});
