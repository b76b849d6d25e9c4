import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoResult } from '../harness/demo-result.js';
import html from '../../reports/html.js';
import type { ScanResult } from '../../src/result/result.js';
import { framework, frameworks } from '../../src/frameworks/index.js';
import { DUTY_IDS } from '../../src/srm/index.js';

const root = join(import.meta.dirname, '..', '..');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
let result: ScanResult;
let file: string;

beforeAll(async () => {
  result = await demoResult();
  // One muted finding and one hostile resource name, to see both handled.
  result.findings[0]!.muted = true;
  result.findings[0]!.mute = { reason: 'accepted for the demo', by: 'secops@example.com', expires: '2027-01-31' };
  const hostile = result.findings.find((f) => f.status === 'FAIL' && !f.muted)!;
  hostile.resource.id = '</script><script>window.pwned=1</script><img src=x onerror=window.pwned=2>';
  file = join(await mkdtemp(join(tmpdir(), 'srm-html-')), 'report.html');
  await writeFile(file, html.render(result));
});

describe('html report (static structure)', () => {
  it('is one self-contained file that forbids network fetches', () => {
    const page = html.render(result);
    expect(page).toContain(`default-src 'none'`);
    expect(page).not.toMatch(/<(link|img|script)[^>]+(href|src)=["']?https?:/i);
    expect(page).not.toContain('</script><script>window.pwned');
  });

  it('opens on the matrix, then lists every duty and every CIS v3.0.0 control', () => {
    const page = html.render(result);
    expect(page.indexOf('id="matrix"')).toBeLessThan(page.indexOf('id="duties"'));
    for (const d of DUTY_IDS) expect(page).toContain(`<code>${d}</code>`);
    const fw = framework('cis-aws-foundations-3.0.0')!;
    for (const c of fw.controls) expect(page).toContain(`<th scope="row">${c.id}</th>`);
    expect(page).toContain('Inherited: <a href="https://aws.amazon.com/artifact/">');
  });

  it('has a framework picker listing every framework, CIS v5 and v7 included, and every requirement of each', () => {
    const page = html.render(result);
    const picker = page.slice(page.indexOf('<select id="fw-pick">'), page.indexOf('</select>', page.indexOf('<select id="fw-pick">')));
    const options = [...picker.matchAll(/<option value="([^"]+)">/g)].map((m) => m[1]);
    expect(options).toEqual(frameworks().map((f) => f.id));
    expect(options).toEqual(expect.arrayContaining(['cis-aws-foundations-5.0.0', 'cis-aws-foundations-7.0.0', 'nist-800-53-r5', 'iso-27001-2022', 'soc2-2017', 'pci-dss-4.0.1', 'aws-foundational-security-best-practices-1.0.0']));
    for (const fw of frameworks()) {
      const start = page.indexOf(`<div class="fw" id="fw-${fw.id}"`);
      expect(start, fw.id).toBeGreaterThan(0);
      const block = page.slice(start, page.indexOf('</table></div>', start));
      const rows = [...block.matchAll(/<tr class="req-([a-z-]+)"><th scope="row">([^<]+)<\/th>/g)];
      expect(rows.map((m) => m[2]), fw.id).toEqual(fw.controls.map((c) => c.id));
      for (const m of rows) expect(['met', 'failed', 'could-not-evaluate', 'not-evaluated', 'manual']).toContain(m[1]);
    }
  });

  it('shows only the frameworks of the view', () => {
    const page = html.render(result, [], { frameworks: ['pci-dss-4.0.1', 'cis-aws-foundations-7.0.0'] });
    const picker = page.slice(page.indexOf('<select id="fw-pick">'), page.indexOf('</select>', page.indexOf('<select id="fw-pick">')));
    expect([...picker.matchAll(/<option value="([^"]+)">/g)].map((m) => m[1])).toEqual(['pci-dss-4.0.1', 'cis-aws-foundations-7.0.0']);
    expect(page).not.toContain('id="fw-soc2-2017"');
  });
});

describe('html report in headless Chromium', () => {
  let browser: Browser;
  beforeAll(async () => {
    if (!existsSync(CHROMIUM)) throw new Error(`Chromium not found at ${CHROMIUM}: apt-get install chromium (or set CHROMIUM_PATH)`);
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'] });
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('shows the matrix, filters findings by status and resource, shows muted on demand, fetches nothing, runs no injected script', async () => {
    const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    await page.goto(`file://${file}`);
    await expect(page.locator('table.matrix caption').textContent()).resolves.toMatch(/SRM layers/);
    const artifacts = join(root, 'test-artifacts');
    await mkdir(artifacts, { recursive: true });
    await page.screenshot({ path: join(artifacts, 'html-matrix.png') });

    const rows = page.locator('#findings-table tbody tr');
    const unmuted = result.findings.filter((f) => !f.muted);
    await expect(page.locator('#count').textContent()).resolves.toContain(`of ${unmuted.length} matching`);

    await page.selectOption('#f-s', 'FAIL');
    const failing = unmuted.filter((f) => f.status === 'FAIL').length;
    await expect(page.locator('#count').textContent()).resolves.toContain(`of ${failing} matching`);
    const statuses = await rows.evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-status')));
    expect(new Set(statuses)).toEqual(new Set(['FAIL']));
    // A failure is headed by what is wrong (its message), the check's compliant title second.
    const heads = await rows.evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('td:nth-child(3) div')].map((d) => d.textContent)));
    const messages = new Set(unmuted.filter((f) => f.status === 'FAIL').map((f) => f.message));
    const titles = new Set(unmuted.map((f) => f.title));
    expect(heads.length).toBeGreaterThan(0);
    for (const [what, title] of heads) {
      expect(messages.has(what!)).toBe(true);
      expect(titles.has(title!)).toBe(true);
    }

    await page.selectOption('#f-s', '');
    await page.fill('#f-q', 'acme-web-assets');
    const resources = await rows.evaluateAll((trs) => trs.map((tr) => tr.querySelector('td:nth-child(4) code')?.textContent));
    expect(resources.length).toBeGreaterThan(0);
    expect(resources.every((r) => r?.includes('acme-web-assets'))).toBe(true);

    await page.fill('#f-q', '');
    await page.check('#f-muted');
    await expect(page.locator('#count').textContent()).resolves.toContain(`of ${result.findings.length} matching`);
    // The table shows 100 rows a page: narrow it to the muted finding's resource to see its row.
    const muted = result.findings.find((f) => f.muted)!;
    await page.fill('#f-q', muted.resource.id);
    expect(await page.getByText('Muted: accepted for the demo').isVisible()).toBe(true);

    expect(await page.evaluate(() => (globalThis as { pwned?: number }).pwned)).toBeUndefined();
    expect(requests.filter((u) => !u.startsWith('file://'))).toEqual([]);
    await page.close();
  });

  it('framework view: the picker shows one framework at a time, and it prints to PDF without controls, cut rows or lost headers', async () => {
    const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
    await page.goto(`file://${file}`);
    const visible = () => page.locator('#framework .fw:not([hidden])').evaluateAll((els) => els.map((e) => e.getAttribute('data-fw')));
    await expect(visible()).resolves.toEqual([frameworks()[0]!.id]);
    await page.selectOption('#fw-pick', 'pci-dss-4.0.1');
    await expect(visible()).resolves.toEqual(['pci-dss-4.0.1']);
    expect(page.url()).toMatch(/#fw-pci-dss-4\.0\.1$/);
    // Every PCI DSS requirement is shown with one of the four statuses.
    const pci = framework('pci-dss-4.0.1')!;
    const statuses = await page.locator('#fw-pci-dss-4\\.0\\.1 tbody tr[class^="req-"] .badge').allTextContents();
    expect(statuses).toHaveLength(pci.controls.length);
    for (const s of statuses) expect(['met', 'failed', 'could not evaluate', 'not evaluated', 'manual']).toContain(s);

    const artifacts = join(root, 'test-artifacts', 'frameworks');
    await mkdir(artifacts, { recursive: true });
    await page.locator('#framework').screenshot({ path: join(artifacts, 'framework-view.png') });

    await page.emulateMedia({ media: 'print' });
    // Read in the page as a string: the test project compiles without the DOM library.
    const print = await page.evaluate(`(() => {
      const style = (sel) => getComputedStyle(document.querySelector(sel));
      return {
        picker: style('.fw-picker').display,
        filters: style('.filters').display,
        pager: style('.pager').display,
        nav: style('header nav').display,
        thead: style('#fw-pci-dss-4\\\\.0\\\\.1 thead').display,
        rowBreak: style('#fw-pci-dss-4\\\\.0\\\\.1 tbody tr').breakInside,
        hiddenFrameworks: [...document.querySelectorAll('#framework .fw')].filter((e) => getComputedStyle(e).display === 'none').length,
      };
    })()`);
    expect(print).toEqual({ picker: 'none', filters: 'none', pager: 'none', nav: 'none', thead: 'table-header-group', rowBreak: 'avoid', hiddenFrameworks: frameworks().length - 1 });
    await page.screenshot({ path: join(artifacts, 'framework-view-print.png'), fullPage: false });
    const pdf = await page.pdf({ path: join(artifacts, 'framework-view.pdf'), format: 'A4', printBackground: true, margin: { top: '12mm', bottom: '12mm', left: '10mm', right: '10mm' } });
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    // Several pages: the table is long enough that repeated headers and unbroken rows matter.
    const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
    expect(pages).toBeGreaterThan(2);
    await page.close();
  });

  it('keyboard: a failure\'s remediation opens from the keyboard', async () => {
    const page = await browser.newPage();
    await page.goto(`file://${file}`);
    await page.selectOption('#f-s', 'FAIL');
    const summary = page.locator('#findings-table tbody tr summary').first();
    await summary.focus();
    await page.keyboard.press('Enter');
    await expect(page.locator('#findings-table tbody tr details').first().getAttribute('open')).resolves.not.toBeNull();
    await page.close();
  });
});
