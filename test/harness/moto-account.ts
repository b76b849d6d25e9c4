import { inject } from 'vitest';
import { Aws, CallStats, ScanLimiter } from '../../src/aws/call.js';
import { ClientFactory, DEFAULT_CLIENT_OPTIONS, LiveTransport, type SdkClient } from '../../src/aws/clients.js';
import type { InventoryError } from '../../src/aws/errors.js';
import { createInventory } from '../../src/inventory/index.js';

/** The shared moto_server of the integration project (see moto-global-setup.ts). */
export function motoEndpoint(): string {
  return inject('motoEndpoint');
}

/** Adds moto's `x-moto-account-id` header so each test file works in an account of its own. */
export function useMotoAccount(client: Pick<SdkClient, 'middlewareStack'>, account: string): void {
  client.middlewareStack.add(
    (next: (args: { request: { headers: Record<string, string> } }) => Promise<unknown>) => (args: { request: { headers: Record<string, string> } }) => {
      args.request.headers['x-moto-account-id'] = account;
      return next(args);
    },
    { step: 'build', name: 'motoAccountId' },
  );
}

const credentials = { accessKeyId: 'testing', secretAccessKey: 'testing' };

/** An SDK client for seeding the emulator account from test code (the only place writes happen). */
export function seedClient<T extends Pick<SdkClient, 'middlewareStack'>>(
  Ctor: new (config: Record<string, unknown>) => T,
  account: string,
  region = 'us-east-1',
  extra: Record<string, unknown> = {},
): T {
  return seedClientAt(motoEndpoint(), Ctor, account, region, extra);
}

/** seedClient against a moto server of the test's own (not the shared one). */
export function seedClientAt<T extends Pick<SdkClient, 'middlewareStack'>>(
  endpoint: string,
  Ctor: new (config: Record<string, unknown>) => T,
  account: string,
  region = 'us-east-1',
  extra: Record<string, unknown> = {},
): T {
  const client = new Ctor({ endpoint, region, credentials, forcePathStyle: true, ...extra });
  useMotoAccount(client, account);
  return client;
}

/** The real inventory of an emulator account, through the real client factory and request path. */
export function motoInventory(account: string, endpoint = motoEndpoint()) {
  const stats = new CallStats();
  const errors: InventoryError[] = [];
  const clients = new ClientFactory(
    { ...DEFAULT_CLIENT_OPTIONS, maxAttempts: 2, env: { AWS_ENDPOINT_URL: endpoint }, onClient: (c) => useMotoAccount(c, account) },
    async () => credentials,
  );
  const aws = new Aws(account, 'aws', { transport: new LiveTransport(clients), stats, limiter: new ScanLimiter(), onError: (e) => errors.push(e) });
  return { inventory: createInventory(aws, { iam: { pollDelayMs: 50 } }), stats, errors, aws, clients };
}
