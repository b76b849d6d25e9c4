/**
 * The bench's stand-in for AWS: an HTTP proxy on loopback that adds a fixed delay to every request.
 * In `record` mode it forwards to the emulator and keeps each answer; in `replay` mode it answers
 * from what it kept, so the measured scan sees a server with a fixed round trip and no service
 * time of its own (as the lower bound assumes), instead of one Python process serving ~250
 * requests a second. A request it has not seen is a 502 and is counted as a miss.
 */
import { createHash } from 'node:crypto';
import { Agent, createServer, request, type IncomingMessage, type OutgoingHttpHeaders } from 'node:http';

interface Kept {
  status: number;
  headers: OutgoingHttpHeaders;
  body: Buffer;
}

const HOP_HEADERS = new Set(['date', 'connection', 'keep-alive', 'transfer-encoding', 'content-length']);

/** Same request, same key: method, path and query, body, JSON target, and the signing region and service. */
function keyOf(req: IncomingMessage, body: Buffer): string {
  const scope = /Credential=[^/]+\/\d+\/([^/]+)\/([^/]+)\//.exec(String(req.headers.authorization ?? ''));
  return createHash('sha256')
    .update(`${req.method} ${req.url}\n${String(req.headers['x-amz-target'] ?? '')}\n${scope?.[1] ?? ''}/${scope?.[2] ?? ''}\n`)
    .update(body)
    .digest('hex');
}

export async function startLatencyProxy(upstream: string, delayMs: number) {
  const target = new URL(upstream);
  const agent = new Agent({ keepAlive: true, maxSockets: 64 });
  const kept = new Map<string, Kept>();
  let mode: 'record' | 'replay' = 'record';
  let misses = 0;
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = Buffer.concat(chunks);
      const key = keyOf(req, body);
      setTimeout(() => {
        if (mode === 'replay') {
          const k = kept.get(key);
          if (!k) {
            misses++;
            res.writeHead(502, { 'content-type': 'text/plain' }).end('not recorded');
            return;
          }
          res.writeHead(k.status, { ...k.headers, 'content-length': k.body.length }).end(k.body);
          return;
        }
        const up = request({ host: target.hostname, port: target.port, method: req.method, path: req.url, headers: req.headers, agent }, (r) => {
          const parts: Buffer[] = [];
          r.on('data', (c: Buffer) => parts.push(c));
          r.on('end', () => {
            const headers = Object.fromEntries(Object.entries(r.headers).filter(([h]) => !HOP_HEADERS.has(h)));
            const answer = { status: r.statusCode ?? 502, headers, body: Buffer.concat(parts) };
            kept.set(key, answer);
            res.writeHead(answer.status, { ...headers, 'content-length': answer.body.length }).end(answer.body);
          });
        });
        up.on('error', () => res.destroy());
        up.end(body);
      }, delayMs);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const addr = server.address();
  return {
    endpoint: `http://127.0.0.1:${typeof addr === 'object' && addr ? addr.port : 0}`,
    replay() {
      mode = 'replay';
    },
    misses: () => misses,
    stop: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
