/**
 * The HTML report with a large estate: renders a result of 20,000 findings (the demo's findings
 * repeated with distinct resources), and measures file size, render time and Chromium's time to
 * first render of the findings table.  `npm run bench:html`
 */
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import html from '../reports/html.js';
import { DEFAULT_LIMITS } from '../src/aws/call.js';
import { DEFAULT_CLIENT_OPTIONS } from '../src/aws/clients.js';
import { Registry } from '../src/check/registry.js';
import { findingId } from '../src/result/finding.js';
import { summarize } from '../src/result/result.js';
import { runScan } from '../src/engine/scan.js';
import { loadSnapshot } from '../src/inventory/snapshot.js';
import { packageRoot } from '../src/util/package-root.js';
import { builtinChecks } from '../checks/index.js';

const TARGET = Number(process.argv[2] ?? 20_000);
const registry = await Registry.create(builtinChecks);
const snapshot = await loadSnapshot(join(packageRoot(), 'demo', 'demo-snapshot.json'));
const { result: demo } = await runScan({ checks: registry.all(), accounts: [], limits: DEFAULT_LIMITS, clientOptions: DEFAULT_CLIENT_OPTIONS, snapshot });
const findings = Array.from({ length: TARGET }, (_, i) => {
  const f = structuredClone(demo.findings[i % demo.findings.length]!);
  f.resource = { ...f.resource, id: `${f.resource.id}-${i}`, arn: `${f.resource.arn}-${i}` };
  f.id = findingId(f.checkId, f.account, f.region, f.resource.arn);
  return f;
});
const result = { ...demo, findings, summary: summarize(findings) };

let t = performance.now();
const page = html.render(result);
const renderMs = performance.now() - t;
const file = join(await mkdtemp(join(tmpdir(), 'srm-bench-html-')), 'report.html');
await writeFile(file, page);

const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'] });
const tab = await browser.newPage();
t = performance.now();
await tab.goto(`file://${file}`);
await tab.waitForSelector('#findings-table tbody tr');
const firstRenderMs = performance.now() - t;
t = performance.now();
await tab.selectOption('#f-s', 'FAIL');
const filterMs = performance.now() - t;
await browser.close();

console.log(JSON.stringify({ findings: TARGET, bytes: Buffer.byteLength(page), mebibytes: +(Buffer.byteLength(page) / 2 ** 20).toFixed(2), renderMs: Math.round(renderMs), browserFirstRenderMs: Math.round(firstRenderMs), filterMs: Math.round(filterMs) }));
