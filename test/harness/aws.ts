import { Aws, CallStats, ScanLimiter, type Transport } from '../../src/aws/call.js';
import { ClientFactory, DEFAULT_CLIENT_OPTIONS, LiveTransport } from '../../src/aws/clients.js';
import type { InventoryError } from '../../src/aws/errors.js';
import { createInventory, type Inventory } from '../../src/inventory/index.js';

export const TEST_ACCOUNT = '111122223333';

/** An account's request path over the real client factory; aws-sdk-client-mock stubs the clients' send. */
export function createTestAws(opts: { account?: string; transport?: Transport } = {}) {
  const stats = new CallStats();
  const errors: InventoryError[] = [];
  const clients = new ClientFactory({ ...DEFAULT_CLIENT_OPTIONS, maxAttempts: 1 }, async () => ({ accessKeyId: 'AKIDTEST', secretAccessKey: 'test' }));
  const aws = new Aws(opts.account ?? TEST_ACCOUNT, 'aws', {
    transport: opts.transport ?? new LiveTransport(clients),
    stats,
    limiter: new ScanLimiter(),
    onError: (e) => errors.push(e),
  });
  return { aws, stats, errors, clients };
}

export function createTestInventory(opts: { account?: string; transport?: Transport } = {}): { inventory: Inventory; stats: CallStats; errors: InventoryError[] } {
  const { aws, stats, errors } = createTestAws(opts);
  return { inventory: createInventory(aws, { iam: { pollDelayMs: 0 } }), stats, errors };
}

/**
 * An SDK-shaped service exception, as the SDK throws it: `name` is the AWS error code, `$fault`
 * and `$metadata` are set.
 */
export function awsError(name: string, opts: { status?: number; message?: string } = {}): Error {
  const status = opts.status ?? (/Throttl|SlowDown|RequestLimit/.test(name) ? 400 : /Denied|Unauthorized/.test(name) ? 403 : /NoSuch|NotFound/.test(name) ? 404 : 400);
  return Object.assign(new Error(opts.message ?? `${name}: simulated`), {
    name,
    $fault: status >= 500 ? 'server' : 'client',
    $metadata: { httpStatusCode: status, attempts: 1, totalRetryDelay: 0 },
  });
}
