import { createServer, request, type IncomingMessage, type Server } from 'node:http';

/** What the proxy does with one request: forward it, or hang (never answer). */
export type FaultRule = (req: { method: string; url: string; body: string; target: string }) => 'forward' | 'hang';

/**
 * An HTTP proxy on loopback between the scanner and moto that can hold chosen requests forever,
 * as a hung AWS endpoint would. The request's operation is in the body (query/JSON protocols),
 * the X-Amz-Target header (JSON protocol) or the path (REST protocols).
 */
export async function startFaultProxy(upstream: string, rule: FaultRule): Promise<{ endpoint: string; hung: () => number; stop: () => Promise<void> }> {
  const target = new URL(upstream);
  const held: IncomingMessage[] = [];
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = Buffer.concat(chunks);
      const amzTarget = String(req.headers['x-amz-target'] ?? '');
      if (rule({ method: req.method ?? 'GET', url: req.url ?? '/', body: body.toString('utf8'), target: amzTarget }) === 'hang') {
        held.push(req);
        return;
      }
      const up = request({ host: target.hostname, port: target.port, method: req.method, path: req.url, headers: req.headers }, (r) => {
        res.writeHead(r.statusCode ?? 502, r.headers);
        r.pipe(res);
      });
      up.on('error', () => res.destroy());
      up.end(body);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const addr = server.address();
  const port = typeof addr === 'object' && addr ? addr.port : 0;
  return {
    endpoint: `http://127.0.0.1:${port}`,
    hung: () => held.length,
    stop: () =>
      new Promise<void>((resolve) => {
        for (const r of held) r.socket.destroy();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
