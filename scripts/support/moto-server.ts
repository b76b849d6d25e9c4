import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';

/** A moto_server on a free loopback port, owned by the caller. */
export interface MotoServer {
  endpoint: string;
  stop(): Promise<void>;
}

export function motoAvailable(): boolean {
  return spawnSync('sh', ['-c', 'command -v moto_server'], { stdio: 'ignore' }).status === 0;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const addr = srv.address();
      srv.close(() => (addr && typeof addr === 'object' ? resolve(addr.port) : reject(new Error('no port'))));
    });
  });
}

/**
 * Starts moto_server. A missing moto is an error, never a skip: the integration suite is what
 * proves the scanner against a real API. Moto's default AMIs are disabled (they would add
 * hundreds of public snapshots and images that no real account owns).
 */
export async function startMoto(env: Record<string, string> = {}): Promise<MotoServer> {
  if (!motoAvailable()) {
    throw new Error('moto_server is not installed: install moto with its server extras (pip install "moto[server]==5.2.*")');
  }
  for (let attempt = 0; attempt < 3; attempt++) {
    const port = await freePort();
    const proc: ChildProcess = spawn('moto_server', ['-H', '127.0.0.1', '-p', String(port)], {
      env: { ...process.env, MOTO_EC2_LOAD_DEFAULT_AMIS: 'false', ...env },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    proc.stderr?.on('data', (d: Buffer) => (stderr = (stderr + d.toString()).slice(-4000)));
    const endpoint = `http://127.0.0.1:${port}`;
    const deadline = Date.now() + 30_000;
    while (Date.now() < deadline && proc.exitCode === null) {
      try {
        const res = await fetch(`${endpoint}/moto-api/`, { signal: AbortSignal.timeout(1000) });
        if (res.status < 500) {
          return {
            endpoint,
            stop: () =>
              new Promise<void>((resolve) => {
                if (proc.exitCode !== null) return resolve();
                proc.once('exit', () => resolve());
                proc.kill('SIGTERM');
              }),
          };
        }
      } catch {
        /* not up yet */
      }
      await new Promise((r) => setTimeout(r, 150));
    }
    proc.kill('SIGKILL');
    if (attempt === 2) throw new Error(`moto_server did not start on ${endpoint}: ${stderr}`);
  }
  throw new Error('unreachable');
}

/** POST /moto-api/reset: forget every resource of every account. */
export async function resetMoto(endpoint: string): Promise<void> {
  await fetch(`${endpoint}/moto-api/reset`, { method: 'POST' });
}

/** Env for SDK clients and the CLI talking to this server. */
export function motoEnv(endpoint: string): Record<string, string> {
  return {
    AWS_ENDPOINT_URL: endpoint,
    AWS_ACCESS_KEY_ID: 'testing',
    AWS_SECRET_ACCESS_KEY: 'testing',
    AWS_REGION: 'us-east-1',
    AWS_DEFAULT_REGION: 'us-east-1',
  };
}
