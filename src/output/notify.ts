import { newFailuresOf } from '../result/baseline.js';
import type { NotificationOutcome, ScanResult } from '../result/result.js';
import { stripControl } from '../util/inert.js';

/** Lines of failures a message lists; the rest are counted. A chat message is read, not searched. */
export const MAX_LISTED = 15;
const TIMEOUT_MS = 10_000;
const LOOPBACK = new Set(['127.0.0.1', '::1', '[::1]', 'localhost']);

/** A webhook URL that cannot be used: the CLI turns it into a usage error naming the flag or key. */
export class WebhookUrlError extends Error {}

/**
 * Checks a webhook URL before the scan. HTTPS only (the message names resources and the URL
 * carries its token), except plain HTTP to the loopback interface (a local relay, tests). The
 * message never repeats the URL: a Slack incoming-webhook URL is itself the credential.
 */
export function checkWebhookUrl(raw: string, source: string): URL {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new WebhookUrlError(`${source} is not a URL`);
  }
  if (url.username || url.password) throw new WebhookUrlError(`${source} must not carry a user name or password`);
  if (url.protocol === 'https:') return url;
  if (url.protocol === 'http:' && LOOPBACK.has(url.hostname)) return url;
  throw new WebhookUrlError(`${source} must be an https:// URL (plain http only to the loopback interface), got ${url.protocol}//${url.host}`);
}

/** Text safe inside Slack mrkdwn: control characters out, its three special characters escaped. */
const slack = (s: string) => stripControl(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * A Slack-compatible incoming-webhook payload (`text`, which other chat tools read too): the new
 * failures since the baseline, or every open failure when the scan had none. It names checks and
 * resources only, never finding messages or evidence, which may quote configuration values.
 */
export function webhookPayload(r: ScanResult): { text: string } {
  const failures = newFailuresOf(r);
  const b = r.scan.baseline;
  const scope = `account${r.scan.accounts.length > 1 ? 's' : ''} ${r.scan.accounts.join(', ')}`;
  const head = b
    ? `srm-audit: ${failures.length} new failure${failures.length === 1 ? '' : 's'} in ${scope} since run ${b.scanId} (${b.counts.resolved} resolved, ${b.counts.stillFailing} still failing${b.counts.newErrors ? `, ${b.counts.newErrors} new errors` : ''})`
    : `srm-audit: ${failures.length} failure${failures.length === 1 ? '' : 's'} in ${scope} (no earlier run to compare with)`;
  const lines = [slack(head)];
  if (r.scan.incomplete) lines.push(slack(`Incomplete: ${r.summary.status.ERROR} check result(s) could not decide.`));
  for (const f of failures.slice(0, MAX_LISTED)) lines.push(slack(`• [${f.severity}] ${f.checkId} on ${f.resource} (${f.account} ${f.region})`));
  if (failures.length > MAX_LISTED) lines.push(`… and ${failures.length - MAX_LISTED} more (see the run folder's reports)`);
  lines.push(slack(`Scan ${r.scan.id}, started ${r.scan.startedAt}.`));
  return { text: lines.join('\n') };
}

/**
 * Posts the summary; never throws. Whatever happens is returned for the result and the console,
 * naming the webhook by its origin only. A failed notification never changes the scan's outcome.
 */
export async function notifyWebhook(url: URL, r: ScanResult, fetchImpl: typeof fetch = fetch): Promise<NotificationOutcome> {
  const payload = webhookPayload(r);
  const base = { channel: 'webhook' as const, target: url.origin, findings: newFailuresOf(r).length };
  try {
    const res = await fetchImpl(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(payload),
      // A redirect would send the message (and the token in the path) elsewhere.
      redirect: 'error',
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
    await res.arrayBuffer().catch(() => undefined); // drain: keep-alive sockets must not hold the process
    if (!res.ok) return { ...base, status: 'failed', error: `HTTP ${res.status}${res.statusText ? ` ${stripControl(res.statusText).slice(0, 80)}` : ''}` };
    return { ...base, status: 'sent' };
  } catch (err) {
    const e = err as Error & { cause?: { code?: string; message?: string } };
    const why = e.name === 'TimeoutError' ? `no answer within ${TIMEOUT_MS / 1000} s` : (e.cause?.code ?? e.cause?.message ?? e.message);
    // The error text of fetch can quote the URL; only the origin is kept.
    return { ...base, status: 'failed', error: stripControl(String(why)).split(url.href).join(url.origin).slice(0, 200) };
  }
}
