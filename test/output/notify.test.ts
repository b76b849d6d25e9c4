import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { checkWebhookUrl, MAX_LISTED, notifyWebhook, webhookPayload, WebhookUrlError } from '../../src/output/notify.js';
import { compareWithBaseline } from '../../src/result/baseline.js';
import { summarize, type ScanResult } from '../../src/result/result.js';
import { demoResult } from '../harness/demo-result.js';

let demo: ScanResult;
beforeAll(async () => {
  demo = await demoResult();
});

/** A webhook receiver on the loopback interface: answers `status`, records what it was sent. */
async function receiver(status = 200, delayMs = 0) {
  const got: { path: string; type: string | undefined; body: unknown }[] = [];
  const server: Server = createServer((req: IncomingMessage, res) => {
    let body = '';
    req.on('data', (c: Buffer) => (body += c.toString('utf8')));
    req.on('end', () => {
      got.push({ path: req.url ?? '', type: req.headers['content-type'], body: JSON.parse(body) });
      setTimeout(() => res.writeHead(status, { 'content-type': 'text/plain' }).end('ok'), delayMs);
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  servers.push(server);
  const { port } = server.address() as AddressInfo;
  return { got, url: new URL(`http://127.0.0.1:${port}/services/T000/B000/s3cr3tT0ken`) };
}
const servers: Server[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => new Promise((r) => s.close(r))));
});

describe('webhook URL', () => {
  it('takes https, and http only on loopback; the error never repeats the URL path', () => {
    expect(checkWebhookUrl('https://hooks.slack.com/services/T/B/x', 'flag').hostname).toBe('hooks.slack.com');
    expect(checkWebhookUrl('http://127.0.0.1:9/x', 'flag').port).toBe('9');
    for (const bad of ['http://hooks.example.com/services/T/B/s3cr3t', 'ftp://x/s3cr3t', 'not a url s3cr3t', 'https://u:s3cr3t@example.com/']) {
      expect(() => checkWebhookUrl(bad, '--notify-webhook')).toThrow(WebhookUrlError);
      try {
        checkWebhookUrl(bad, '--notify-webhook');
      } catch (err) {
        expect((err as Error).message).toMatch(/^--notify-webhook /);
        expect((err as Error).message).not.toContain('s3cr3t');
      }
    }
  });
});

describe('webhook payload', () => {
  it('without a baseline: every open failure, capped, naming checks and resources but no finding message', () => {
    const p = webhookPayload(demo);
    const fails = demo.findings.filter((f) => f.status === 'FAIL' && !f.muted);
    expect(p.text).toContain(`${fails.length} failures`);
    expect(p.text).toContain('no earlier run to compare with');
    expect(p.text.split('\n').filter((l) => l.startsWith('• '))).toHaveLength(Math.min(fails.length, MAX_LISTED));
    if (fails.length > MAX_LISTED) expect(p.text).toContain(`and ${fails.length - MAX_LISTED} more`);
    for (const f of fails.slice(0, 3)) expect(p.text).not.toContain(f.message);
  });

  it('with a baseline: only the new failures', () => {
    const pass = demo.findings.find((f) => f.status === 'PASS')!;
    const r = structuredClone(demo);
    r.findings = r.findings.map((f) => (f.id === pass.id ? { ...f, status: 'FAIL' as const, resource: { ...f.resource, id: 'evil<script>&' } } : f));
    r.summary = summarize(r.findings);
    r.scan.baseline = compareWithBaseline({ location: 'x', manifestSha256: 'a'.repeat(64), result: demo }, r, []);
    const p = webhookPayload(r);
    expect(p.text).toMatch(/^srm-audit: 1 new failure in account/);
    expect(p.text.split('\n').filter((l) => l.startsWith('• '))).toEqual([expect.stringContaining(pass.checkId)]);
    // Slack mrkdwn control characters are escaped.
    expect(p.text).toContain('evil&lt;script&gt;&amp;');
  });
});

describe('posting to a webhook on loopback', () => {
  it('sends the JSON payload and records the origin only', async () => {
    const rx = await receiver(200);
    const n = await notifyWebhook(rx.url, demo);
    expect(n).toEqual({ channel: 'webhook', target: rx.url.origin, status: 'sent', findings: demo.findings.filter((f) => f.status === 'FAIL' && !f.muted).length });
    expect(rx.got).toHaveLength(1);
    expect(rx.got[0]).toMatchObject({ path: '/services/T000/B000/s3cr3tT0ken', type: 'application/json', body: webhookPayload(demo) });
    expect(JSON.stringify(n)).not.toContain('s3cr3t');
  });

  it('an HTTP error is a failed outcome, not an exception', async () => {
    const rx = await receiver(500);
    const n = await notifyWebhook(rx.url, demo);
    expect(n).toMatchObject({ status: 'failed', error: expect.stringMatching(/^HTTP 500/) });
    expect(JSON.stringify(n)).not.toContain('s3cr3t');
  });

  it('nothing listening is a failed outcome naming why, without the URL path', async () => {
    const rx = await receiver(200);
    await Promise.all(servers.splice(0).map((s) => new Promise((r) => s.close(r))));
    const n = await notifyWebhook(rx.url, demo);
    expect(n).toMatchObject({ status: 'failed', target: rx.url.origin });
    expect(n.error).toMatch(/ECONNREFUSED|fetch failed/);
    expect(JSON.stringify(n)).not.toContain('s3cr3t');
  });

  it('a redirect is refused (it would carry the message elsewhere)', async () => {
    const server = createServer((_req, res) => res.writeHead(302, { location: 'http://127.0.0.1:9/elsewhere' }).end());
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    servers.push(server);
    const url = new URL(`http://127.0.0.1:${(server.address() as AddressInfo).port}/hook/s3cr3t`);
    const n = await notifyWebhook(url, demo);
    expect(n.status).toBe('failed');
    expect(JSON.stringify(n)).not.toContain('s3cr3t');
  });
});
