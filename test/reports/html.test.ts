import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoResult } from '../harness/demo-result.js';
import html from '../../reports/html.js';
import type { ScanResult } from '../../src/result/result.js';
import { framework } from '../../src/frameworks/index.js';
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
