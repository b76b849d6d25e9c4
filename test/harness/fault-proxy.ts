import { Agent, createServer, request, type IncomingMessage, type Server, type ServerResponse } from 'node:http';

/** What the proxy does with one request. */
export type Fault = 'forward' | 'hang' | 'throttle' | 'server-error' | 'reset' | 'slow';
export type FaultRule = (req: { method: string; url: string; body: string; target: string }) => Fault;

type Protocol = 'json' | 'ec2' | 'query' | 'rest-xml';

/** The request's AWS protocol: JSON (X-Amz-Target), EC2 or other query protocols (Action=), or REST XML (S3). */
function protocolOf(body: string, target: string): Protocol {
  if (target) return 'json';
  if (/(^|&)Action=/.test(body)) return /(^|&)Version=2016-11-15/.test(body) ? 'ec2' : 'query';
  return 'rest-xml';
}

/** Throttling and server errors in each protocol's own form, as AWS sends them. */
function sendFault(res: ServerResponse, protocol: Protocol, fault: 'throttle' | 'server-error'): void {
  const throttle = fault === 'throttle';
  switch (protocol) {
    case 'json':
      res.writeHead(throttle ? 400 : 500, { 'content-type': 'application/x-amz-json-1.1', 'x-amzn-requestid': 'fault' });
      res.end(JSON.stringify({ __type: throttle ? 'ThrottlingException' : 'InternalFailure', message: throttle ? 'Rate exceeded' : 'internal failure' }));
      return;
    case 'ec2':
      res.writeHead(throttle ? 503 : 500, { 'content-type': 'text/xml' });
      res.end(`<?xml version="1.0" encoding="UTF-8"?><Response><Errors><Error><Code>${throttle ? 'RequestLimitExceeded' : 'InternalError'}</Code><Message>${throttle ? 'Request limit exceeded.' : 'An internal error has occurred'}</Message></Error></Errors><RequestID>fault</RequestID></Response>`);
      return;
    case 'query':
      res.writeHead(throttle ? 400 : 500, { 'content-type': 'text/xml' });
      res.end(`<ErrorResponse><Error><Type>${throttle ? 'Sender' : 'Receiver'}</Type><Code>${throttle ? 'Throttling' : 'ServiceFailure'}</Code><Message>${throttle ? 'Rate exceeded' : 'failure'}</Message></Error><RequestId>fault</RequestId></ErrorResponse>`);
      return;
    case 'rest-xml':
      res.writeHead(throttle ? 503 : 500, { 'content-type': 'application/xml' });
      res.end(`<?xml version="1.0" encoding="UTF-8"?><Error><Code>${throttle ? 'SlowDown' : 'InternalError'}</Code><Message>${throttle ? 'Please reduce your request rate.' : 'We encountered an internal error. Please try again.'}</Message><RequestId>fault</RequestId></Error>`);
      return;
  }
}

/** A seeded random number generator (mulberry32): fault runs are repeatable. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A rule that injects faults at `rate`, cycling through the kinds given, with a fixed seed. */
export function randomFaults(rate: number, kinds: readonly Exclude<Fault, 'forward' | 'hang'>[], seed = 42): FaultRule {
  const rnd = seededRandom(seed);
  let i = 0;
  return () => (rnd() < rate ? kinds[i++ % kinds.length]! : 'forward');
}

/**
 * An HTTP proxy on loopback between the scanner and moto that injects faults: throttling and
 * server errors in each protocol's form, connection resets, slow answers, or no answer at all.
 * It only ever talks to the upstream emulator on this machine.
 */
export async function startFaultProxy(upstream: string, rule: FaultRule, opts: { delayMs?: number } = {}): Promise<{ endpoint: string; hung: () => number; faults: () => Record<string, number>; stop: () => Promise<void> }> {
  const target = new URL(upstream);
  const held: IncomingMessage[] = [];
  const counts: Record<string, number> = {};
  const agent = new Agent({ keepAlive: true, maxSockets: 64 });
  const forward = (req: IncomingMessage, res: ServerResponse, body: Buffer) => {
    const up = request({ host: target.hostname, port: target.port, method: req.method, path: req.url, headers: req.headers, agent }, (r) => {
      res.writeHead(r.statusCode ?? 502, r.headers);
      r.pipe(res);
    });
    up.on('error', () => res.destroy());
    up.end(body);
  };
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = Buffer.concat(chunks);
      const amzTarget = String(req.headers['x-amz-target'] ?? '');
      const text = body.toString('utf8');
      const fault = rule({ method: req.method ?? 'GET', url: req.url ?? '/', body: text, target: amzTarget });
      counts[fault] = (counts[fault] ?? 0) + 1;
      switch (fault) {
        case 'forward':
          return forward(req, res, body);
        case 'hang':
          held.push(req);
          return;
        case 'reset':
          req.socket.destroy();
          return;
        case 'slow':
          setTimeout(() => forward(req, res, body), opts.delayMs ?? 300);
          return;
        default:
          sendFault(res, protocolOf(text, amzTarget), fault);
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const addr = server.address();
  const port = typeof addr === 'object' && addr ? addr.port : 0;
  return {
    endpoint: `http://127.0.0.1:${port}`,
    hung: () => held.length,
    faults: () => ({ ...counts }),
    stop: () =>
      new Promise<void>((resolve) => {
        for (const r of held) r.socket.destroy();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
